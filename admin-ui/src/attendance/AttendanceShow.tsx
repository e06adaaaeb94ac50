// AttendanceShow: one attended session.
import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';
import { DateTimeField } from '../common/DateTimeField';

export const AttendanceShow = () => (
  <Show>
    <SimpleShowLayout>
      <RefField source="enrollment_id" reference="enrollments" />
      <TextField source="session_date" />
      <NumberField source="hours" />
      <DateTimeField source="check_in_at" />
      <MetaFields label={false} />
    </SimpleShowLayout>
  </Show>
);
