// The claims resource (补贴申请): a subsidy claim, the rules' decision on it and the reviewer's verdict.
import Icon from '@mui/icons-material/RequestQuote';
import type { RaRecord } from 'react-admin';
import { ClaimCreate } from './ClaimCreate';
import { ClaimEdit } from './ClaimEdit';
import { ClaimList } from './ClaimList';
import { ClaimShow } from './ClaimShow';

export default {
  list: ClaimList,
  show: ClaimShow,
  edit: ClaimEdit,
  create: ClaimCreate,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
