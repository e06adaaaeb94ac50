// ClaimSummaryCard: claims counted and summed by a dimension the clerk picks (盟市, 人员类别, 培训类型, 职业, 月份, 补贴类型).
import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatFen } from '../common/money';
import { ExportButtons } from './ExportButtons';
import { FigureTable, type Column } from './FigureTable';
import { groupLabel } from './groupLabel';
import { ReportCard } from './ReportCard';
import { GROUPS, type GroupBy, type Period, type Summary, type SummaryRow } from './types';
import { useReport } from './useReport';

const MONEY = ['requested_fen', 'approved_fen', 'paid_fen'] as const;

export const ClaimSummaryCard = ({ period }: { period: Period }) => {
  const translate = useTranslate();
  const [groupBy, setGroupBy] = useState<GroupBy>('region');
  const params = { ...period, group_by: groupBy };
  const { data, error, loading } = useReport<Summary>('/reports/summary', params);
  // The rows on screen belong to the grouping they were asked for, not the one just picked.
  const shownGroup = data?.group_by ?? groupBy;
  const rows = data?.rows ?? [];
  const sum = (f: keyof SummaryRow) => rows.reduce((a, r) => a + Number(r[f] ?? 0), 0);
  const columns: Column<SummaryRow>[] = [
    { id: 'key', label: `steppe.reports.group.${shownGroup}`, render: (r) => groupLabel(shownGroup, r, translate) },
    { id: 'claims', label: 'steppe.reports.summary.columns.claims', numeric: true, render: (r) => r.claims, total: sum('claims') },
    // A worker may fall in several groups: the number of people is not summed.
    { id: 'workers', label: 'steppe.reports.summary.columns.workers', numeric: true, render: (r) => r.workers },
    ...MONEY.map((f): Column<SummaryRow> => ({ id: f, label: `steppe.reports.summary.columns.${f}`, numeric: true, render: (r) => formatFen(r[f]), total: formatFen(sum(f)) })),
  ];
  const select = (
    <TextField select size="small" fullWidth={false} label={translate('steppe.reports.summary.group_by')} value={groupBy}
      onChange={(e) => setGroupBy(e.target.value as GroupBy)} sx={{ width: 200 }}>
      {GROUPS.map((g) => <MenuItem key={g} value={g}>{translate(`steppe.reports.group.${g}`)}</MenuItem>)}
    </TextField>
  );
  return (
    <ReportCard id="summary" title="steppe.reports.summary.title" help="steppe.reports.summary.help" controls={select}
      actions={<ExportButtons name="summary" params={params} disabled={rows.length === 0} />}
      loading={loading} error={error} empty="steppe.reports.summary.empty" isEmpty={rows.length === 0}>
      <FigureTable rows={rows} columns={columns} rowKey={(r) => String(r.key)} />
    </ReportCard>
  );
};
