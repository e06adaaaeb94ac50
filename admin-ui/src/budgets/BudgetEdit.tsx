// BudgetEdit: changes a budget's amount (reserved and spent are not sent).
import { Edit, SimpleForm } from 'react-admin';
import { toPatch } from '../common/toPatch';
import { BudgetInputs } from './BudgetInputs';

export const BudgetEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch('reserved_fen', 'spent_fen')} redirect="show">
    <SimpleForm>
      <BudgetInputs />
    </SimpleForm>
  </Edit>
);
