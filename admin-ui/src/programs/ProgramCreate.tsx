// ProgramCreate: opens a class.
import { Create, SimpleForm } from 'react-admin';
import { dateOrder } from '../common/dates';
import { ProgramInputs } from './ProgramInputs';

export const ProgramCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={dateOrder('start_date', 'end_date')}>
      <ProgramInputs />
    </SimpleForm>
  </Create>
);
