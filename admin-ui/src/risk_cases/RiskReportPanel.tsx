// RiskReportPanel: the fund-safety report (GET /api/risk/report) above the risk checklist: the totals of the user's
// node in one line, and per 盟市 when opened, for a period the clerk picks.
import { useState } from 'react';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Alert, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatFen } from '../common/money';
import { FigureTable, type Column } from '../reports/FigureTable';
import { useReport } from '../reports/useReport';

interface Row { region_code: string; name: string; own_only: boolean; found: number; cleared: number; confirmed: number; open: number; held_fen: number; confirmed_fen: number }
interface Report { region_code: string; rows: Row[]; total: Row }

const COUNTS = ['found', 'cleared', 'confirmed', 'open'] as const;
const MONEY = ['held_fen', 'confirmed_fen'] as const;

export const RiskReportPanel = () => {
  const translate = useTranslate();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { data, error } = useReport<Report>('/risk/report', { from, to });
  const total = data?.total;
  const columns: Column<Row>[] = [
    { id: 'name', label: 'steppe.risk_report.columns.name', render: (r) => r.name },
    ...COUNTS.map((f): Column<Row> => ({ id: f, label: `steppe.risk_report.columns.${f}`, numeric: true, render: (r) => r[f], total: total?.[f] })),
    ...MONEY.map((f): Column<Row> => ({ id: f, label: `steppe.risk_report.columns.${f}`, numeric: true, render: (r) => formatFen(r[f]), total: total ? formatFen(total[f]) : '' })),
  ];
  const date = (value: string, onChange: (v: string) => void, label: string) => (
    <TextField type="date" size="small" label={translate(label)} value={value} onChange={(e) => onChange(e.target.value)}
      slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 180 }} />
  );
  return (
    <Accordion disableGutters variant="outlined" sx={{ mt: 2, mb: 1 }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Stack direction={{ xs: 'column', md: 'row' }} gap={{ md: 2 }} alignItems={{ md: 'baseline' }}>
          <Typography sx={{ fontWeight: 600 }}>{translate('steppe.risk_report.title')}</Typography>
          {total && (
            <Typography variant="body2" color="text.secondary">
              {translate('steppe.risk_report.summary', { ...total, held: formatFen(total.held_fen) })}
            </Typography>
          )}
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        <Stack direction="row" gap={2} sx={{ mb: 1 }}>
          {date(from, setFrom, 'steppe.reports.period_from')}
          {date(to, setTo, 'steppe.reports.period_to')}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('steppe.risk_report.help')}</Typography>
        {error ? <Alert severity="error">{error}</Alert> : data && <FigureTable rows={data.rows} columns={columns} rowKey={(r) => `${r.region_code}${r.own_only ? '*' : ''}`} />}
      </AccordionDetails>
    </Accordion>
  );
};
