// The fund_sources resource (资金来源): the funds subsidies are paid from (就业补助资金, 失业保险基金 …).
import Icon from '@mui/icons-material/AccountBalance';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./FundSourceList'), 'FundSourceList'),
  show: lazyView(() => import('./FundSourceShow'), 'FundSourceShow'),
  edit: lazyView(() => import('./FundSourceEdit'), 'FundSourceEdit'),
  create: lazyView(() => import('./FundSourceCreate'), 'FundSourceCreate'),
  icon: Icon,
  recordRepresentation: 'name',
};
