// InstitutionCreate: registers a training provider.
import { Create, SimpleForm } from 'react-admin';
import { dateOrder } from '../common/dates';
import { InstitutionInputs } from './InstitutionInputs';

export const InstitutionCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={dateOrder('approved_from', 'approved_to')}>
      <InstitutionInputs />
    </SimpleForm>
  </Create>
);
