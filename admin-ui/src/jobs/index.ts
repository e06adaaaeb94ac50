// The jobs resource (后台任务): imports, exports, risk scans, rule dry-runs and demo seeding as they run; list and show only.
import Icon from '@mui/icons-material/WorkHistory';
import type { RaRecord } from 'react-admin';
import { JobList } from './JobList';
import { JobShow } from './JobShow';

export default {
  list: JobList,
  show: JobShow,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id} ${record.title}`,
};
