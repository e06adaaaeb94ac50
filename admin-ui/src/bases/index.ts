// The bases resource (就业技能实训基地): training bases, funded 以奖代补 after results.
import Icon from '@mui/icons-material/Factory';
import { BaseCreate } from './BaseCreate';
import { BaseEdit } from './BaseEdit';
import { BaseList } from './BaseList';
import { BaseShow } from './BaseShow';

export default {
  list: BaseList,
  show: BaseShow,
  edit: BaseEdit,
  create: BaseCreate,
  icon: Icon,
  recordRepresentation: 'name',
};
