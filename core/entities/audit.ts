// The audit trail as a read-only resource for auditors and administrators.
import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable } from '../schemas/common.js';
import type { ResourceDefinition } from '../resources/definition.js';
import { regionColumn } from '../resources/scope.js';

export const AuditEntry = Type.Object({
  id: Id,
  seq: Type.Integer(),
  at: Type.String(),
  user_id: Nullable(Type.Integer()),
  username: Nullable(Type.String()),
  role: Nullable(Type.String()),
  region_code: Nullable(Type.String()),
  action: Type.String(),
  resource: Nullable(Type.String()),
  record_id: Nullable(Type.String({ maxLength: 64 })),
  changes: Nullable(Type.Unknown({ description: 'Changed fields {field: [before, after]}, personal data masked' })),
  request_id: Nullable(Type.String({ maxLength: 64 })),
  ip: Nullable(Type.String()),
  prev_hash: Type.String(),
  hash: Type.String(),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const audit: ResourceDefinition = {
  name: 'audit',
  table: 'audit_log',
  label: '审计记录',
  schema: AuditEntry,
  search: ['username', 'resource', 'action'],
  defaultSort: ['id', 'DESC'],
  access: { platform_admin: 'r', region_admin: 'r', auditor: 'r' },
  // Entries made by people of the subtree; entries without a node (system, unknown logins) only at the root.
  scopeRegion: regionColumn('audit_log.region_code'),
};
