// The audit resource (审计日志): the append-only trail of every action; list and show only.
import Icon from '@mui/icons-material/Policy';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./AuditList'), 'AuditList'),
  show: lazyView(() => import('./AuditShow'), 'AuditShow'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.seq}`,
};
