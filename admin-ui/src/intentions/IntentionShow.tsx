// IntentionShow: one stated wish and the class it was placed in.
import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';
import { ExtraFieldsShow } from '../forms/ExtraFieldsShow';

export const IntentionShow = () => (
  <Show>
    <SimpleShowLayout>
      <RefField source="worker_id" reference="workers" />
      <RefField source="region_code" reference="regions" />
      <EnumField source="channel" of="channel" />
      <TextField source="stated_on" />
      <TextField source="occupation_code" />
      <EnumField source="training_kind" of="training_kind" />
      <EnumField source="orientation" of="orientation" />
      <BooleanField source="wants_training" />
      <BooleanField source="wants_evaluation" />
      <BooleanField source="wants_job" />
      <TextField source="job_wish" />
      <EnumField source="status" of="intention_status" chip />
      <RefField source="enrollment_id" reference="enrollments" />
      <ExtraFieldsShow entity="intention" label="resources.intentions.fields.extra" />
      <MetaFields label={false} />
    </SimpleShowLayout>
  </Show>
);
