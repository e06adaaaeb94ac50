// Login, logout, who am I and change password.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { ApiError, badRequest, unauthorized } from '../http/errors.js';
import type { Services } from '../services.js';
import type { AuthUser } from '../http/context.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { createSession, revokeSession, revokeUserSessions } from './sessions.js';
import { ErrorBody } from '../http/error-handler.js';
import { Role } from '../schemas/common.js';

export const Me = Type.Object({
  id: Type.Integer(), username: Type.String(), display_name: Type.String(), role: Role,
  region_code: Type.String(), region_name: Type.String(), institution_id: Type.Union([Type.Integer(), Type.Null()]),
  institution_name: Type.Union([Type.String(), Type.Null()]),
});
const LoginBody = Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) });
const LoginReply = Type.Object({ token: Type.String(), expires_at: Type.String(), user: Me });
const PasswordBody = Type.Object({ current_password: Type.String({ minLength: 1 }), new_password: Type.String({ minLength: 1, maxLength: 256 }) });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function describe(services: Services, user: AuthUser) {
  const region = await services.db.knex('regions').where({ id: user.region_code }).first('name');
  const institution = user.institution_id ? await services.db.knex('institutions').where({ id: user.institution_id }).first('name') : null;
  const { region_path: _path, ...rest } = user;
  return { ...rest, region_name: region?.name ?? user.region_code, institution_name: institution?.name ?? null };
}

export function authRoutes(app: FastifyInstance, services: Services): void {
  const { knex } = services.db;
  const tags = ['auth'];

  app.post('/auth/login', { schema: { tags, body: LoginBody, response: { 200: LoginReply, 401: ErrorBody, 423: ErrorBody } } }, async (req) => {
    const { username, password } = req.body as { username: string; password: string };
    const row = await knex('users').where({ username }).first();
    const fail = async (delayMs: number, detail: Record<string, unknown>) => {
      await services.audit.appendNow(knex, req.ctx, { action: 'login_failed', resource: 'users', recordId: row?.id ?? null, username, changes: detail });
      await sleep(delayMs);
      return unauthorized('用户名或密码错误');
    };
    if (!row || !row.active) throw await fail(400, { reason: row ? 'inactive' : 'unknown_user' });
    const now = new Date();
    if (row.locked_until && row.locked_until > now.toISOString()) {
      await services.audit.appendNow(knex, req.ctx, { action: 'login_failed', resource: 'users', recordId: row.id, username, changes: { reason: 'locked' } });
      const until = new Date(new Date(row.locked_until).getTime() + 8 * 3600_000).toISOString().slice(11, 16);
      throw new ApiError(423, `登录失败次数过多，账户已暂时锁定，请于北京时间 ${until} 后再试或联系管理员`);
    }
    if (!(await verifyPassword(password, row.password_hash))) {
      const failures = Number(row.failed_logins) + 1;
      const lock = failures >= services.env.LOGIN_MAX_FAILURES;
      await knex('users').where({ id: row.id }).update({
        failed_logins: lock ? 0 : failures,
        locked_until: lock ? new Date(now.getTime() + services.env.LOGIN_LOCK_MINUTES * 60_000).toISOString() : row.locked_until,
      });
      // Each failure costs more time, which slows guessing before the lock engages.
      throw await fail(Math.min(250 * failures, 2000), { reason: 'bad_password', failures, locked: lock });
    }
    await knex('users').where({ id: row.id }).update({ failed_logins: 0, locked_until: null, last_login_at: now.toISOString() });
    const region = await knex('regions').where({ id: row.region_code }).first('path');
    const user: AuthUser = {
      id: row.id, username: row.username, display_name: row.display_name, role: row.role, region_code: row.region_code,
      region_path: region.path, institution_id: row.institution_id ?? null,
    };
    const session = await createSession(knex, row.id, services.env.TOKEN_TTL_HOURS, req.ip);
    req.ctx.user = user;
    await services.audit.appendNow(knex, req.ctx, { action: 'login', resource: 'users', recordId: row.id });
    return { token: session.token, expires_at: session.expiresAt, user: await describe(services, user) };
  });

  app.get('/auth/me', { schema: { tags, response: { 200: Me, 401: ErrorBody } } }, async (req) => describe(services, req.ctx.user!));

  app.post('/auth/logout', { schema: { tags, response: { 200: Type.Object({ ok: Type.Boolean() }) } } }, async (req) => {
    await revokeSession(knex, req.ctx.sessionId!);
    await services.audit.appendNow(knex, req.ctx, { action: 'logout', resource: 'users', recordId: req.ctx.user!.id });
    return { ok: true };
  });

  app.post('/auth/password', { schema: { tags, body: PasswordBody, response: { 200: Type.Object({ ok: Type.Boolean() }), 400: ErrorBody } } }, async (req) => {
    const { current_password, new_password } = req.body as { current_password: string; new_password: string };
    const user = req.ctx.user!;
    const row = await knex('users').where({ id: user.id }).first('password_hash');
    if (!(await verifyPassword(current_password, row.password_hash))) throw badRequest('当前密码不正确', 'current_password');
    const problem = passwordProblem(new_password);
    if (problem) throw badRequest(problem, 'new_password');
    await knex.transaction(async (trx) => {
      await trx('users').where({ id: user.id }).update({ password_hash: await hashPassword(new_password), updated_at: new Date().toISOString(), updated_by: user.id });
      await services.audit.append(trx, req.ctx, { action: 'password_change', resource: 'users', recordId: user.id });
    });
    // Other devices must log in again with the new password.
    await revokeUserSessions(knex, user.id, req.ctx.sessionId);
    return { ok: true };
  });
}
