// RiskCaseShow: one risk case: what was found, the claims it holds, the notes, and the actions on it.
import { ChipField, ReferenceArrayField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import { EvidenceField } from './EvidenceField';
import { RiskActions } from './RiskActions';
import { RiskNotes } from './RiskNotes';
import { DateTimeField } from '../common/DateTimeField';

export const RiskCaseShow = () => (
  <Show actions={<RiskActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <EnumField source="severity" of="risk_severity" chip />
      <EnumField source="status" of="risk_status" chip />
      <TextField source="summary" />
      <RefField source="region_code" reference="regions" />
      <RefField source="institution_id" reference="institutions" />
      <ReferenceArrayField source="claim_ids" reference="claims">
        <SingleFieldList linkType="show"><ChipField source="id" /></SingleFieldList>
      </ReferenceArrayField>
      <MoneyField source="held_fen" />
      <RefField source="assignee_id" reference="users" />
      <DateTimeField source="found_at" />
      <DateTimeField source="last_seen_at" />
      <RiskNotes label="resources.risk_cases.fields.notes" />
      <TextField source="resolution" />
      <DateTimeField source="resolved_at" />
      <EvidenceField source="evidence" />
    </SimpleShowLayout>
  </Show>
);
