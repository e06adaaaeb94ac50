// SpendCard: budget, reserved, spent and what is left per fund source, for a year or all years.
import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatFen } from '../common/money';
import { ExportButtons } from './ExportButtons';
import { FigureTable, type Column } from './FigureTable';
import { ReportCard } from './ReportCard';
import { percent, type Period, type Spend, type SpendRow } from './types';
import { useReport } from './useReport';

const MONEY = ['budget_fen', 'reserved_fen', 'spent_fen', 'remaining_fen'] as const;

export const SpendCard = ({ period }: { period: Period }) => {
  const translate = useTranslate();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState('');
  // Budgets are per year, not per period: only the region applies.
  const params = { region_code: period.region_code, year };
  const { data, error, loading } = useReport<Spend>('/reports/spend', params);
  const rows = data?.rows ?? [];
  const sum = (f: (typeof MONEY)[number]) => rows.reduce((a, r) => a + r[f], 0);
  const columns: Column<SpendRow>[] = [
    { id: 'name', label: 'steppe.reports.spend.columns.name', render: (r) => r.name },
    ...MONEY.map((f): Column<SpendRow> => ({ id: f, label: `steppe.reports.spend.columns.${f}`, numeric: true, render: (r) => formatFen(r[f]), total: formatFen(sum(f)) })),
    { id: 'rate', label: 'steppe.reports.spend.columns.rate', numeric: true, render: (r) => (r.budget_fen ? percent(r.spent_fen / r.budget_fen) : '—'),
      total: sum('budget_fen') ? percent(sum('spent_fen') / sum('budget_fen')) : '—' },
  ];
  const select = (
    <TextField select size="small" fullWidth={false} label={translate('steppe.reports.spend.year')} value={year} onChange={(e) => setYear(e.target.value)} sx={{ width: 160 }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
      <MenuItem value="">{translate('steppe.reports.spend.all_years')}</MenuItem>
      {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => <MenuItem key={y} value={String(y)}>{`${y}年`}</MenuItem>)}
    </TextField>
  );
  return (
    <ReportCard id="spend" title="steppe.reports.spend.title" help="steppe.reports.spend.help" controls={select}
      actions={<ExportButtons name="spend" params={params} disabled={rows.length === 0} />}
      loading={loading} error={error} empty="steppe.reports.spend.empty" isEmpty={rows.length === 0}>
      <FigureTable rows={rows} columns={columns} rowKey={(r) => String(r.fund_source_id)} />
    </ReportCard>
  );
};
