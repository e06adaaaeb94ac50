// The certificates resource (证书): a qualification, skill-level or special-ability certificate a worker holds.
import Icon from '@mui/icons-material/WorkspacePremium';
import { CertificateCreate } from './CertificateCreate';
import { CertificateEdit } from './CertificateEdit';
import { CertificateList } from './CertificateList';
import { CertificateShow } from './CertificateShow';

export default {
  list: CertificateList,
  show: CertificateShow,
  edit: CertificateEdit,
  create: CertificateCreate,
  icon: Icon,
  recordRepresentation: 'number',
};
