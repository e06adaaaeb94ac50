// FollowUpShow: one follow-up visit.
import { BooleanField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';

export const FollowUpShow = () => (
  <Show>
    <SimpleShowLayout>
      <RefField source="worker_id" reference="workers" />
      <RefField source="enrollment_id" reference="enrollments" />
      <NumberField source="months_after" />
      <TextField source="due_on" />
      <TextField source="done_on" />
      <BooleanField source="employed" />
      <TextField source="employer" />
      <TextField source="income_band" />
      <EnumField source="satisfaction" of="satisfaction" />
      <TextField source="notes" />
      <MetaFields label={false} />
    </SimpleShowLayout>
  </Show>
);
