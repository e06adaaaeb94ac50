// InstitutionEdit: edits a training provider, including its approval (遴选) status and dates.
import { Edit, SimpleForm } from 'react-admin';
import { dateOrder } from '../common/dates';
import { toPatch } from '../common/toPatch';
import { InstitutionInputs } from './InstitutionInputs';

export const InstitutionEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch()} redirect="show">
    <SimpleForm validate={dateOrder('approved_from', 'approved_to')}>
      <InstitutionInputs />
    </SimpleForm>
  </Edit>
);
