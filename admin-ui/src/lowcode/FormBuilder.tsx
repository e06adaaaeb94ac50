// FormBuilder: a form's own fields as a list (label, type, required, choices, help, roles, order), the merged form the region gets previewed live.
import { lazy, Suspense, useMemo } from 'react';
import { Alert, Box, Button as MuiButton, Checkbox, CircularProgress, FormControlLabel, Grid, IconButton, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslate } from 'react-admin';
import { isRecord, recordOf, textOf } from '../common/json';
import { formOf } from './bodyViews';
import { useMerged, type DraftRecord } from './draftTools';
import { blankRow, bodyOf, FIELD_KINDS, rowsOf, type FieldKind, type FieldRow } from './formModel';

const RjsfForm = lazy(() => import('../forms/RjsfForm'));
const ROLES = ['platform_admin', 'region_admin', 'reviewer', 'institution_staff', 'auditor'];

interface Props { record: DraftRecord; body: unknown; onChange: (body: Record<string, unknown>) => void }

export const FormBuilder = ({ record, body, onChange }: Props) => {
  const translate = useTranslate();
  const rows = useMemo(() => rowsOf(body), [JSON.stringify(body)]); // eslint-disable-line react-hooks/exhaustive-deps
  const { merged, problems } = useMerged(record, body);
  const write = (next: FieldRow[]) => onChange(bodyOf(record.key, next, body, record.mode === 'base'));
  const set = (i: number, patch: Partial<FieldRow>) => write(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, d: -1 | 1) => { const next = [...rows]; [next[i], next[i + d]] = [next[i + d], next[i]]; write(next); };
  const whole = formOf(merged?.body);
  const inherited = Object.entries(whole.properties).filter(([n]) => merged?.sources[n]?.node !== record.node_code);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 7 }}>
        <Typography variant="h6">本级字段</Typography>
        {rows.map((r, i) => (
          <Paper key={i} variant="outlined" sx={{ p: 1.5, mb: 1 }} data-field={r.name}>
            <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
              <TextField size="small" label="字段标题" value={r.title} onChange={(e) => set(i, { title: e.target.value })} />
              <TextField size="small" label="字段名（英文）" value={r.name} onChange={(e) => set(i, { name: e.target.value })} sx={{ width: 160 }} />
              <TextField select size="small" label="类型" value={r.kind} onChange={(e) => set(i, { kind: e.target.value as FieldKind })} sx={{ width: 120 }}>
                {Object.entries(FIELD_KINDS).map(([k, v]) => <MenuItem key={k} value={k}>{v}</MenuItem>)}
              </TextField>
              <FormControlLabel control={<Checkbox checked={r.required} onChange={(e) => set(i, { required: e.target.checked })} />} label="必填" />
              <IconButton aria-label="上移" disabled={i === 0} onClick={() => move(i, -1)}><ArrowUpwardIcon /></IconButton>
              <IconButton aria-label="下移" disabled={i === rows.length - 1} onClick={() => move(i, 1)}><ArrowDownwardIcon /></IconButton>
              <IconButton aria-label="删除字段" onClick={() => write(rows.filter((_, j) => j !== i))}><DeleteIcon /></IconButton>
            </Stack>
            {r.kind === 'choice' && (
              <TextField size="small" fullWidth multiline label="选项（每行一个：代码=名称）" sx={{ mt: 1 }}
                value={r.choices.map((c) => `${c.code}=${c.label}`).join('\n')}
                onChange={(e) => set(i, { choices: e.target.value.split('\n').filter(Boolean).map((l) => { const [code, ...label] = l.split('='); return { code: code.trim(), label: label.join('=').trim() || code.trim() }; }) })} />
            )}
            <Stack direction="row" gap={1} sx={{ mt: 1 }}>
              <TextField size="small" label="填写提示" value={r.help} onChange={(e) => set(i, { help: e.target.value })} sx={{ flex: 1 }} />
              <TextField select size="small" label="可见角色（不选为全部）" value={r.roles} sx={{ minWidth: 220 }}
                slotProps={{ select: { multiple: true, renderValue: (v) => (v as string[]).map((x) => translate(`steppe.enums.role.${x}`, { _: x })).join('、') } }}
                onChange={(e) => set(i, { roles: e.target.value as unknown as string[] })}>
                {ROLES.map((x) => <MenuItem key={x} value={x}>{translate(`steppe.enums.role.${x}`, { _: x })}</MenuItem>)}
              </TextField>
            </Stack>
          </Paper>
        ))}
        <MuiButton variant="outlined" onClick={() => write([...rows, blankRow(rows.map((r) => r.name))])}>新增字段</MuiButton>
        {inherited.length > 0 && (
          <Box sx={{ mt: 2 }}>
            <Typography variant="subtitle2">继承的字段（只读）</Typography>
            {inherited.map(([n, p]) => <Typography key={n} variant="body2" color="text.secondary">{textOf(recordOf(p).title)}（{n}）{whole.required.includes(n) ? ' · 必填' : ''}</Typography>)}
          </Box>
        )}
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="subtitle2" gutterBottom>合并后的表单预览（本地区用户实际看到的表单）</Typography>
          {problems.length > 0 && <Alert severity="error" sx={{ mb: 1 }}>发布时将被拒绝：{problems.slice(0, 4).map((p) => <div key={p.path + p.message}>{p.message}</div>)}</Alert>}
          {merged && isRecord(recordOf(merged.body).schema) && !problems.some((p) => p.path.includes('ui_schema') || p.message.includes('无法显示')) ? (
            <Suspense fallback={<CircularProgress size={20} />}>
              <Box data-testid="merged-preview">
                <RjsfForm key={JSON.stringify(merged.body)} schema={whole.schema} uiSchema={{ ...whole.ui, 'ui:submitButtonOptions': { norender: true } }} value={{}} />
              </Box>
            </Suspense>
          ) : <CircularProgress size={20} />}
        </Paper>
      </Grid>
    </Grid>
  );
};
