// The hardened HTTP surface, registered before authentication: rate limits, Unicode checks, security headers, CORS.
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Env } from '../../env/env.js';
import { registerRateLimits } from './rate-limit.js';
import { registerUnicodeChecks } from './unicode.js';
import { registerSecurityHeaders } from './headers.js';
import { registerCors } from './cors.js';

export { trustProxy } from './headers.js';

/** Registers every protection of the HTTP layer; call it before the authentication hook so floods are refused first. */
export async function registerHardening(app: FastifyInstance, env: Env, log: Logger): Promise<void> {
  await registerRateLimits(app, env, log);
  registerUnicodeChecks(app);
  await registerSecurityHeaders(app, env);
  await registerCors(app, env);
}
