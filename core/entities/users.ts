// Users: a person with one role at one node of the region tree (staff also belong to an institution).
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, Id, Nullable, RegionCode, Role, Timestamp } from '../schemas/common.js';
import { createSchema, updateSchema } from '../schemas/derive.js';
import type { ResourceDefinition } from '../resources/definition.js';
import { regionColumn } from '../resources/scope.js';
import { badRequest, forbidden } from '../http/errors.js';
import { hashPassword, passwordProblem } from '../auth/passwords.js';
import { revokeUserSessions } from '../auth/sessions.js';

export const User = Type.Object({
  id: Id,
  username: Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' }),
  display_name: Type.String({ minLength: 1, maxLength: 64 }),
  role: Role,
  region_code: RegionCode,
  institution_id: Nullable(Id),
  active: Type.Boolean({ default: true }),
  locked_until: Nullable(Timestamp),
  last_login_at: Nullable(Timestamp),
  ...Bookkeeping,
});
export type User = Static<typeof User>;

const Password = Type.String({ minLength: 1, maxLength: 256, description: 'Write-only; at least 10 characters with letters and digits' });

async function checkRoleAndPassword(row: Record<string, any>, role: string | undefined, trx: any, actorRole: string | undefined) {
  if (row.role === 'platform_admin' && actorRole && actorRole !== 'platform_admin') throw forbidden('只有平台管理员可以设置平台管理员角色');
  if (role === 'institution_staff') {
    if (!row.institution_id) throw badRequest('培训机构经办人必须指定所属培训机构（institution_id）', 'institution_id');
  }
  if (row.password !== undefined) {
    const problem = passwordProblem(row.password);
    if (problem) throw badRequest(problem, 'password');
    row.password_hash = await hashPassword(row.password);
    delete row.password;
  }
  void trx;
  return row;
}

export const users: ResourceDefinition = {
  name: 'users',
  table: 'users',
  label: '用户',
  schema: User,
  create: createSchema(User, ['locked_until', 'last_login_at'], [], { password: Password }),
  update: updateSchema(User, { password: Type.Optional(Password) }),
  // The lock is the login's business (an admin unlocks by setting a new password); a stale form must not undo it.
  readOnly: ['username', 'last_login_at', 'locked_until'],
  volatile: ['last_login_at', 'locked_until'],
  references: { institution_id: 'institutions' },
  unique: { username: '用户名已被使用' },
  search: ['username', 'display_name'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', auditor: 'r' },
  scopeRegion: regionColumn('users.region_code'),
  async beforeCreate(row, { ctx, trx }) {
    if (row.password === undefined) throw badRequest('新建用户必须设置初始密码', 'password');
    return checkRoleAndPassword(row, row.role, trx, ctx.user?.role);
  },
  async beforeUpdate(row, before, { ctx, trx }) {
    if (before.role === 'platform_admin' && ctx.user && ctx.user.role !== 'platform_admin') throw forbidden('只有平台管理员可以修改平台管理员');
    const out = await checkRoleAndPassword(row, row.role ?? before.role, trx, ctx.user?.role);
    if (out.password_hash || out.active === false) await revokeUserSessions(trx, before.id);
    if (out.password_hash) Object.assign(out, { failed_logins: 0, locked_until: null });
    return out;
  },
};
