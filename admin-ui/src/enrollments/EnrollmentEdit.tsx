// EnrollmentEdit: records progress, completion and the assessment result of an enrolment.
import { Edit, SimpleForm } from 'react-admin';
import { dateOrder } from '../common/dates';
import { toPatch } from '../common/toPatch';
import { EnrollmentInputs } from './EnrollmentInputs';

export const EnrollmentEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch('worker_id', 'program_id', 'attended_hours')} redirect="show">
    <SimpleForm validate={dateOrder('enrolled_on', 'completed_on')}>
      <EnrollmentInputs />
    </SimpleForm>
  </Edit>
);
