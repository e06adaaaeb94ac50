// Security headers on every answer: a Content-Security-Policy without inline scripts, nosniff, no framing, no referrer, HSTS over HTTPS.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Env } from '../../env/env.js';

/**
 * The policy the console (admin-ui/dist), the API docs (swagger-ui at /api/docs) and the public pages run under.
 * Scripts only from this origin, never inline, never eval. Styles from this origin and inline:
 * MUI's emotion inserts its rules at run time (a nonce would need a server-rendered page per request,
 * and swagger-ui sets style attributes); an inline style cannot run code, so this is the narrowest
 * allowance that keeps both working.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** What no page of Steppe uses: the browser refuses it even to injected code. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

export async function registerSecurityHeaders(app: FastifyInstance, env: Env): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // Sent below, and only where the request came over TLS: a plain-HTTP intranet install must stay reachable.
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    // req.protocol honours X-Forwarded-Proto only from a proxy TRUST_PROXY names.
    if (env.HSTS_MAX_AGE > 0 && req.protocol === 'https') {
      reply.header('strict-transport-security', `max-age=${env.HSTS_MAX_AGE}; includeSubDomains`);
    }
    // Answers of the API carry personal data: never kept by a browser or a shared cache.
    if (req.url.startsWith('/api/') && !req.url.startsWith('/api/docs') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}

/** Fastify's `trustProxy` from TRUST_PROXY: false, true, a hop count, or proxy addresses and CIDRs. */
export function trustProxy(value: string): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (value === 'true') return true;
  if (value === 'false' || value === '') return false;
  // A hop count: the address that many proxies before this server is the client's.
  if (/^\d+$/.test(value)) { const hops = Number(value); return (_address, hop) => hop < hops; }
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}
