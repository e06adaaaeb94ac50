// Per-client-address rate limits on sign-in and on the API, in Redis when REDIS_URL is set (shared by replicas), else in process.
import net from 'node:net';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Env } from '../../env/env.js';
import { connectRedis } from '../../infra/redis.js';
import { ApiError } from '../errors.js';
import { MemoryStore } from './memory-store.js';

const WINDOW_MS = 60_000;
/** Guessing passwords: sign-in and the password change (which checks the current one). */
const LOGIN_ROUTES = new Set(['/api/auth/login', '/api/auth/password']);
/** Load balancers and monitors poll health; it reads nothing personal. */
const UNLIMITED = new Set(['/api/health']);

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/** RATE_LIMIT_ALLOWLIST as a matcher of client addresses (IPv4, IPv6, IPv4-mapped IPv6; single addresses or CIDRs). */
export function allowListMatcher(value: string): (address: string) => boolean {
  const list = new net.BlockList();
  for (const entry of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [address, bits] = entry.split('/');
    const type = net.isIPv6(address) ? 'ipv6' : 'ipv4';
    if (!net.isIP(address)) throw new Error(`RATE_LIMIT_ALLOWLIST: "${entry}" is not an address or CIDR`);
    if (bits === undefined) list.addAddress(address, type); else list.addSubnet(address, Number(bits), type);
  }
  return (address) => {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    const ip = mapped ?? address;
    return net.isIP(ip) !== 0 && list.check(ip, net.isIPv6(ip) ? 'ipv6' : 'ipv4');
  };
}

/** Which limit a request counts against, by its path. */
export function limitOf(url: string): 'login' | 'api' | null {
  const path = url.split('?')[0];
  if (LOGIN_ROUTES.has(path)) return 'login';
  if (!path.startsWith('/api/') || UNLIMITED.has(path)) return null;
  return 'api';
}

/** The 429: Chinese, with Retry-After and the limit, so a console or script can wait and retry. */
function tooMany(reply: FastifyReply, kind: 'login' | 'api', max: number, ttlMs: number): ApiError {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  reply.header('retry-after', seconds);
  reply.header('x-ratelimit-limit', max);
  reply.header('x-ratelimit-remaining', 0);
  reply.header('x-ratelimit-reset', seconds);
  return new ApiError(429, kind === 'login'
    ? `登录尝试过于频繁（每个地址每分钟最多 ${max} 次），请 ${seconds} 秒后再试`
    : `请求过于频繁（每个地址每分钟最多 ${max} 次），请 ${seconds} 秒后再试`, undefined, undefined, 'rate_limited');
}

/**
 * Counts every /api request of a client address in a one-minute window, before authentication
 * (a flood of forged tokens must not reach the database); sign-in and password change have
 * their own, lower limit. Addresses of RATE_LIMIT_ALLOWLIST (by default this host: a reverse
 * proxy on it that TRUST_PROXY does not name would otherwise make every client one address)
 * are not counted. A store error lets the request through: the per-user lockout in the
 * database still holds, and the API stays up while Redis is down.
 */
export async function registerRateLimits(app: FastifyInstance, env: Env, log: Logger): Promise<void> {
  const limits = { login: env.RATE_LIMIT_LOGIN_PER_MINUTE, api: env.RATE_LIMIT_API_PER_MINUTE };
  // The public site's limit (core/public/rate-limit.ts) uses the same store.
  if (!limits.login && !limits.api && !env.PUBLIC_RATE_LIMIT_PER_MINUTE) return;
  const redis = env.REDIS_URL ? connectRedis(env.REDIS_URL) : null;
  if (redis) {
    let lastWarning = 0;
    redis.on('error', (err: Error) => {
      // One line a minute at most while Redis is away.
      if (Date.now() - lastWarning > 60_000) { lastWarning = Date.now(); log.warn({ err: err.message }, 'Redis unavailable: rate limits are not enforced meanwhile'); }
    });
    app.addHook('onClose', async () => { redis.disconnect(); });
  }
  await app.register(rateLimit, redis
    ? { global: false, redis, nameSpace: 'steppe:rate-limit:', skipOnError: true }
    : { global: false, store: MemoryStore, skipOnError: true });
  const limiter = (kind: 'login' | 'api'): Limiter | null => limits[kind] > 0
    ? app.createRateLimit({ max: limits[kind], timeWindow: WINDOW_MS, keyGenerator: (req: FastifyRequest) => `${kind}:${normalizeIP(req.ip, 64)}`, skipOnError: true })
    : null;
  const limiters = { login: limiter('login'), api: limiter('api') };
  const allowed = allowListMatcher(env.RATE_LIMIT_ALLOWLIST);
  app.addHook('onRequest', async (req, reply) => {
    const kind = limitOf(req.url);
    const check = kind && limiters[kind];
    if (!kind || !check || allowed(req.ip)) return;
    const result = await check(req);
    if (!result.isAllowed && result.isExceeded) throw tooMany(reply, kind, result.max, result.ttl);
  });
}
