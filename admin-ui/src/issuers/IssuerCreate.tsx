// IssuerCreate: registers an issuer; an administrator starts from their own region.
import { Create, SimpleForm } from 'react-admin';
import { dateOrder } from '../common/dates';
import { session } from '../providers/session';
import { IssuerInputs } from './IssuerInputs';

export const IssuerCreate = () => (
  <Create redirect="show" title="steppe.issuers.create_title">
    <SimpleForm validate={dateOrder('valid_from', 'valid_to')} defaultValues={{ region_code: session.user()?.region_code ?? undefined, occupation_codes: [] }}>
      <IssuerInputs />
    </SimpleForm>
  </Create>
);
