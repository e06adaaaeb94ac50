// ChartCard: a titled card holding one chart at a fixed height, or a note when there is nothing to show yet.
import type { ReactElement } from 'react';
import { Card, CardContent, Typography } from '@mui/material';
import { ResponsiveContainer } from 'recharts';
import { useTranslate } from 'react-admin';

export const ChartCard = ({ title, empty, children, height = 280 }: { title: string; empty: boolean; children: ReactElement; height?: number }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>{translate(title)}</Typography>
        {empty ? (
          <Typography variant="body2" color="text.secondary" sx={{ height, display: 'flex', alignItems: 'center' }}>
            {translate('steppe.dashboard.empty')}
          </Typography>
        ) : (
          <ResponsiveContainer width="100%" height={height}>{children}</ResponsiveContainer>
        )}
      </CardContent>
    </Card>
  );
};
