// The jobs resource (后台任务): imports, exports, risk scans, rule dry-runs and demo seeding as they run; list and show only.
import Icon from '@mui/icons-material/WorkHistory';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./JobList'), 'JobList'),
  show: lazyView(() => import('./JobShow'), 'JobShow'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id} ${record.title}`,
};
