// EnrollmentCreate: enrols a worker in a class.
import { Create, SimpleForm } from 'react-admin';
import { dateOrder } from '../common/dates';
import { EnrollmentInputs } from './EnrollmentInputs';

export const EnrollmentCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={dateOrder('enrolled_on', 'completed_on')}>
      <EnrollmentInputs />
    </SimpleForm>
  </Create>
);
