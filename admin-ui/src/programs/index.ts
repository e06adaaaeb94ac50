// The programs resource (培训项目): a class an institution offers, tied to a catalog occupation and level.
import Icon from '@mui/icons-material/MenuBook';
import { ProgramCreate } from './ProgramCreate';
import { ProgramEdit } from './ProgramEdit';
import { ProgramList } from './ProgramList';
import { ProgramShow } from './ProgramShow';

export default {
  list: ProgramList,
  show: ProgramShow,
  edit: ProgramEdit,
  create: ProgramCreate,
  icon: Icon,
  recordRepresentation: 'name',
};
