// The programs resource (培训项目): a class an institution offers, tied to a catalog occupation and level.
import Icon from '@mui/icons-material/MenuBook';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./ProgramList'), 'ProgramList'),
  show: lazyView(() => import('./ProgramShow'), 'ProgramShow'),
  edit: lazyView(() => import('./ProgramEdit'), 'ProgramEdit'),
  create: lazyView(() => import('./ProgramCreate'), 'ProgramCreate'),
  icon: Icon,
  recordRepresentation: 'name',
};
