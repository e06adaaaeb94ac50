// Login (per-user lockout, constant-time failures), logout, who am I, and the password change that a first login or an old password requires.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiError, badRequest, unauthorized } from '../http/errors.js';
import type { Services } from '../services.js';
import type { AuthUser, RequestContext } from '../http/context.js';
import { hashPassword, verifyNobody, verifyPassword } from './passwords.js';
import { passwordProblem, regionWords } from './password-policy.js';
import { passwordChangeReason, passwordExpiresAt } from './password-age.js';
import { reserveAttempt, succeeded, type Reservation } from './throttle.js';
import { createSession, revokeSession, revokeUserSessions } from './sessions.js';
import { ErrorBody } from '../http/error-handler.js';
import { Role } from '../schemas/common.js';
import { transact } from '../db/transact.js';

export const Me = Type.Object({
  id: Type.Integer(), username: Type.String(), display_name: Type.String(), role: Role,
  region_code: Type.String(), region_name: Type.String(), institution_id: Type.Union([Type.Integer(), Type.Null()]),
  institution_name: Type.Union([Type.String(), Type.Null()]),
  must_change_password: Type.Boolean({ description: 'Every other call answers 403 password_change_required until POST /api/auth/password' }),
  password_change_reason: Type.Union([Type.Literal('first_login'), Type.Literal('expired'), Type.Null()]),
  password_expires_at: Type.Union([Type.String(), Type.Null()]),
});
const LoginBody = Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) });
const LoginReply = Type.Object({ token: Type.String(), expires_at: Type.String(), user: Me });
const PasswordBody = Type.Object({ current_password: Type.String({ minLength: 1, maxLength: 256 }), new_password: Type.String({ minLength: 1, maxLength: 256 }) });

/**
 * Every failed sign-in is answered this long after the request arrived, whatever failed (unknown
 * user, wrong password, disabled user): the timing tells nothing, and guessing is slowed.
 */
const FAILURE_ANSWER_MS = 600;
const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

async function describe(services: Services, user: AuthUser, changedAt: string | null, reason: RequestContext['passwordChange']) {
  const region = await services.db.knex('regions').where({ id: user.region_code }).first('name');
  const institution = user.institution_id ? await services.db.knex('institutions').where({ id: user.institution_id }).first('name') : null;
  const { region_path: _path, ...rest } = user;
  return {
    ...rest, region_name: region?.name ?? user.region_code, institution_name: institution?.name ?? null,
    must_change_password: !!reason, password_change_reason: reason ?? null,
    password_expires_at: passwordExpiresAt(changedAt, services.env.PASSWORD_MAX_AGE_DAYS),
  };
}

function lockedError(lockedUntil: string | null): ApiError {
  const until = lockedUntil ? new Date(new Date(lockedUntil).getTime() + 8 * 3600_000).toISOString().slice(11, 16) : null;
  return new ApiError(423, until ? `登录失败次数过多，账户已暂时锁定，请于北京时间 ${until} 后再试或联系管理员` : '登录失败次数过多，账户已暂时锁定，请稍后再试或联系管理员', undefined, undefined, 'locked');
}

