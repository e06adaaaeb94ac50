// AttendanceShow: one attended session.
import { DateField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';

export const AttendanceShow = () => (
  <Show>
    <SimpleShowLayout>
      <RefField source="enrollment_id" reference="enrollments" />
      <TextField source="session_date" />
      <NumberField source="hours" />
      <DateField source="check_in_at" showTime />
      <MetaFields label={false} />
    </SimpleShowLayout>
  </Show>
);
