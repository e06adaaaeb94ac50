// AmountEditor: a rule set's 补贴金额 as fields — base and scale picked like condition fields, cap in yuan, rounding, explanation; inherited shown read-only with 覆盖.
import { useState } from 'react';
import { Alert, Button as MuiButton, Chip, FormControlLabel, MenuItem, Paper, Stack, Switch, TextField, Typography } from '@mui/material';
import { amountWords, capFenOf, capYuanOf, idOf, patchAmount, refOf, type Amount, type FactRef } from './amountModel';

interface FieldChoice { name: string; label: string; family: string; valueType: string }

interface Props {
  /** The body's own amount: undefined when an extension keeps the parent's, null when no amount is computed. */
  amount: Amount | null | undefined;
  /** What the parents give (shown while the draft keeps it). */
  inherited?: Amount | null;
  inheritedFrom?: string;
  /** A base rule set must say how the amount is computed; an extension may keep the parent's. */
  mode: 'base' | 'extend';
  fields: FieldChoice[];
  /** undefined: keep the parent's (extensions only). */
  onChange: (amount: Amount | null | undefined) => void;
}

const ROUNDING = [{ id: 'yuan', name: '按元取整（不足 1 元的部分舍去）' }, { id: 'fen', name: '精确到分' }];
const fresh = (fields: FieldChoice[]): Amount => {
  const base = fields.find((f) => f.valueType === 'fen') ?? fields.find((f) => f.family === 'number');
  return { base: refOf(base?.name ?? 'claim|$.requestedFen'), rounding: 'yuan', explanation: '（请填写金额计算说明）' };
};

export const AmountEditor = ({ amount, inherited, inheritedFrom, mode, fields, onChange }: Props) => {
  const numeric = fields.filter((f) => f.family === 'number');
  const label = (ref: FactRef) => numeric.find((f) => f.name === idOf(ref))?.label ?? `${ref.fact} · ${ref.path}`;
  // In the sentence the base is an amount whatever its unit in the data (the publish diff says it the same way).
  const words = (ref: FactRef) => label(ref).replace(/（分）$/, '');
  const [capText, setCapText] = useState<{ fen: number | undefined; text: string }>({ fen: amount?.cap_fen, text: capYuanOf(amount?.cap_fen ?? undefined) });
  // The cap box shows what the clerk typed while it says the stored amount; a change elsewhere (the JSON tab, 覆盖) resets it.
  const cap = capText.fen === amount?.cap_fen ? capText.text : capYuanOf(amount?.cap_fen ?? undefined);
  const capBad = capFenOf(cap) === null;

  if (amount === undefined) {
    return (
      <Paper variant="outlined" sx={{ p: 2, bgcolor: 'action.hover' }} data-testid="amount-editor">
        <Stack direction="row" gap={1} alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>补贴金额</Typography>
          <Chip size="small" variant="outlined" label={`来自${inheritedFrom ?? '上级'}（只读）`} />
          <MuiButton size="small" variant="outlined" onClick={() => onChange(inherited ? structuredClone(inherited) : fresh(fields))}>覆盖</MuiButton>
        </Stack>
        {inherited ? (
          <>
            <Typography variant="body2">{amountWords(inherited, words)}</Typography>
            <Typography variant="caption" color="text.secondary">{inherited.explanation}</Typography>
          </>
        ) : <Typography variant="body2" color="text.secondary">{inherited === null ? '不计算补贴金额' : '上级未规定补贴金额'}</Typography>}
      </Paper>
    );
  }

  const set = (patch: Partial<Record<keyof Amount, unknown>>) => amount && onChange(patchAmount(amount, patch));
  const picker = (title: string, value: FactRef | undefined, onPick: (id: string) => void, none?: string) => (
    <TextField select size="small" label={title} value={idOf(value)} onChange={(e) => onPick(e.target.value)} sx={{ flex: 1, minWidth: 240 }}
      slotProps={{ select: { renderValue: (v) => (v ? label(refOf(String(v))) : none ?? '') , displayEmpty: !!none }, inputLabel: { shrink: true } }}>
      {none && <MenuItem value="">{none}</MenuItem>}
      {value && !numeric.some((f) => f.name === idOf(value)) && <MenuItem value={idOf(value)}>{label(value)}</MenuItem>}
      {numeric.map((f) => <MenuItem key={f.name} value={f.name}>{f.label}</MenuItem>)}
    </TextField>
  );
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="amount-editor">
      <Stack direction="row" gap={1} alignItems="center" sx={{ mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>补贴金额</Typography>
        {mode === 'extend' && <Chip size="small" variant="outlined" label={`本级覆盖${inheritedFrom ?? '上级'}的计算方式`} />}
        {mode === 'extend' && <MuiButton size="small" onClick={() => onChange(undefined)}>恢复沿用上级</MuiButton>}
        <FormControlLabel label="计算补贴金额" control={<Switch checked={amount !== null} onChange={(e) => onChange(e.target.checked ? (inherited ? structuredClone(inherited) : fresh(fields)) : null)} />} />
      </Stack>
      {amount === null ? <Typography variant="body2" color="text.secondary">不计算补贴金额（只判断是否符合条件）</Typography> : (
        <Stack gap={1.5}>
          <Stack direction={{ xs: 'column', md: 'row' }} gap={1} alignItems="center">
            {picker('补贴基数', amount.base, (id) => set({ base: refOf(id) }))}
            <Typography>×</Typography>
            {picker('乘以系数（可不选）', amount.scale_by, (id) => set({ scale_by: id ? refOf(id) : undefined }), '（不乘系数）')}
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} gap={1}>
            <TextField size="small" label="封顶金额（元，不填为不封顶）" value={cap} error={capBad}
              helperText={capBad ? '请填写不小于 0 的金额，最多两位小数' : ' '}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              onChange={(e) => {
                const fen = capFenOf(e.target.value);
                setCapText({ fen: fen === null ? amount.cap_fen : fen, text: e.target.value });
                if (fen !== null) set({ cap_fen: fen });
              }} sx={{ width: 260 }} />
            <TextField select size="small" label="取整方式" value={amount.rounding} onChange={(e) => set({ rounding: e.target.value })} sx={{ width: 340 }}>
              {ROUNDING.map((r) => <MenuItem key={r.id} value={r.id}>{r.name}</MenuItem>)}
            </TextField>
          </Stack>
          <TextField size="small" label="计算说明（申请人和审核人员看到的文字）" value={amount.explanation} multiline onChange={(e) => set({ explanation: e.target.value })} />
          <Alert severity="info" sx={{ py: 0 }}>补贴金额 = {amountWords(amount, words)}</Alert>
        </Stack>
      )}
    </Paper>
  );
};
