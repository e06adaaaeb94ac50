// FundSourceEdit: renames a fund.
import { Edit, SimpleForm } from 'react-admin';
import { toPatch } from '../common/toPatch';
import { FundSourceInputs } from './FundSourceInputs';

export const FundSourceEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch()} redirect="show">
    <SimpleForm>
      <FundSourceInputs />
    </SimpleForm>
  </Edit>
);
