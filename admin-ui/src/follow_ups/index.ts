// The follow_ups resource (跟踪回访): visits after training, asking about work, income and satisfaction (R5).
import Icon from '@mui/icons-material/PhoneCallback';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./FollowUpList'), 'FollowUpList'),
  show: lazyView(() => import('./FollowUpShow'), 'FollowUpShow'),
  edit: lazyView(() => import('./FollowUpEdit'), 'FollowUpEdit'),
  create: lazyView(() => import('./FollowUpCreate'), 'FollowUpCreate'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.due_on} #${record.id}`,
};
