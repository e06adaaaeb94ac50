// EnrollmentCreate: enrols a worker in a class, picked from the list or named by their ID number.
import { Create, DateInput, required, SimpleForm, TextInput } from 'react-admin';
import { today } from '../common/dates';
import { idNumber } from '../common/idNumber';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

const workerGiven = (values: Record<string, unknown>) =>
  values.worker_id || values.worker_id_number ? {} : { worker_id: 'steppe.validation.worker_or_id_number' };

const transform = (data: Record<string, unknown>) => {
  const { worker_id_number, ...rest } = data;
  return worker_id_number ? { ...rest, worker_id_number: String(worker_id_number).trim().toUpperCase() } : rest;
};

export const EnrollmentCreate = () => (
  <Create redirect="show" transform={transform}>
    <SimpleForm validate={workerGiven}>
      <TextInput source="worker_id_number" validate={idNumber} helperText="steppe.enrollments.id_number_help" />
      <Row>
        <RefInput source="worker_id" reference="workers" />
        <RefInput source="program_id" reference="programs" validate={required()} />
        <RefInput source="intention_id" reference="intentions" />
      </Row>
      <DateInput source="enrolled_on" defaultValue={today()} validate={required()} />
    </SimpleForm>
  </Create>
);
