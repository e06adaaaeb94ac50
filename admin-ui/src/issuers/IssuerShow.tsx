// IssuerShow: one issuer and every occupation it may certify, named from its region's catalog.
import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';
import { OccupationCodesField } from './OccupationCodesField';
import { ValidityField } from './ValidityField';

export const IssuerShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <RefField source="region_code" reference="regions" />
      <OccupationCodesField label="resources.issuers.fields.occupation_codes" />
      <ValidityField label="resources.issuers.fields.validity" />
      <MetaFields label={false} />
    </SimpleShowLayout>
  </Show>
);
