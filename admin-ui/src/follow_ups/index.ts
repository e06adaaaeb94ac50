// The follow_ups resource (跟踪回访): visits after training, asking about work, income and satisfaction (R5).
import Icon from '@mui/icons-material/PhoneCallback';
import type { RaRecord } from 'react-admin';
import { FollowUpCreate } from './FollowUpCreate';
import { FollowUpEdit } from './FollowUpEdit';
import { FollowUpList } from './FollowUpList';
import { FollowUpShow } from './FollowUpShow';

export default {
  list: FollowUpList,
  show: FollowUpShow,
  edit: FollowUpEdit,
  create: FollowUpCreate,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.due_on} #${record.id}`,
};
