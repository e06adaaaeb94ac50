// RuleBuilder: a rule-set draft without JSON — its own rules as forms, the inherited ones read-only beside them with 覆盖 and 复制并修改.
import { useRef } from 'react';
import { Alert, Box, Button as MuiButton, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { AmountEditor } from './AmountEditor';
import type { Amount } from './amountModel';
import { RuleCard, type RuleJson } from './RuleCard';
import { recordOf } from '../common/json';
import { rulesetOf } from './bodyViews';
import { useMerged, type DraftRecord } from './draftTools';
import { useRuleFields } from './useFieldChoices';

interface Props { record: DraftRecord; body: unknown; onChange: (body: Record<string, unknown>) => void }

/** A fresh kebab id not yet used in the rule set. */
const freshId = (base: string, taken: Set<string>) => {
  let n = 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
};

export const RuleBuilder = ({ record, body, onChange }: Props) => {
  const { merged, problems } = useMerged(record, body);
  const { fields } = useRuleFields(record.node_code, record.effective_from);
  const doc = recordOf(body);
  const view = rulesetOf(body);
  // The rule set the node would get with this draft in place (its parents' rules and its own).
  const whole = rulesetOf(merged?.body);
  const own = view.rules;
  const ownIds = new Set(own.map((r) => r.id));
  const allIds = new Set([...ownIds, ...whole.rules.map((r) => r.id)]);
  const inherited = whole.rules.filter((r) => !ownIds.has(r.id) && merged?.sources[r.id]?.node !== record.node_code);
  const names = new Map((merged?.chain ?? []).map((c) => [c.node, c.node_name]));
  const setRules = (rules: unknown[]) => onChange({ ...doc, rules });
  // The parents' amount, as the merge gave it while this draft kept it: what 覆盖 starts from and the read-only view shows.
  const parentAmount = useRef<Amount | null | undefined>(undefined);
  if (record.mode === 'extend' && view.amount === undefined && merged) parentAmount.current = whole.amount ?? null;
  const parentName = [...(merged?.chain ?? [])].reverse().find((c) => c.node !== record.node_code)?.node_name;
  const setAmount = (amount: Amount | null | undefined) => {
    if (amount !== undefined) return onChange({ ...doc, amount });
    const { amount: _dropped, ...rest } = doc;
    onChange(rest);
  };
  const update = (i: number, rule: RuleJson) => setRules(own.map((r, j) => (j === i ? rule : r)));
  const add = (rule: RuleJson) => setRules([...own, rule]);
  const addNew = () => {
    const id = freshId('local-rule', allIds);
    const first = fields.find((f) => f.family === 'number') ?? fields[0];
    add({
      id, name: '新规则', description: '（请填写规则说明）', basis: '（请填写政策依据）',
      conditions: { all: [{ fact: String(first?.name ?? 'idCard|$.age').split('|')[0], path: String(first?.name ?? 'idCard|$.age').split('|')[1], operator: 'greaterThanInclusive', value: 0 }] },
      event: { type: id, params: { on_fail: 'needs_review', message: '（请填写不满足时的提示）' } },
    });
  };
  return (
    <Stack gap={1}>
      {problems.length > 0 && <Alert severity="warning">{problems.slice(0, 5).map((p) => <div key={p.path + p.message}>{p.message}</div>)}</Alert>}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={1}>
        <TextField size="small" label="规则集名称" value={view.name ?? ''} onChange={(e) => onChange({ ...doc, name: e.target.value })} sx={{ flex: 1 }} />
        <TextField size="small" label="规则集说明" value={view.description ?? ''} onChange={(e) => onChange({ ...doc, description: e.target.value })} sx={{ flex: 2 }} />
        <TextField size="small" label="规则集政策依据" value={view.basis ?? ''} onChange={(e) => onChange({ ...doc, basis: e.target.value })} sx={{ flex: 2 }} />
      </Stack>
      <AmountEditor amount={record.mode === 'base' ? view.amount ?? null : view.amount} inherited={parentAmount.current} inheritedFrom={parentName}
        mode={record.mode} fields={fields as never} onChange={setAmount} />
      <Typography variant="h6">本级规则</Typography>
      {own.length === 0 && <Typography color="text.secondary">本级还没有自己的规则，沿用下方上级的规则。</Typography>}
      {own.map((rule, i) => rule.remove ? (
        <Alert key={rule.id} severity="info" action={<MuiButton onClick={() => setRules(own.filter((_, j) => j !== i))}>撤销</MuiButton>}>本级删除了上级规则「{rule.name ?? rule.id}」</Alert>
      ) : (
        <RuleCard key={rule.id} rule={rule} fields={fields} onChange={(r) => update(i, r)}
          origin={merged?.sources[rule.id]?.overrides ? `覆盖${names.get(merged.sources[rule.id].overrides!) ?? ''}的规则` : '本级规则'}
          actions={<MuiButton size="small" color="error" startIcon={<DeleteIcon />} onClick={() => setRules(own.filter((_, j) => j !== i))}>删除</MuiButton>} />
      ))}
      <Box><MuiButton variant="outlined" startIcon={<AddIcon />} onClick={addNew}>新增规则</MuiButton></Box>
      <Typography variant="h6" sx={{ mt: 2 }}>继承的规则（只读）</Typography>
      {inherited.map((rule) => {
        const from = merged?.sources[rule.id]?.node;
        return (
          <RuleCard key={rule.id} rule={rule} fields={fields} origin={`来自${names.get(from ?? '') ?? from ?? '上级'}`}
            actions={rule.mandatory ? null : (
              <Stack direction="row" gap={1}>
                <MuiButton size="small" variant="outlined" onClick={() => add(structuredClone(rule))}>覆盖</MuiButton>
                <MuiButton size="small" variant="outlined" onClick={() => {
                  const id = freshId(rule.id, allIds);
                  add({ ...structuredClone(rule), id, name: `${rule.name}（本地）`, mandatory: undefined, event: { ...rule.event, type: id } });
                }}>复制并修改</MuiButton>
              </Stack>
            )} />
        );
      })}
    </Stack>
  );
};
