// ClaimDecisionInputs: the reviewer's part of a claim: its state, the amount granted, the reason, the fund.
import { Typography } from '@mui/material';
import { Labeled, TextInput, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { MoneyInput } from '../common/MoneyInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

export const DECISION_STATES = ['submitted', 'under_review', 'approved', 'rejected', 'paid'] as const;

/** A form-level check for SimpleForm `validate`: a rejection carries its reason. */
export const rejectionNeedsReason = (values: Record<string, unknown>) =>
  values.state === 'rejected' && !values.rejection_reason
    ? { rejection_reason: 'steppe.validation.rejection_reason' }
    : {};

export const ClaimDecisionInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" sx={{ mt: 2 }}>{translate('steppe.claims.decision_section')}</Typography>
      <Labeled source="outcome"><EnumField source="outcome" of="claim_outcome" chip /></Labeled>
      <Row>
        <EnumInput source="state" of="claim_state" only={DECISION_STATES} />
        <MoneyInput source="decided_fen" />
        <RefInput source="fund_source_id" reference="fund_sources" />
      </Row>
      <TextInput source="rejection_reason" multiline minRows={2} />
    </>
  );
};
