// The budgets resource (资金预算): a fund's yearly amount for a region, with what is reserved and spent.
import Icon from '@mui/icons-material/Savings';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./BudgetList'), 'BudgetList'),
  show: lazyView(() => import('./BudgetShow'), 'BudgetShow'),
  edit: lazyView(() => import('./BudgetEdit'), 'BudgetEdit'),
  create: lazyView(() => import('./BudgetCreate'), 'BudgetCreate'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.year} ${record.region_code}`,
};
