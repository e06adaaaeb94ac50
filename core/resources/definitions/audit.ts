// The resource definition of core/entities/audit.ts (its schema): who may read and write it, its scope, the checks on each write.
import { defineResource } from '../definition.js';
import { regionColumn } from '../scope.js';
import { AuditEntry } from '../../entities/audit.js';

export const audit = defineResource({
  name: 'audit',
  table: 'audit_log',
  label: '审计记录',
  schema: AuditEntry,
  search: ['username', 'resource', 'action'],
  defaultSort: ['id', 'DESC'],
  access: { platform_admin: 'r', region_admin: 'r', auditor: 'r' },
  // Entries made by people of the subtree; entries without a node (system, unknown logins) only at the root.
  scopeRegion: regionColumn('audit_log.region_code'),
});
