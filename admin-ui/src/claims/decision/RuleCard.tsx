// RuleCard: one rule as a clerk reads it: passed or not, its message, conditions, policy basis and where it came from.
import { Accordion, AccordionDetails, AccordionSummary, Chip, Stack, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslate } from 'react-admin';
import { ConditionTable } from './ConditionTable';
import { PassIcon } from './PassIcon';
import type { RuleView } from './types';

export const RuleCard = ({ rule, nodeNames }: { rule: RuleView; nodeNames: Record<string, string> }) => {
  const translate = useTranslate();
  const source = rule.source_node ? nodeNames[rule.source_node] ?? rule.source_node : null;
  return (
    <Accordion defaultExpanded={!rule.passed} disableGutters>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
          <PassIcon passed={rule.passed} />
          <Typography sx={{ fontWeight: 600 }}>{rule.name}</Typography>
          {rule.mandatory && <Chip size="small" label={translate('steppe.decision.mandatory')} />}
          {!rule.passed && (
            <Chip size="small" color={rule.on_fail === 'ineligible' ? 'error' : 'warning'}
              label={translate(`steppe.decision.on_fail.${rule.on_fail}`)} />
          )}
          {source && <Chip size="small" variant="outlined" label={translate('steppe.decision.source', { node: source })} />}
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        <Typography variant="body2" gutterBottom>{rule.message}</Typography>
        <ConditionTable conditions={rule.conditions} />
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {translate('steppe.decision.basis')}：{rule.basis}
        </Typography>
      </AccordionDetails>
    </Accordion>
  );
};
