// IssuerInputs: an issuer's name, region, the occupations it certifies and the dates its registration holds.
import { DateInput, required, TextInput } from 'react-admin';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';
import { OccupationCodesInput } from './OccupationCodesInput';

export const IssuerInputs = () => (
  <>
    <Row>
      <TextInput source="name" validate={required()} />
      <RefInput source="region_code" reference="regions" validate={required()} />
    </Row>
    <OccupationCodesInput />
    <Row>
      <DateInput source="valid_from" />
      <DateInput source="valid_to" />
    </Row>
  </>
);
