// The certificates resource (证书): a qualification, skill-level or special-ability certificate a worker holds.
import Icon from '@mui/icons-material/WorkspacePremium';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./CertificateList'), 'CertificateList'),
  show: lazyView(() => import('./CertificateShow'), 'CertificateShow'),
  edit: lazyView(() => import('./CertificateEdit'), 'CertificateEdit'),
  create: lazyView(() => import('./CertificateCreate'), 'CertificateCreate'),
  icon: Icon,
  recordRepresentation: 'number',
};
