// The issuers resource (发证机构名录): who may certify which occupations; the certificate risk check reads it.
import Icon from '@mui/icons-material/Approval';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./IssuerList'), 'IssuerList'),
  show: lazyView(() => import('./IssuerShow'), 'IssuerShow'),
  edit: lazyView(() => import('./IssuerEdit'), 'IssuerEdit'),
  create: lazyView(() => import('./IssuerCreate'), 'IssuerCreate'),
  icon: Icon,
  recordRepresentation: 'name',
};
