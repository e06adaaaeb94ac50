// InstitutionInputs: a training provider's inputs, shared by create and edit.
import { DateInput, required, TextArrayInput, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';
import { contactPhone, creditCode } from '../common/validators';

export const InstitutionInputs = () => (
  <>
    <Row>
      <TextInput source="name" validate={required()} />
      <TextInput source="credit_code" validate={[required(), creditCode]} />
    </Row>
    <Row>
      <EnumInput source="kind" of="institution_kind" validate={required()} />
      <RefInput source="region_code" reference="regions" validate={required()} />
    </Row>
    <Row>
      <EnumInput source="approval_status" of="approval_status" defaultValue="pending" validate={required()} />
      <DateInput source="approved_from" />
      <DateInput source="approved_to" />
    </Row>
    <EnumInput source="brand_level" of="brand_level" defaultValue="none" />
    <Row>
      <TextInput source="contact_name" />
      <TextInput source="contact_phone" validate={contactPhone} />
    </Row>
    <TextInput source="address" />
    <TextArrayInput source="occupations" />
  </>
);
