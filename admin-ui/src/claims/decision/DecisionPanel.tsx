// DecisionPanel: why the rules decided what they did: outcome, reasons, the person's other claims it collides with,
// amount and formula, every rule, waived materials and the data comparisons behind them.
import { Alert, Box, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { AmountBox } from './AmountBox';
import { OutcomeBadge } from './OutcomeBadge';
import { RuleCard } from './RuleCard';
import type { DecisionView } from './types';
import { ClaimVerifications } from './ClaimVerifications';
import { ClaimCollisions } from './ClaimCollisions';
import { WaivedMaterials } from './WaivedMaterials';

export const DecisionPanel = ({ decision, error }: { decision: DecisionView | null; error: string | null }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!decision) {
    return <Alert severity="info">{translate(record?.state === 'draft' ? 'steppe.decision.not_yet_draft' : 'steppe.decision.not_yet')}</Alert>;
  }
  const chain = decision.ruleset?.chain ?? [];
  const nodeNames = Object.fromEntries(chain.map((l) => [l.node, l.node_name]));
  const rules = [...decision.rules].sort((a, b) => Number(a.passed) - Number(b.passed));
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap" sx={{ mb: 2 }}>
        <OutcomeBadge outcome={decision.outcome} />
        <Typography variant="body2" color="text.secondary">
          {translate('steppe.decision.ruleset', {
            chain: chain.map((l) => `${l.node_name} v${l.version}`).join(' → '),
            date: decision.ruleset?.date ?? '',
          })}
        </Typography>
      </Stack>
      {(decision.reasons ?? []).map((r) => <Alert key={r} severity={decision.outcome === 'ineligible' ? 'error' : 'warning'} sx={{ mb: 1 }}>{r}</Alert>)}
      <ClaimCollisions />
      <AmountBox decision={decision} />
      <Typography variant="subtitle1" sx={{ mt: 3, mb: 1, fontWeight: 600 }}>
        {translate('steppe.decision.rules', { passed: decision.rules.filter((r) => r.passed).length, total: decision.rules.length })}
      </Typography>
      {rules.map((rule) => <RuleCard key={rule.id} rule={rule} nodeNames={nodeNames} />)}
      <WaivedMaterials items={decision.waived_materials ?? []} />
      <ClaimVerifications />
    </Box>
  );
};
