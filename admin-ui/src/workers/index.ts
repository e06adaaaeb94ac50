// The workers resource (劳动者): its views, menu icon and how a worker is named in references.
import Icon from '@mui/icons-material/Engineering';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./WorkerList'), 'WorkerList'),
  show: lazyView(() => import('./WorkerShow'), 'WorkerShow'),
  edit: lazyView(() => import('./WorkerEdit'), 'WorkerEdit'),
  create: lazyView(() => import('./WorkerCreate'), 'WorkerCreate'),
  icon: Icon,
  recordRepresentation: 'name',
};
