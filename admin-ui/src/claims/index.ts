// The claims resource (补贴申请): a subsidy claim, the rules' decision on it and the reviewer's verdict.
import Icon from '@mui/icons-material/RequestQuote';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./ClaimList'), 'ClaimList'),
  show: lazyView(() => import('./ClaimShow'), 'ClaimShow'),
  edit: lazyView(() => import('./ClaimEdit'), 'ClaimEdit'),
  create: lazyView(() => import('./ClaimCreate'), 'ClaimCreate'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
