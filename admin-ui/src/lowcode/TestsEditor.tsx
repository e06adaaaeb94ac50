// TestsEditor: the node's rule-test cases as a table — inputs chosen like rule conditions, expected outcome and amount — saved as a version, run against the draft.
import { useEffect, useState } from 'react';
import { Alert, Box, Button as MuiButton, Chip, IconButton, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslate } from 'react-admin';
import { valueLabeller } from '../configs/rules/valueLabels';
import { apiGet, apiPost, apiSend } from '../providers/api';
import type { DraftRecord } from './draftTools';
import { splitField } from './ruleQuery';
import { inputText, type ValueField } from './factValue';
import { useRuleFields } from './useFieldChoices';
import { RegionPicker } from '../common/RegionPicker';
import type { ConfigTestReport } from '../../../core/rules/service';

/** Facts by id: JSON objects whose paths the chosen fields name. */
type Facts = Record<string, unknown>;
interface Case { name: string; facts: Facts; expect: { outcome: string; amount_fen?: number; rules?: Record<string, boolean> } }
interface Suite { node: string; node_name: string; version: number; body: { ruleset: string; description?: string; cases: Case[] } }
interface View { own: Suite | null; inherited: Suite[]; history: Array<{ version: number; created_at: string }> }
interface Input { field: string; value: unknown }

const OUTCOMES: Record<string, string> = { eligible: '符合条件', needs_review: '需人工复核', ineligible: '不符合条件' };
const child = (o: unknown, k: string): unknown => (o !== null && typeof o === 'object' ? (o as Facts)[k] : undefined);
const read = (facts: Facts | undefined, field: string) => { const { fact, path } = splitField(field); return path ? path.slice(2).split('.').reduce(child, facts?.[fact]) : facts?.[fact]; };
/** An object at `o[k]`, made one when missing (a case's facts are JSON objects down every path a field names). */
const objectAt = (o: Facts, k: string): Facts => {
  const v = o[k];
  if (v !== null && typeof v === 'object') return v as Facts;
  return (o[k] = {}) as Facts;
};
const write = (facts: Facts, field: string, value: unknown): Facts => {
  const { fact, path } = splitField(field);
  const out = structuredClone(facts);
  const keys = (path ?? '$').slice(2).split('.').filter(Boolean);
  if (!keys.length) {
    out[fact] = value;
    return out;
  }
  let o = objectAt(out, fact);
  keys.slice(0, -1).forEach((k) => { o = objectAt(o, k); });
  o[keys.at(-1)!] = value;
  return out;
};

