// The workers resource (劳动者): its views, menu icon and how a worker is named in references.
import Icon from '@mui/icons-material/Engineering';
import { WorkerCreate } from './WorkerCreate';
import { WorkerEdit } from './WorkerEdit';
import { WorkerList } from './WorkerList';
import { WorkerShow } from './WorkerShow';

export default {
  list: WorkerList,
  show: WorkerShow,
  edit: WorkerEdit,
  create: WorkerCreate,
  icon: Icon,
  recordRepresentation: 'name',
};
