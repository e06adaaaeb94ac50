// The fund_sources resource (资金来源): the funds subsidies are paid from (就业补助资金, 失业保险基金 …).
import Icon from '@mui/icons-material/AccountBalance';
import { FundSourceCreate } from './FundSourceCreate';
import { FundSourceEdit } from './FundSourceEdit';
import { FundSourceList } from './FundSourceList';
import { FundSourceShow } from './FundSourceShow';

export default {
  list: FundSourceList,
  show: FundSourceShow,
  edit: FundSourceEdit,
  create: FundSourceCreate,
  icon: Icon,
  recordRepresentation: 'name',
};
