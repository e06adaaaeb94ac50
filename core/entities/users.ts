// Users: a person with one role at one node of the region tree (staff also belong to an institution).
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, Id, Nullable, RegionCode, Role, Timestamp, WithDefault } from '../schemas/common.js';

export const User = Type.Object({
  id: Id,
  username: Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' }),
  display_name: Type.String({ minLength: 1, maxLength: 64 }),
  role: Role,
  region_code: RegionCode,
  institution_id: Nullable(Id),
  active: WithDefault(Type.Boolean(), true),
  locked_until: Nullable(Timestamp),
  last_login_at: Nullable(Timestamp),
  must_change_password: WithDefault(Type.Boolean({ description: 'Set when someone else set the password: the user must change it at the next sign-in' }), false),
  password_changed_at: Nullable(Timestamp),
  ...Bookkeeping,
});
export type User = Static<typeof User>;

export const Password = Type.String({ minLength: 1, maxLength: 256, description: 'Write-only; 12+ characters of three kinds that the strength estimate accepts' });
