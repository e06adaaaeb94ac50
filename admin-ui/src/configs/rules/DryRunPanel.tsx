// DryRunPanel: re-decides the claims of a date range under this draft (nothing is stored) and shows what would change.
import { useState } from 'react';
import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import ScienceIcon from '@mui/icons-material/Science';
import { Link, useTranslate, type TranslateFunction } from 'react-admin';
import { Button } from '../../common/Button';
import { formatFen } from '../../common/money';
import { apiPost } from '../../providers/api';

interface DryRun {
  evaluated: number;
  changed: number;
  amount_delta_fen: number;
  /** `before` / `after`: `{ outcome, amount_fen }` (core/rules/dry-run.ts); anything else is shown as it came. */
  sample: Array<{ claim_id: number; before: unknown; after: unknown; changed_rules?: Array<{ id: string } | string> }>;
}

const side = (v: unknown, translate: TranslateFunction) => {
  if (!v || typeof v !== 'object') return String(v ?? '—');
  const { outcome, amount_fen } = v as { outcome?: unknown; amount_fen?: unknown };
  return `${translate(`steppe.enums.claim_outcome.${String(outcome)}`, { _: outcome ?? '' })} ${typeof amount_fen === 'number' ? formatFen(amount_fen) : ''}`;
};

export const DryRunPanel = ({ id, disabled }: { id: number | string; disabled: boolean }) => {
  const translate = useTranslate();
  const [range, setRange] = useState({ from: `${new Date().getFullYear()}-01-01`, to: new Date().toISOString().slice(0, 10) });
  const [result, setResult] = useState<DryRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true); setError(null);
    apiPost<DryRun>(`/configs/${id}/dry-run`, range).then(setResult).catch((e: Error) => setError(e.message)).finally(() => setBusy(false));
  };
  return (
    <>
      <Stack direction="row" gap={2} alignItems="center" sx={{ my: 1 }}>
        {(['from', 'to'] as const).map((k) => (
          <TextField key={k} size="small" type="date" label={translate(`steppe.rules.dry_run_${k}`)} value={range[k]}
            slotProps={{ inputLabel: { shrink: true } }} onChange={(e) => setRange({ ...range, [k]: e.target.value })} />
        ))}
        <Button label="steppe.rules.dry_run" onClick={run} disabled={disabled || busy}><ScienceIcon /></Button>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {result && (
        <>
          <Alert severity={result.changed ? 'warning' : 'success'}>
            {translate('steppe.rules.dry_run_summary', { evaluated: result.evaluated, changed: result.changed, delta: formatFen(result.amount_delta_fen) })}
          </Alert>
          {result.sample.length > 0 && (
            <Table size="small">
              <TableHead><TableRow>{['claim', 'before', 'after', 'rules'].map((c) => <TableCell key={c}>{translate(`steppe.rules.dry_run_columns.${c}`)}</TableCell>)}</TableRow></TableHead>
              <TableBody>
                {result.sample.map((s) => (
                  <TableRow key={s.claim_id}>
                    <TableCell><Link to={`/claims/${s.claim_id}/show`}>#{s.claim_id}</Link></TableCell>
                    <TableCell>{side(s.before, translate)}</TableCell>
                    <TableCell>{side(s.after, translate)}</TableCell>
                    <TableCell>{(s.changed_rules ?? []).map((r) => (typeof r === 'string' ? r : r.id)).join('、')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </>
  );
};
