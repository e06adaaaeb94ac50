// Resolves the request context from the bearer token; /api routes other than the public ones require a user.
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RequestContext } from '../http/context.js';
import { unauthorized } from '../http/errors.js';
import type { Services } from '../services.js';
import { userForToken } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

const PUBLIC = [/^\/api\/auth\/login$/, /^\/api\/health$/, /^\/api\/docs(\/|$)/, /^\/api\/public\//];

export function isPublic(url: string): boolean {
  const path = url.split('?')[0];
  return !path.startsWith('/api/') || PUBLIC.some((p) => p.test(path));
}

export function registerAuthentication(app: FastifyInstance, services: Services): void {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    req.ctx = { user: null, requestId: String(req.id), ip: req.ip };
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const found = await userForToken(services.db.knex, header.slice(7).trim());
      if (found) {
        req.ctx.user = found.user;
        req.ctx.sessionId = found.sessionId;
      }
    }
    // An address that does not exist is a 404 for everyone (the routes are public in /api/docs anyway).
    if (!req.ctx.user && !isPublic(req.url) && !req.is404) {
      throw unauthorized(header ? '登录已过期或已退出，请重新登录' : '请先登录');
    }
  });
}

/** Request ids that a load balancer can correlate: honour X-Request-Id, else a random one. */
export function requestId(req: { headers: Record<string, unknown> }): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : crypto.randomUUID();
}
