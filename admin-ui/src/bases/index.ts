// The bases resource (就业技能实训基地): training bases, funded 以奖代补 after results.
import Icon from '@mui/icons-material/Factory';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./BaseList'), 'BaseList'),
  show: lazyView(() => import('./BaseShow'), 'BaseShow'),
  edit: lazyView(() => import('./BaseEdit'), 'BaseEdit'),
  create: lazyView(() => import('./BaseCreate'), 'BaseCreate'),
  icon: Icon,
  recordRepresentation: 'name',
};
