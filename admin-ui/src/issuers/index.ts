// The issuers resource (发证机构名录): who may certify which occupations; the certificate risk check reads it.
import Icon from '@mui/icons-material/Approval';
import { IssuerCreate } from './IssuerCreate';
import { IssuerEdit } from './IssuerEdit';
import { IssuerList } from './IssuerList';
import { IssuerShow } from './IssuerShow';

export default {
  list: IssuerList,
  show: IssuerShow,
  edit: IssuerEdit,
  create: IssuerCreate,
  icon: Icon,
  recordRepresentation: 'name',
};
