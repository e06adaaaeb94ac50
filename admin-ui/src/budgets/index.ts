// The budgets resource (资金预算): a fund's yearly amount for a region, with what is reserved and spent.
import Icon from '@mui/icons-material/Savings';
import type { RaRecord } from 'react-admin';
import { BudgetCreate } from './BudgetCreate';
import { BudgetEdit } from './BudgetEdit';
import { BudgetList } from './BudgetList';
import { BudgetShow } from './BudgetShow';

export default {
  list: BudgetList,
  show: BudgetShow,
  edit: BudgetEdit,
  create: BudgetCreate,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.year} ${record.region_code}`,
};
