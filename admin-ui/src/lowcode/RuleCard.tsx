// RuleCard: one rule as a form — name, conditions, outcome when not met, message with placeholders, policy basis; read-only when inherited.
import { Box, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import type { Field } from 'react-querybuilder';
import { ConditionsEditor } from './ConditionsEditor';

export interface RuleJson {
  id: string; name: string; description: string; basis: string; mandatory?: boolean; priority?: number;
  conditions: Record<string, unknown>;
  event: { type: string; params: { on_fail: 'ineligible' | 'needs_review'; message: string; pass_message?: string } };
}

interface Props {
  rule: RuleJson;
  fields: Array<Field & { family: string; valueType: string }>;
  origin?: string;
  onChange?: (rule: RuleJson) => void;
  actions?: React.ReactNode;
}

const OUTCOMES = [{ id: 'ineligible', name: '不符合条件' }, { id: 'needs_review', name: '需人工复核' }];

export const RuleCard = ({ rule, fields, origin, onChange, actions }: Props) => {
  const readOnly = !onChange;
  const set = (patch: Partial<RuleJson>) => onChange?.({ ...rule, ...patch });
  const setParams = (patch: Partial<RuleJson['event']['params']>) => onChange?.({ ...rule, event: { ...rule.event, params: { ...rule.event.params, ...patch } } });
  const placeholders = fields.filter((f) => !String(f.name).startsWith('__')).slice(0, 0);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2, bgcolor: readOnly ? 'action.hover' : undefined }} data-rule={rule.id}>
      <Stack direction="row" gap={1} alignItems="center" sx={{ mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>{rule.name}</Typography>
        {rule.mandatory && <Chip size="small" color="warning" icon={<LockIcon />} label="强制规则（下级不能修改）" />}
        {origin && <Chip size="small" variant="outlined" label={origin} />}
        {actions}
      </Stack>
      {!readOnly && (
        <Stack direction={{ xs: 'column', md: 'row' }} gap={1} sx={{ mb: 1 }}>
          <TextField label="规则名称" size="small" value={rule.name} onChange={(e) => set({ name: e.target.value })} sx={{ flex: 2 }} />
          <TextField select label="不满足时" size="small" value={rule.event.params.on_fail} onChange={(e) => setParams({ on_fail: e.target.value as RuleJson['event']['params']['on_fail'] })} sx={{ flex: 1 }}>
            {OUTCOMES.map((o) => <MenuItem key={o.id} value={o.id}>{o.name}</MenuItem>)}
          </TextField>
        </Stack>
      )}
      {readOnly && <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>不满足时：{OUTCOMES.find((o) => o.id === rule.event.params.on_fail)?.name}　{rule.description}</Typography>}
      <Box sx={{ mb: 1 }}>
        <ConditionsEditor conditions={rule.conditions} fields={fields} readOnly={readOnly} onChange={(conditions) => set({ conditions })} />
      </Box>
      {!readOnly && (
        <Stack gap={1}>
          <TextField label="不满足时的提示" size="small" value={rule.event.params.message} onChange={(e) => setParams({ message: e.target.value })} multiline
            helperText="可插入当时的取值，如 {{idCard.age}}（申请日年龄）、{{params.age_max}}（政策参数）" />
          <TextField label="规则说明" size="small" value={rule.description} onChange={(e) => set({ description: e.target.value })} multiline />
          <TextField label="政策依据" size="small" value={rule.basis} onChange={(e) => set({ basis: e.target.value })} multiline />
        </Stack>
      )}
      {readOnly && <Typography variant="caption" color="text.secondary">政策依据：{rule.basis}</Typography>}
      {placeholders.length > 0 && null}
    </Paper>
  );
};
