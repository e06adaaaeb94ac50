// The audit resource (审计日志): the append-only trail of every action; list and show only.
import Icon from '@mui/icons-material/Policy';
import type { RaRecord } from 'react-admin';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

export default {
  list: AuditList,
  show: AuditShow,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.action} ${record.resource}#${record.record_id ?? ''}`,
};