export const TestsEditor = ({ record }: { record: DraftRecord }) => {
  const key = record.kind === 'ruleset' ? record.key : 'training';
  const [view, setView] = useState<View | null>(null);
  const [cases, setCases] = useState<Case[]>([]);
  const [draftCase, setDraftCase] = useState<{ name: string; inputs: Input[]; outcome: string; amount: string } | null>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error' | 'info'; text: string; details?: string[] } | null>(null);
  const { fields } = useRuleFields(record.node_code, record.effective_from);
  // Inputs read in words (人员类别 = 脱贫劳动力), as the rule builder shows values.
  const label = valueLabeller(useTranslate());
  const load = () => apiGet<View>(`/config-tests/${record.node_code}/${key}`).then((v) => { setView(v); setCases(v.own?.body.cases ?? []); });
  useEffect(() => { load().catch((e: Error) => setMessage({ severity: 'error', text: e.message })); }, [record.node_code, key]); // eslint-disable-line react-hooks/exhaustive-deps
  // A new case starts from a complete, eligible case (the snapshot every fact needs), and changes only the inputs chosen.
  const template = [...(view?.inherited.flatMap((s) => s.body.cases) ?? []), ...(view?.own?.body.cases ?? [])].find((c) => c.expect.outcome === 'eligible');
  const inputsOf = (c: Case): string[] => !template ? [] : fields.filter((f) => f.family !== 'list' && JSON.stringify(read(c.facts, f.name)) !== JSON.stringify(read(template.facts, f.name)) && read(c.facts, f.name) !== undefined)
    .map((f) => inputText(String(f.label), f as ValueField, read(c.facts, f.name), label));
  const add = () => {
    if (!draftCase || !template) return;
    const facts = draftCase.inputs.reduce((f, i) => write(f, i.field, i.value), structuredClone(template.facts));
    const amount = draftCase.amount.trim() === '' ? undefined : Math.round(Number(draftCase.amount) * 100);
    setCases([...cases, { name: draftCase.name, facts, expect: { outcome: draftCase.outcome, ...(amount !== undefined ? { amount_fen: amount } : {}) } }]);
    setDraftCase(null);
  };
  const save = () => apiSend('PUT', `/config-tests/${record.node_code}/${key}`, { body: { ruleset: key, ...(view?.own?.body.description ? { description: view.own.body.description } : {}), cases }, version: view?.own?.version ?? null })
    .then(() => { setMessage({ severity: 'success', text: `已保存为新版本（共 ${cases.length} 个案例）` }); return load(); })
    .catch((e: Error & { body?: { details?: Array<{ message: string }> } }) => setMessage({ severity: 'error', text: e.message }));
  const run = () => apiPost<ConfigTestReport>(`/configs/${record.id}/test`, { include_ancestors: false })
    .then((r) => {
      const own = r.suites.filter((s) => !s.inherited).flatMap((s) => s.cases);
      setMessage({ severity: r.ok ? 'success' : 'error', text: `规则测试：${r.passed} 个通过，${r.failed} 个未通过`, details: own.map((c) => `${c.passed ? '✔' : '✘'} ${c.name}${c.passed ? '' : `：${c.differences.map((d) => d.message).join('；')}`}`) });
    }).catch((e: Error) => setMessage({ severity: 'error', text: e.message }));
  const field = (name: string) => fields.find((f) => f.name === name);
  return (
    <Stack gap={1}>
      <Typography variant="body2" color="text.secondary">每个案例从一个完整的“符合条件”案例出发，只改动选定的输入项；保存后成为新版本，发布规则或参数前会自动运行，未通过则不能发布。</Typography>
      <Table size="small">
        <TableHead><TableRow><TableCell>案例</TableCell><TableCell>输入（与基准案例不同之处）</TableCell><TableCell>预期结果</TableCell><TableCell>预期金额</TableCell><TableCell /></TableRow></TableHead>
        <TableBody>
          {cases.map((c, i) => (
            <TableRow key={c.name} data-case={c.name}>
              <TableCell>{c.name}</TableCell>
              <TableCell>{inputsOf(c).map((t) => <Chip key={t} size="small" label={t} sx={{ mr: 0.5, mb: 0.5 }} />)}</TableCell>
              <TableCell>{OUTCOMES[c.expect.outcome]}</TableCell>
              <TableCell>{c.expect.amount_fen === undefined ? '—' : `${(c.expect.amount_fen / 100).toFixed(2)} 元`}</TableCell>
              <TableCell><IconButton aria-label="删除案例" onClick={() => setCases(cases.filter((_, j) => j !== i))}><DeleteIcon /></IconButton></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {view && view.inherited.length > 0 && <Typography variant="caption" color="text.secondary">另有继承的案例（只读）：{view.inherited.map((s) => `${s.node_name} ${s.body.cases.length} 个`).join('、')}</Typography>}
      {!template && <Alert severity="info">上级和本级都还没有“符合条件”的案例可作为基准。</Alert>}
      {draftCase ? (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <TextField size="small" fullWidth label="案例名称" value={draftCase.name} onChange={(e) => setDraftCase({ ...draftCase, name: e.target.value })} />
          {draftCase.inputs.map((inp, i) => {
            const f = field(inp.field);
            const setInput = (patch: Partial<Input>) => setDraftCase({ ...draftCase, inputs: draftCase.inputs.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
            return (
              <Stack key={i} direction="row" gap={1} sx={{ mt: 1 }} alignItems="center">
                <TextField select size="small" label="输入项" value={inp.field} sx={{ minWidth: 320 }} onChange={(e) => setInput({ field: e.target.value, value: read(template?.facts, e.target.value) })}>
                  {fields.filter((x) => x.family !== 'list' && !String(x.name).startsWith('params|')).map((x) => <MenuItem key={x.name} value={x.name}>{x.label}</MenuItem>)}
                </TextField>
                {f?.family === 'boolean' ? (
                  <TextField select size="small" label="取值" value={String(inp.value)} onChange={(e) => setInput({ value: e.target.value === 'true' })} sx={{ minWidth: 100 }}>
                    <MenuItem value="true">是</MenuItem><MenuItem value="false">否</MenuItem>
                  </TextField>
                ) : f?.valueType === 'region' ? (
                  <RegionPicker label="取值" value={String(inp.value ?? '')} onChange={(code) => setInput({ value: code })} />
                ) : Array.isArray(f?.values) && f.values.length ? (
                  <TextField select size="small" label="取值" value={String(inp.value ?? '')} onChange={(e) => setInput({ value: e.target.value })} sx={{ minWidth: 160 }}>
                    {(f.values as Array<{ name: string; label: string }>).map((o) => <MenuItem key={o.name} value={o.name}>{o.label}</MenuItem>)}
                  </TextField>
                ) : (
                  <TextField size="small" label="取值" type={f?.family === 'number' ? 'number' : f?.valueType === 'date' ? 'date' : 'text'} value={String(inp.value ?? '')}
                    slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-label': '取值' } }}
                    onChange={(e) => setInput({ value: f?.family === 'number' && e.target.value !== '' ? Number(e.target.value) : e.target.value })} />
                )}
                <IconButton aria-label="删除输入" onClick={() => setDraftCase({ ...draftCase, inputs: draftCase.inputs.filter((_, j) => j !== i) })}><DeleteIcon /></IconButton>
              </Stack>
            );
          })}
          <MuiButton size="small" sx={{ mt: 1 }} onClick={() => setDraftCase({ ...draftCase, inputs: [...draftCase.inputs, { field: fields[0]?.name ?? '', value: read(template?.facts, fields[0]?.name ?? '') }] })}>＋ 输入项</MuiButton>
          <Stack direction="row" gap={1} sx={{ mt: 1 }}>
            <TextField select size="small" label="预期结果" value={draftCase.outcome} onChange={(e) => setDraftCase({ ...draftCase, outcome: e.target.value })} sx={{ minWidth: 160 }}>
              {Object.entries(OUTCOMES).map(([k, v]) => <MenuItem key={k} value={k}>{v}</MenuItem>)}
            </TextField>
            <TextField size="small" type="number" label="预期金额（元，可不填）" value={draftCase.amount} onChange={(e) => setDraftCase({ ...draftCase, amount: e.target.value })} />
            <MuiButton variant="contained" disabled={!draftCase.name.trim() || !template} onClick={add}>加入案例</MuiButton>
            <MuiButton onClick={() => setDraftCase(null)}>取消</MuiButton>
          </Stack>
        </Paper>
      ) : <Box><MuiButton variant="outlined" onClick={() => setDraftCase({ name: '', inputs: [], outcome: 'eligible', amount: '' })}>新增案例</MuiButton></Box>}
      <Stack direction="row" gap={1}>
        <MuiButton variant="contained" onClick={save}>保存测试案例</MuiButton>
        <MuiButton variant="outlined" onClick={run}>运行测试</MuiButton>
      </Stack>
      {message && <Alert severity={message.severity}>{message.text}{message.details?.map((d) => <div key={d}>{d}</div>)}</Alert>}
    </Stack>
  );
};
