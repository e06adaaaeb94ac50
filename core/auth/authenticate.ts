// Resolves the request context from the bearer token; /api routes other than the public ones require a user.
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RequestContext } from '../http/context.js';
import { ApiError, unauthorized } from '../http/errors.js';
import type { Services } from '../services.js';
import { userForToken } from './sessions.js';
import { passwordChangeMessage, passwordChangeReason } from './password-age.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

const PUBLIC = [/^\/api\/auth\/login$/, /^\/api\/health$/, /^\/api\/docs(\/|$)/, /^\/api\/public\//];

/** What a user who must change their password may still call: who am I, sign out, change it. */
const WHILE_CHANGING = new Set(['/api/auth/me', '/api/auth/logout', '/api/auth/password']);

export function isPublic(url: string): boolean {
  const path = url.split('?')[0];
  return !path.startsWith('/api/') || PUBLIC.some((p) => p.test(path));
}

export function registerAuthentication(app: FastifyInstance, services: Services): void {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    req.ctx = { user: null, requestId: String(req.id), ip: req.ip };
    const key = req.headers['idempotency-key'];
    if (typeof key === 'string' && /^[\w.:-]{1,100}$/.test(key)) req.ctx.idempotencyKey = key;
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const found = await userForToken(services.db.knex, header.slice(7).trim());
      if (found) {
        req.ctx.user = found.user;
        req.ctx.sessionId = found.sessionId;
        req.ctx.passwordChange = passwordChangeReason(found.password, services.env.PASSWORD_MAX_AGE_DAYS);
      }
    }
    const path = req.url.split('?')[0];
    if (req.ctx.passwordChange && !WHILE_CHANGING.has(path) && !isPublic(req.url) && !req.is404) {
      throw new ApiError(403, passwordChangeMessage(req.ctx.passwordChange, services.env.PASSWORD_MAX_AGE_DAYS), undefined, { reason: req.ctx.passwordChange }, 'password_change_required');
    }
    // An address that does not exist is a 404 for everyone (the routes are public in /api/docs anyway).
    if (!req.ctx.user && !isPublic(req.url) && !req.is404) {
      throw unauthorized(header ? '登录已过期或已退出，请重新登录' : '请先登录');
    }
  });
  app.addHook('onSend', async (req, reply) => {
    if (req.ctx?.replayed) reply.header('idempotent-replayed', 'true');
  });
}

/** Request ids that a load balancer can correlate: honour X-Request-Id, else a random one. */
export function requestId(req: { headers: Record<string, unknown> }): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : crypto.randomUUID();
}
