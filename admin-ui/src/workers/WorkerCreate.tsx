// WorkerCreate: registers a worker; the ID number is typed in and checked (birth date, gender, home region derive from it).
import { Create, required, SimpleForm, TextInput } from 'react-admin';
import { idNumber } from '../common/idNumber';
import { WorkerInputs } from './WorkerInputs';
import { ExtraFieldsInput } from '../forms/ExtraFieldsInput';

export const WorkerCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput source="id_number" validate={[required(), idNumber]} helperText="steppe.workers.id_number_help" />
      <WorkerInputs />
      <ExtraFieldsInput entity="worker" />
    </SimpleForm>
  </Create>
);
