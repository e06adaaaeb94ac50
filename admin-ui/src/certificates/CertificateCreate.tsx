// CertificateCreate: records a certificate (its number is unique region-wide).
import { Create, SimpleForm } from 'react-admin';
import { CertificateInputs } from './CertificateInputs';

export const CertificateCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <CertificateInputs />
    </SimpleForm>
  </Create>
);
