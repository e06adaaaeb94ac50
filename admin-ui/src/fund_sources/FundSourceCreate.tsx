// FundSourceCreate: adds a fund.
import { Create, SimpleForm } from 'react-admin';
import { FundSourceInputs } from './FundSourceInputs';

export const FundSourceCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <FundSourceInputs />
    </SimpleForm>
  </Create>
);
