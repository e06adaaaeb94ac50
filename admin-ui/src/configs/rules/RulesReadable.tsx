// RulesReadable: a rule set as a clerk reads it: each rule's name, what happens when it fails, its conditions in words.
import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { useGetMany, useTranslate } from 'react-admin';
import { recordOf } from '../../common/json';
import { paramsOf, rulesetOf } from '../../lowcode/bodyViews';
import { useEffective } from '../../lowcode/draftTools';
import { conditionLines, withParams } from './conditionText';
import { useVocabulary } from './useVocabulary';
import { valueLabeller } from './valueLabels';

interface Props {
  /** A rule-set body (as stored, or as last parsed in the JSON editor). */
  body: unknown;
  /** The node whose policy parameters the rules compare with, named by their labels. */
  node: string;
}

export const RulesReadable = ({ body, node }: Props) => {
  const translate = useTranslate();
  const plain = useVocabulary();
  const params = useEffective(node, 'param');
  // Region codes compared in the conditions read as names: 昆都仑区（150203）.
  const raw = recordOf(body).rules;
  const codes = [...new Set(JSON.stringify(raw ?? []).match(/"\d{6}(\d{3}){0,2}"/g) ?? [])].map((c) => c.slice(1, -1));
  const { data: regions = [] } = useGetMany('regions', { ids: codes }, { enabled: codes.length > 0 });
  if (!Array.isArray(raw) || !plain) return null;
  const { rules, amount } = rulesetOf(body);
  const regionName = new Map(regions.map((r) => [String(r.id), String(r.name)]));
  const enumLabel = valueLabeller(translate);
  const label = (v: string) => enumLabel(v) ?? (regionName.has(v) ? `${regionName.get(v)}（${v}）` : undefined);
  const vocab = withParams(plain, paramsOf(params?.body));
  const labels = {
    all: translate('steppe.rules.all'), any: translate('steppe.rules.any'),
    not: translate('steppe.rules.not'), condition: translate('steppe.rules.condition'),
  };
  return (
    <Stack gap={1}>
      {amount?.explanation && <Typography variant="body2">{translate('steppe.rules.amount')}：{amount.explanation}</Typography>}
      {rules.map((rule, i) => (
        <Paper key={rule.id ?? i} variant="outlined" sx={{ p: 1.5 }}>
          <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
            <Typography sx={{ fontWeight: 600 }}>{rule.name ?? rule.id}</Typography>
            {rule.remove && <Chip size="small" color="error" label={translate('steppe.rules.removed')} />}
            {rule.mandatory && <Chip size="small" label={translate('steppe.decision.mandatory')} />}
            {rule.event?.params?.on_fail && (
              <Chip size="small" variant="outlined" label={translate(`steppe.decision.on_fail.${rule.event.params.on_fail}`)} />
            )}
          </Stack>
          {conditionLines(vocab, rule.conditions, labels, 0, label).map((line, j) => (
            <Box key={j} sx={{ pl: 2 + line.depth * 2, fontSize: 14, fontWeight: line.group ? 600 : 400 }}>
              {line.group ? line.text : `• ${line.text}`}
            </Box>
          ))}
          {rule.basis && <Typography variant="caption" color="text.secondary">{translate('steppe.decision.basis')}：{rule.basis}</Typography>}
        </Paper>
      ))}
    </Stack>
  );
};
