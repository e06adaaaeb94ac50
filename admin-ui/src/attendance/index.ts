// The attendance resource (出勤记录): one training session attended within an enrolment.
import Icon from '@mui/icons-material/EventAvailable';
import type { RaRecord } from 'react-admin';
import { AttendanceCreate } from './AttendanceCreate';
import { AttendanceEdit } from './AttendanceEdit';
import { AttendanceList } from './AttendanceList';
import { AttendanceShow } from './AttendanceShow';

export default {
  list: AttendanceList,
  show: AttendanceShow,
  edit: AttendanceEdit,
  create: AttendanceCreate,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.session_date} #${record.enrollment_id}`,
};
