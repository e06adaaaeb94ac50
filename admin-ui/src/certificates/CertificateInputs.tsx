// CertificateInputs: a certificate's inputs, shared by create and edit.
import { DateInput, required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

export const CertificateInputs = () => (
  <>
    <Row>
      <RefInput source="worker_id" reference="workers" validate={required()} />
      <RefInput source="enrollment_id" reference="enrollments" />
    </Row>
    <Row>
      <EnumInput source="kind" of="certificate_kind" validate={required()} />
      <TextInput source="number" validate={required()} />
    </Row>
    <Row>
      <TextInput source="occupation_code" validate={required()} />
      <EnumInput source="level" of="skill_level" validate={required()} />
    </Row>
    <Row>
      <TextInput source="issuer" />
      <DateInput source="issued_on" validate={required()} />
    </Row>
  </>
);
