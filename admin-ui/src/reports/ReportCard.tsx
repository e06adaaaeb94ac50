// ReportCard: a titled card for one report: its own controls and export buttons on the right, a line on what it
// counts, then the figures, an error, or a sentence saying why there is nothing to show.
import type { ReactNode } from 'react';
import { Alert, Box, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Props {
  /** Names the card for tests (`report-<id>`). */
  id: string;
  title: string;
  help: string;
  controls?: ReactNode;
  actions?: ReactNode;
  loading: boolean;
  error: string | null;
  /** The sentence shown when there are no rows (i18n key). */
  empty: string;
  isEmpty: boolean;
  children: ReactNode;
}

export const ReportCard = ({ id, title, help, controls, actions, loading, error, empty, isEmpty, children }: Props) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid={`report-${id}`}>
      <CardContent>
        <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ fontSize: '1.1rem', fontWeight: 600, flexGrow: 1 }}>{translate(title)}</Typography>
          {controls}
          {actions}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>{translate(help)}</Typography>
        <Box sx={{ minHeight: 4 }}>{loading && <LinearProgress aria-label={translate('steppe.reports.loading')} />}</Box>
        {error ? <Alert severity="error">{error}</Alert> : isEmpty && !loading ? <Alert severity="info">{translate(empty)}</Alert> : children}
      </CardContent>
    </Card>
  );
};
