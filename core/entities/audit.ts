// The audit trail as a read-only resource for auditors and administrators.
import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable } from '../schemas/common.js';

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
