// PlacementCard: 愿培尽培, the headline figure of R3: willing workers per 盟市 and the share placed in a class (people),
// beside the wishes (人次) they stated.
import { Box, LinearProgress, Stack } from '@mui/material';
import { ExportButtons } from './ExportButtons';
import { FigureTable, type Column } from './FigureTable';
import { ReportCard } from './ReportCard';
import { percent, type Period, type Placement, type PlacementRow } from './types';
import { useReport } from './useReport';

const Rate = ({ rate }: { rate: number }) => (
  <Stack direction="row" gap={1} alignItems="center" justifyContent="flex-end">
    <Box sx={{ width: 96 }}><LinearProgress variant="determinate" value={Math.min(100, rate * 100)} color={rate >= 0.9 ? 'success' : rate >= 0.6 ? 'primary' : 'warning'} /></Box>
    <Box component="span" sx={{ minWidth: 48 }}>{percent(rate)}</Box>
  </Stack>
);

export const PlacementCard = ({ period }: { period: Period }) => {
  const { data, error, loading } = useReport<Placement>('/reports/placement', { ...period });
  const rows = data?.by_league ?? [];
  const total = data?.total ?? { wishes: 0, placed_wishes: 0, workers: 0, placed_workers: 0, rate: 0, wish_rate: 0 };
  const columns: Column<PlacementRow>[] = [
    { id: 'name', label: 'steppe.reports.placement.columns.name', render: (r) => r.name },
    { id: 'workers', label: 'steppe.reports.placement.columns.workers', numeric: true, render: (r) => r.workers, total: total.workers },
    { id: 'placed_workers', label: 'steppe.reports.placement.columns.placed_workers', numeric: true, render: (r) => r.placed_workers, total: total.placed_workers },
    { id: 'open_workers', label: 'steppe.reports.placement.columns.open_workers', numeric: true, render: (r) => r.workers - r.placed_workers, total: total.workers - total.placed_workers },
    { id: 'rate', label: 'steppe.reports.placement.columns.rate', numeric: true, render: (r) => <Rate rate={r.rate} />, total: <Rate rate={total.rate} /> },
    { id: 'wishes', label: 'steppe.reports.placement.columns.wishes', numeric: true, render: (r) => r.wishes, total: total.wishes },
    { id: 'placed_wishes', label: 'steppe.reports.placement.columns.placed_wishes', numeric: true, render: (r) => r.placed_wishes, total: total.placed_wishes },
  ];
  return (
    <ReportCard id="placement" title="steppe.reports.placement.title" help="steppe.reports.placement.help"
      actions={<ExportButtons name="placement" params={{ ...period }} disabled={rows.length === 0} />}
      loading={loading} error={error} empty="steppe.reports.placement.empty" isEmpty={rows.length === 0}>
      <FigureTable rows={rows} columns={columns} rowKey={(r) => r.region_code} />
    </ReportCard>
  );
};
