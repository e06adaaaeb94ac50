// EnrollmentInputs: an enrolment's progress on edit: status, completion and assessment (hours come from attendance).
import { DateInput, NumberInput, required } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';
import { StatusInput } from '../common/StatusInput';

export const EnrollmentInputs = () => (
  <>
    <Row>
      <RefInput source="worker_id" reference="workers" disabled />
      <RefInput source="program_id" reference="programs" disabled />
      <RefInput source="intention_id" reference="intentions" />
    </Row>
    <Row>
      <DateInput source="enrolled_on" validate={required()} />
      <StatusInput entity="enrollments" of="enrollment_status" initial={['enrolled']} />
      <NumberInput source="attended_hours" readOnly helperText="steppe.enrollments.hours_help" />
    </Row>
    <Row>
      <DateInput source="completed_on" />
      <EnumInput source="assessment_result" of="assessment_result" />
    </Row>
  </>
);
