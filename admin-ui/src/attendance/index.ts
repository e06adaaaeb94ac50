// The attendance resource (出勤记录): one training session attended within an enrolment.
import Icon from '@mui/icons-material/EventAvailable';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./AttendanceList'), 'AttendanceList'),
  show: lazyView(() => import('./AttendanceShow'), 'AttendanceShow'),
  edit: lazyView(() => import('./AttendanceEdit'), 'AttendanceEdit'),
  create: lazyView(() => import('./AttendanceCreate'), 'AttendanceCreate'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.session_date} #${record.enrollment_id}`,
};
