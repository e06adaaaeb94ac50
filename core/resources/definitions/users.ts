// The resource definition of core/entities/users.ts (its schema): who may read and write it, its scope, the checks on each write.
import { Type } from '@sinclair/typebox';
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource } from '../definition.js';
import { linked, settleWithinLeague } from '../../workflow/scope-fields.js';
import { regionColumn } from '../scope.js';
import { badRequest, forbidden } from '../../http/errors.js';
import { hashPassword } from '../../auth/passwords.js';
import { passwordProblem, regionWords } from '../../auth/password-policy.js';
import { revokeUserSessions } from '../../auth/sessions.js';
import type { HookArgs } from '../definition.js';
import { Password, User } from '../../entities/users.js';

/**
 * An institution's clerk sits in the institution's 盟市 (its node when none is named): what they see by region
 * (job postings, issuers) is that league's, never another's.
 */
async function clerkScope(input: Record<string, unknown>, args: HookArgs): Promise<void> {
  if (input.role === 'institution_staff' && input.institution_id) {
    const inst = await linked<{ name: string; region_code: string }>(args, 'institutions', input.institution_id, 'institution_id', ['name', 'region_code']);
    await settleWithinLeague(args.trx, input, 'region_code', inst.region_code, '所在地区', `所属培训机构「${inst.name}」`);
  }
  if (!input.region_code) throw badRequest('请填写用户所在地区（region_code）', 'region_code');
}

/**
 * Checks a new password against the policy (with the user's own names and region as words it must
 * not be built on) and hashes it. A password someone else set must be changed at the next sign-in.
 */
async function checkRoleAndPassword(row: Record<string, unknown>, before: Record<string, unknown> | null, { ctx, trx, services }: HookArgs) {
  const role = row.role ?? before?.role;
  if (row.role === 'platform_admin' && ctx.user && ctx.user.role !== 'platform_admin') throw forbidden('只有平台管理员可以设置平台管理员角色');
  if (role === 'institution_staff' && !(row.institution_id ?? before?.institution_id)) {
    throw badRequest('培训机构经办人必须指定所属培训机构（institution_id）', 'institution_id');
  }
  if (row.password !== undefined) {
    // Fields the users schema validated as strings, or the stored ones.
    const password = row.password as string;
    const problem = passwordProblem(password, {
      username: (row.username ?? before?.username) as string | undefined, displayName: (row.display_name ?? before?.display_name) as string | undefined,
      regionWords: await regionWords(trx, (row.region_code ?? before?.region_code) as string),
    });
    if (problem) throw badRequest(problem, 'password');
    const byThemselves = !!ctx.user && !!before && ctx.user.id === before.id;
    Object.assign(row, {
      password_hash: await hashPassword(password),
      password_changed_at: new Date().toISOString(),
      must_change_password: !!ctx.user && !byThemselves && services.env.PASSWORD_CHANGE_AT_FIRST_LOGIN,
    });
    delete row.password;
  }
  return row;
}

export const users = defineResource({
  name: 'users',
  table: 'users',
  label: '用户',
  schema: User,
  // region_code: an institution's clerk's lies in the institution's 盟市 (its node when left out).
  create: createSchema(User, ['locked_until', 'last_login_at', 'must_change_password', 'password_changed_at'], ['region_code'], { password: Password }),
  update: updateSchema(User, { password: Type.Optional(Password) }),
  // The lock and the password's state are the login's business (an admin unlocks by setting a new password); a stale form must not undo them.
  readOnly: ['username', 'last_login_at', 'locked_until', 'must_change_password', 'password_changed_at'],
  volatile: ['last_login_at', 'locked_until', 'must_change_password', 'password_changed_at'],
  references: { institution_id: 'institutions' },
  unique: { username: '用户名已被使用' },
  search: ['username', 'display_name'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', auditor: 'r' },
  scopeRegion: regionColumn('users.region_code'),
  async prepare(input, op, args) {
    if (op === 'create') await clerkScope(input, args);
    return input;
  },
  async beforeCreate(row, args) {
    if (row.password === undefined) throw badRequest('新建用户必须设置初始密码', 'password');
    return checkRoleAndPassword(row, null, args);
  },
  async beforeUpdate(row, before, args) {
    const { ctx, trx } = args;
    if (before.role === 'platform_admin' && ctx.user && ctx.user.role !== 'platform_admin') throw forbidden('只有平台管理员可以修改平台管理员');
    if (['role', 'institution_id', 'region_code'].some((f) => row[f] !== undefined && String(row[f] ?? '') !== String(before[f] ?? ''))) {
      await clerkScope({ role: before.role, institution_id: before.institution_id, region_code: before.region_code, ...row }, args);
    }
    const out = await checkRoleAndPassword(row, before, args);
    if (out.password_hash || out.active === false) await revokeUserSessions(trx, Number(before.id));
    if (out.password_hash) Object.assign(out, { failed_logins: 0, locked_until: null });
    return out;
  },
});
