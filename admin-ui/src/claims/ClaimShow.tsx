// ClaimShow: a claim as its reviewer reads it: the application, why the rules decided, the actions, and its history.
import { Show, TabbedShowLayout, TabbedShowLayoutTabs, TextField, useRecordContext } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import { ClaimShowActions } from './ClaimShowActions';
import { ClaimHistory } from './history/ClaimHistory';
import { DecisionPanel } from './decision/DecisionPanel';
import { useDecision } from './decision/useDecision';
import { ExtraFieldsShow } from '../forms/ExtraFieldsShow';
import { DateTimeField } from '../common/DateTimeField';

const DecisionTab = (_props: { label?: false }) => {
  const record = useRecordContext();
  const { decision, error } = useDecision(record);
  return <DecisionPanel decision={decision} error={error} />;
};

export const ClaimShow = () => (
  <Show actions={<ClaimShowActions />}>
    {/* Four tabs are wider than a phone: they scroll rather than widen the page. */}
    <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" />}>
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
        <DateTimeField source="submitted_at" />
        <ExtraFieldsShow entity="claim" label="resources.claims.fields.extra" />
        <MetaFields label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.claims.tabs.decision" path="decision">
        <DecisionTab label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.claims.tabs.review" path="review">
        <EnumField source="state" of="claim_state" chip />
        <MoneyField source="decided_fen" />
        <TextField source="rejection_reason" />
        <RefField source="decided_by" reference="users" />
        <DateTimeField source="decided_at" />
        <RefField source="fund_source_id" reference="fund_sources" />
        <DateTimeField source="paid_at" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.claims.tabs.history" path="history">
        <ClaimHistory label={false} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
