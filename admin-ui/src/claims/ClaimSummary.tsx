// ClaimSummary: the application part of a claim, read-only, above a reviewer's decision inputs.
import { Labeled, TextField, useRecordContext } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import { Row } from '../common/Row';

export const ClaimSummary = () => {
  const record = useRecordContext();
  const isBaseReward = record?.type === 'base_reward';
  return (
    <Row>
      <Labeled source="type"><EnumField source="type" of="claim_type" /></Labeled>
      {isBaseReward ? (
        <Labeled source="base_id"><RefField source="base_id" reference="bases" /></Labeled>
      ) : (
        <Labeled source="worker_id"><RefField source="worker_id" reference="workers" /></Labeled>
      )}
      {!isBaseReward && <Labeled source="program_id"><RefField source="program_id" reference="programs" /></Labeled>}
      <Labeled source="claim_date"><TextField source="claim_date" /></Labeled>
      <Labeled source="requested_fen"><MoneyField source="requested_fen" /></Labeled>
    </Row>
  );
};
