// ClaimShow: a claim in two tabs: what was asked for, and how the rules and the reviewer decided it.
import { DateField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { JsonField } from '../common/JsonField';
import { MetaFields } from '../common/MetaFields';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';

export const ClaimShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.claims.tabs.application">
        <TextField source="id" />
        <EnumField source="type" of="claim_type" />
        <EnumField source="state" of="claim_state" chip />
        <RefField source="worker_id" reference="workers" />
        <RefField source="program_id" reference="programs" />
        <RefField source="enrollment_id" reference="enrollments" />
        <RefField source="certificate_id" reference="certificates" />
        <RefField source="base_id" reference="bases" />
        <RefField source="institution_id" reference="institutions" />
        <RefField source="region_code" reference="regions" />
        <TextField source="claim_date" />
        <TextField source="period_from" />
        <TextField source="period_to" />
        <MoneyField source="requested_fen" />
        <DateField source="submitted_at" showTime />
        <JsonField source="extra" />
        <MetaFields label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.claims.tabs.decision" path="decision">
        <EnumField source="outcome" of="claim_outcome" chip />
        <MoneyField source="decided_fen" />
        <TextField source="rejection_reason" />
        <RefField source="decided_by" reference="users" />
        <DateField source="decided_at" showTime />
        <RefField source="fund_source_id" reference="fund_sources" />
        <DateField source="paid_at" showTime />
        <JsonField source="decision" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
