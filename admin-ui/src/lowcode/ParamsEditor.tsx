// ParamsEditor: the policy parameters in force for the node, inForce ones marked; change a value from a date on, or add a parameter.
import { useState } from 'react';
import { Alert, Box, Button as MuiButton, Chip, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { recordOf } from '../common/json';
import { paramsOf, type ParamDoc } from './bodyViews';
import { useMerged, type DraftRecord } from './draftTools';
import { ParamValueInput } from './ParamValueInput';
import { PARAM_TYPES, paramValueText } from './paramText';

type Param = ParamDoc;
interface Props { record: DraftRecord; body: unknown; onChange: (body: Record<string, unknown>) => void }

const TYPES = PARAM_TYPES;
const show = (p: Param, v: unknown) => paramValueText(p, v);
const valueOn = (p: Param, date: string) => p.values.filter((v) => v.from <= date).at(-1);

export const ParamsEditor = ({ record, body, onChange }: Props) => {
  const { merged, problems } = useMerged(record, body);
  const own = paramsOf(body);
  /** The merged parameters in force at the node (its own and its parents'). */
  const inForce = paramsOf(merged?.body);
  const [editing, setEditing] = useState<{ name: string; from: string; value: unknown } | null>(null);
  const [adding, setAdding] = useState<Param | null>(null);
  const names = new Map((merged?.chain ?? []).map((c) => [c.node, c.node_name]));
  const date = record.effective_from;
  const setOwn = (params: Param[]) => onChange({ ...recordOf(body), params });

  /** A change of value from a date: in an extension only name and values are written, the rest stays inForce. */
  const applyValue = (name: string, from: string, value: unknown) => {
    const i = own.findIndex((p) => p.name === name);
    const mine = i >= 0 ? own[i] : { name, values: [] };
    const values = [...mine.values.filter((v) => v.from !== from), { from, value }].sort((a, b) => a.from.localeCompare(b.from));
    const next = { ...mine, values };
    setOwn(i >= 0 ? own.map((p, j) => (j === i ? next : p)) : [...own, next]);
  };
  return (
    <Stack gap={1}>
      {problems.length > 0 && <Alert severity="warning">{problems.slice(0, 5).map((p) => <div key={p.path + p.message}>{p.message}</div>)}</Alert>}
      <Typography variant="body2" color="text.secondary">规则通过参数名引用这些取值；修改取值不必改写任何规则。带“本级”标记的是本级设定的取值，其余沿用上级。</Typography>
      <Table size="small">
        <TableHead><TableRow><TableCell>参数</TableCell><TableCell>类型</TableCell><TableCell>{date} 起的取值</TableCell><TableCell>来源</TableCell><TableCell>政策依据</TableCell><TableCell /></TableRow></TableHead>
        <TableBody>
          {inForce.map((p) => {
            const v = valueOn(p, date);
            const origin = v ? merged?.sources[`${p.name}@${v.from}`] : merged?.sources[p.name];
            const mine = origin?.node === record.node_code;
            return (
              <TableRow key={p.name} data-param={p.name}>
                <TableCell>{p.label ?? p.name}<Typography variant="caption" display="block" color="text.secondary">{p.name}</Typography></TableCell>
                <TableCell>{TYPES[p.type ?? ''] ?? p.type}</TableCell>
                <TableCell>{show(p, v?.value)}{v && <Typography variant="caption" display="block" color="text.secondary">自 {v.from} 起</Typography>}</TableCell>
                <TableCell>{mine ? <Chip size="small" color="primary" label="本级" /> : <Chip size="small" variant="outlined" label={`沿用${names.get(origin?.node ?? '') ?? '上级'}`} />}</TableCell>
                <TableCell sx={{ maxWidth: 280 }}><Typography variant="caption">{p.basis}</Typography></TableCell>
                <TableCell>
                  {editing?.name === p.name ? (
                    <Stack direction="row" gap={1} alignItems="center">
                      <ParamValueInput type={p.type} unit={p.unit} value={editing.value} label="新取值" onChange={(value) => setEditing({ ...editing, value })} />
                      <TextField size="small" type="date" label="自" value={editing.from} onChange={(e) => setEditing({ ...editing, from: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
                      <MuiButton variant="contained" size="small" disabled={editing.value === undefined} onClick={() => { applyValue(p.name, editing.from, editing.value); setEditing(null); }}>确定</MuiButton>
                      <MuiButton size="small" onClick={() => setEditing(null)}>取消</MuiButton>
                    </Stack>
                  ) : <MuiButton size="small" variant="outlined" onClick={() => setEditing({ name: p.name, from: date, value: v?.value })}>修改取值</MuiButton>}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {own.some((p) => p.values?.length) && (
        <Paper variant="outlined" sx={{ p: 1 }}>
          <Typography variant="subtitle2">本级设定的取值</Typography>
          {own.map((p, i) => (
            <Stack key={p.name} direction="row" gap={1} alignItems="center">
              <Typography variant="body2">{p.label ?? inForce.find((x) => x.name === p.name)?.label ?? p.name}：{p.values.map((v) => `自 ${v.from} 起 ${show({ ...p, ...(inForce.find((x) => x.name === p.name) ?? {}) }, v.value)}`).join('；')}</Typography>
              <MuiButton size="small" color="error" onClick={() => setOwn(own.filter((_, j) => j !== i))}>撤销</MuiButton>
            </Stack>
          ))}
        </Paper>
      )}
      <Box>
        {!adding && <MuiButton variant="outlined" onClick={() => setAdding({ name: '', label: '', type: 'integer', unit: '', basis: '', values: [{ from: date, value: undefined }] })}>新增参数</MuiButton>}
        {adding && (
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Stack direction={{ xs: 'column', md: 'row' }} gap={1}>
              <TextField size="small" label="参数名（英文，如 age_max）" value={adding.name} onChange={(e) => setAdding({ ...adding, name: e.target.value })} />
              <TextField size="small" label="名称" value={adding.label} onChange={(e) => setAdding({ ...adding, label: e.target.value })} />
              <TextField select size="small" label="类型" value={adding.type} onChange={(e) => setAdding({ ...adding, type: e.target.value })} sx={{ minWidth: 120 }}>
                {Object.entries(TYPES).map(([k, v]) => <MenuItem key={k} value={k}>{v}</MenuItem>)}
              </TextField>
              <TextField size="small" label="单位" value={adding.unit} onChange={(e) => setAdding({ ...adding, unit: e.target.value })} />
              <ParamValueInput type={adding.type} unit={adding.unit} value={adding.values[0].value} onChange={(value) => setAdding({ ...adding, values: [{ ...adding.values[0], value }] })} />
            </Stack>
            <TextField size="small" fullWidth label="政策依据" value={adding.basis} onChange={(e) => setAdding({ ...adding, basis: e.target.value })} sx={{ mt: 1 }} />
            <Stack direction="row" gap={1} sx={{ mt: 1 }}>
              <MuiButton variant="contained" onClick={() => { const { unit, ...rest } = adding; setOwn([...own, unit ? adding : rest]); setAdding(null); }}>加入参数表</MuiButton>
              <MuiButton onClick={() => setAdding(null)}>取消</MuiButton>
            </Stack>
          </Paper>
        )}
      </Box>
    </Stack>
  );
};
