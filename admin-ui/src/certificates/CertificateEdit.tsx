// CertificateEdit: corrects a certificate.
import { Edit, SimpleForm } from 'react-admin';
import { toPatch } from '../common/toPatch';
import { CertificateInputs } from './CertificateInputs';

export const CertificateEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch()} redirect="show">
    <SimpleForm>
      <CertificateInputs />
    </SimpleForm>
  </Edit>
);
