// BudgetCreate: opens a budget line.
import { Create, SimpleForm } from 'react-admin';
import { BudgetInputs } from './BudgetInputs';

export const BudgetCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <BudgetInputs />
    </SimpleForm>
  </Create>
);
