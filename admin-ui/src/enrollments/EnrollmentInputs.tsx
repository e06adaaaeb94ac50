// EnrollmentInputs: an enrolment's inputs, shared by create and edit.
import { DateInput, minValue, NumberInput, required } from 'react-admin';
import { today } from '../common/dates';
import { EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

export const EnrollmentInputs = () => (
  <>
    <Row>
      <RefInput source="worker_id" reference="workers" validate={required()} />
      <RefInput source="program_id" reference="programs" validate={required()} />
      <RefInput source="intention_id" reference="intentions" />
    </Row>
    <Row>
      <DateInput source="enrolled_on" defaultValue={today()} validate={required()} />
      <EnumInput source="status" of="enrollment_status" defaultValue="enrolled" validate={required()} />
      <NumberInput source="attended_hours" step={0.5} validate={minValue(0)} />
    </Row>
    <Row>
      <DateInput source="completed_on" />
      <EnumInput source="assessment_result" of="assessment_result" />
    </Row>
  </>
);