export function authRoutes(fastify: FastifyInstance, services: Services): void {
  // Typed through the route schemas: params, query and body need no casts.
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { knex } = services.db;
  const tags = ['auth'];
  const lockout = () => ({ maxFailures: services.env.LOGIN_MAX_FAILURES, lockMinutes: services.env.LOGIN_LOCK_MINUTES });

  app.post('/auth/login', { schema: { tags, body: LoginBody, response: { 200: LoginReply, 401: ErrorBody, 423: ErrorBody, 429: ErrorBody } } }, async (req) => {
    const started = Date.now();
    const { username, password } = req.body;
    const row = await knex('users').where({ username }).first();
    const fail = async (error: ApiError, detail: Record<string, unknown>) => {
      await services.audit.appendNow(knex, req.ctx, { action: 'login_failed', resource: 'users', recordId: row?.id ?? null, username, changes: detail });
      await sleepUntil(started + FAILURE_ANSWER_MS);
      return error;
    };
    if (!row || !row.active) {
      await verifyNobody(password);
      throw await fail(unauthorized('用户名或密码错误'), { reason: row ? 'inactive' : 'unknown_user' });
    }
    const attempt: Reservation = await reserveAttempt(knex, row.id, lockout());
    if (!attempt.ok) throw await fail(lockedError(attempt.lockedUntil), { reason: 'locked' });
    if (!(await verifyPassword(password, row.password_hash))) {
      throw await fail(unauthorized('用户名或密码错误'), { reason: 'bad_password', failures: attempt.attempt, locked: attempt.locksNow });
    }
    await succeeded(knex, row.id);
    const region = await knex('regions').where({ id: row.region_code }).first('path');
    const user: AuthUser = {
      id: row.id, username: row.username, display_name: row.display_name, role: row.role, region_code: row.region_code,
      region_path: region.path, institution_id: row.institution_id ?? null,
    };
    const session = await createSession(knex, row.id, services.env.TOKEN_TTL_HOURS, req.ip);
    req.ctx.user = user;
    const reason = passwordChangeReason(row, services.env.PASSWORD_MAX_AGE_DAYS);
    await services.audit.appendNow(knex, req.ctx, { action: 'login', resource: 'users', recordId: row.id, changes: reason ? { password_change: reason } : undefined });
    return { token: session.token, expires_at: session.expiresAt, user: await describe(services, user, row.password_changed_at, reason) };
  });

  app.get('/auth/me', { schema: { tags, response: { 200: Me, 401: ErrorBody } } }, async (req) => {
    const row = await knex('users').where({ id: req.ctx.user!.id }).first('password_changed_at');
    return describe(services, req.ctx.user!, row?.password_changed_at ?? null, req.ctx.passwordChange);
  });

  app.post('/auth/logout', { schema: { tags, response: { 200: Type.Object({ ok: Type.Boolean() }) } } }, async (req) => {
    await revokeSession(knex, req.ctx.sessionId!);
    await services.audit.appendNow(knex, req.ctx, { action: 'logout', resource: 'users', recordId: req.ctx.user!.id });
    return { ok: true };
  });

  app.post('/auth/password', { schema: { tags, body: PasswordBody, response: { 200: Type.Object({ ok: Type.Boolean() }), 400: ErrorBody, 423: ErrorBody, 429: ErrorBody } } }, async (req) => {
    const { current_password, new_password } = req.body;
    const user = req.ctx.user!;
    const row = await knex('users').where({ id: user.id }).first('password_hash');
    // A stolen session must not be a way to guess the password: wrong current passwords count towards the lockout.
    const attempt = await reserveAttempt(knex, user.id, lockout());
    if (!attempt.ok) throw lockedError(attempt.lockedUntil);
    if (!(await verifyPassword(current_password, row.password_hash))) {
      await services.audit.appendNow(knex, req.ctx, { action: 'password_change_failed', resource: 'users', recordId: user.id, changes: { failures: attempt.attempt } });
      throw badRequest('当前密码不正确', 'current_password');
    }
    await knex('users').where({ id: user.id }).update({ failed_logins: 0, locked_until: null });
    const problem = passwordProblem(new_password, {
      username: user.username, displayName: user.display_name, regionWords: await regionWords(knex, user.region_code), current: current_password,
    });
    if (problem) throw badRequest(problem, 'new_password');
    await transact(knex, async (trx) => {
      const now = new Date().toISOString();
      await trx('users').where({ id: user.id }).update({
        password_hash: await hashPassword(new_password), must_change_password: false, password_changed_at: now, updated_at: now, updated_by: user.id,
      });
      await services.audit.append(trx, req.ctx, { action: 'password_change', resource: 'users', recordId: user.id });
    });
    // Other devices must log in again with the new password.
    await revokeUserSessions(knex, user.id, req.ctx.sessionId);
    return { ok: true };
  });
}
