// FundSourceInputs: a fund's category and name, shared by create and edit.
import { required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { Row } from '../common/Row';

export const FundSourceInputs = () => (
  <Row>
    <EnumInput source="code" of="fund_source_code" validate={required()} />
    <TextInput source="name" validate={required()} />
  </Row>
);
