// AttendanceInputs: an attended session's inputs, shared by create and edit.
import { DateInput, DateTimeInput, minValue, NumberInput, required } from 'react-admin';
import { toIsoTimestamp, today } from '../common/dates';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

export const AttendanceInputs = () => (
  <>
    <RefInput source="enrollment_id" reference="enrollments" validate={required()} />
    <Row>
      <DateInput source="session_date" defaultValue={today()} validate={required()} />
      <NumberInput source="hours" step={0.5} validate={[required(), minValue(0)]} />
      <DateTimeInput source="check_in_at" parse={toIsoTimestamp} />
    </Row>
  </>
);
