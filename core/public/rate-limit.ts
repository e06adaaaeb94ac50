// A per-address limit of the public site and API (PUBLIC_RATE_LIMIT_PER_MINUTE), beside the API's general one.
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Env } from '../env/env.js';
import { ApiError } from '../http/errors.js';
import { allowListMatcher } from '../http/hardening/rate-limit.js';

const checks = new WeakMap<Env, ReturnType<FastifyInstance['createRateLimit']>>();

/**
 * Counts the requests of the instance's routes per client address (behind a proxy, the address
 * TRUST_PROXY lets through), in Redis when REDIS_URL is set. RATE_LIMIT_ALLOWLIST is not counted.
 */
export function registerPublicRateLimit(app: FastifyInstance, env: Env): void {
  const max = env.PUBLIC_RATE_LIMIT_PER_MINUTE;
  if (!max || typeof app.createRateLimit !== 'function') return;
  // One counter for the site and the API: each limiter has a store of its own in process.
  let check = checks.get(env);
  if (!check) {
    check = app.createRateLimit({ max, timeWindow: 60_000, keyGenerator: (req: FastifyRequest) => `public:${normalizeIP(req.ip, 64)}`, skipOnError: true });
    checks.set(env, check);
  }
  const limit = check;
  const allowed = allowListMatcher(env.RATE_LIMIT_ALLOWLIST);
  app.addHook('onRequest', async (req, reply) => {
    if (allowed(req.ip)) return;
    const result = await limit(req);
    if (result.isAllowed || !result.isExceeded) return;
    const seconds = Math.max(1, Math.ceil(result.ttl / 1000));
    reply.header('retry-after', seconds);
    throw new ApiError(429, `请求过于频繁（每个地址每分钟最多 ${max} 次），请 ${seconds} 秒后再试`, undefined, undefined, 'rate_limited');
  });
}
