// ChartCard: a titled card holding one chart at a fixed height, or a note when there is nothing to show yet. The chart's
// figures are also its accessible name (a canvas has no text of its own).
import type { ReactElement } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Props { title: string; empty: boolean; summary: string; children: ReactElement; height?: number }

export const ChartCard = ({ title, empty, summary, children, height = 280 }: Props) => {
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
          <Box role="img" aria-label={`${translate(title)}：${summary}`} sx={{ position: 'relative', height, width: '100%' }}>{children}</Box>
        )}
      </CardContent>
    </Card>
  );
};
