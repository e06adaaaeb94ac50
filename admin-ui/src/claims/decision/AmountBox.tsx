// AmountBox: the amount the rules computed, the formula with its numbers, and what the rule set says about it.
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatFen } from '../../common/money';
import type { DecisionView } from './types';

export const AmountBox = ({ decision }: { decision: DecisionView }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'grey.50' }}>
      <Typography variant="overline">{translate('steppe.decision.amount')}</Typography>
      <Typography variant="h5" sx={{ fontWeight: 600 }}>{formatFen(decision.amount_fen)}</Typography>
      {decision.amount ? (
        <>
          <Typography variant="body2" sx={{ mt: 1 }}>{translate('steppe.decision.formula')}：{decision.amount.formula}</Typography>
          <Typography variant="caption" color="text.secondary">{decision.amount.explanation}</Typography>
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">{translate('steppe.decision.no_amount')}</Typography>
      )}
    </Box>
  );
};
