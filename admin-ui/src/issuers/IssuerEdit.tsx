// IssuerEdit: changes an issuer's occupations or registration dates.
import { Edit, SimpleForm } from 'react-admin';
import { dateOrder } from '../common/dates';
import { toPatch } from '../common/toPatch';
import { IssuerInputs } from './IssuerInputs';

export const IssuerEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch()} redirect="show">
    <SimpleForm validate={dateOrder('valid_from', 'valid_to')}>
      <IssuerInputs />
    </SimpleForm>
  </Edit>
);
