// ParamValueInput: one parameter value edited by its type — amounts in yuan (stored in fen), ratios, whole numbers, yes/no, dates.
import { MenuItem, TextField } from '@mui/material';

interface Props { type?: string; unit?: string; value: unknown; onChange: (value: unknown) => void; label?: string }

export const ParamValueInput = ({ type, unit, value, onChange, label = '取值' }: Props) => {
  if (type === 'boolean') {
    return (
      <TextField select size="small" label={label} value={value === true ? 'true' : value === false ? 'false' : ''} onChange={(e) => onChange(e.target.value === 'true')} sx={{ minWidth: 120 }}>
        <MenuItem value="true">是</MenuItem><MenuItem value="false">否</MenuItem>
      </TextField>
    );
  }
  if (type === 'date') return <TextField size="small" type="date" label={label} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />;
  const shown = type === 'fen' && typeof value === 'number' ? (value / 100).toFixed(2) : value === undefined || value === null ? '' : String(value);
  const suffix = type === 'fen' ? '元' : type === 'ratio' ? '（0～1，如 0.8 即 80%）' : unit ?? '';
  return (
    <TextField size="small" type="number" label={`${label}${suffix ? `（${suffix}）` : ''}`} value={shown}
      slotProps={{ htmlInput: { step: type === 'fen' ? '0.01' : type === 'integer' ? '1' : 'any', 'aria-label': label } }}
      onChange={(e) => {
        const raw = e.target.value;
        if (raw === '') return onChange(undefined);
        const n = Number(raw);
        onChange(type === 'fen' ? Math.round(n * 100) : n);
      }} />
  );
};
