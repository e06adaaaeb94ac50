// CertificateShow: one certificate.
import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';

export const CertificateShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="number" />
      <RefField source="worker_id" reference="workers" />
      <RefField source="enrollment_id" reference="enrollments" />
      <EnumField source="kind" of="certificate_kind" />
      <TextField source="occupation_code" />
      <EnumField source="level" of="skill_level" />
      <TextField source="issuer" />
      <TextField source="issued_on" />
      <MetaFields label={false} />
    </SimpleShowLayout>
  </Show>
);
