// The hardened HTTP surface: security headers, CORS off unless allowed, rate limits with a Chinese 429, well-formed Unicode only.
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ADMIN_PASSWORD, buildTestApp, describeEachDb } from '../../test/build-test-app.js';
import { TestClient } from '../../test/client.js';
import { workerBody } from '../../test/fixtures.js';
import { badQueryParameter, illFormedPath, invalidUtf8Offset, jsonPathAt } from './unicode.js';
import { allowListMatcher, limitOf } from './rate-limit.js';
import { corsOrigins } from './cors.js';
import { trustProxy } from './headers.js';

/** A client address outside RATE_LIMIT_ALLOWLIST (TEST-NET-3: documentation only, no traffic leaves the process). */
const REMOTE = '203.0.113.7';

async function from(app: FastifyInstance, address: string, method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}) {
  const r = await app.inject({ method, url, remoteAddress: address, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers }, payload: body ? JSON.stringify(body) : undefined });
  return { status: r.statusCode, headers: r.headers, body: r.headers['content-type']?.toString().includes('json') ? r.json() : r.body };
}

describe('hardening helpers', () => {
  it('finds the first byte that breaks UTF-8 and the JSON field it falls in', () => {
    expect(invalidUtf8Offset(Buffer.from('{"name":"中文"}'))).toBe(-1);
    expect(invalidUtf8Offset(Buffer.from([0x7b, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // an encoded surrogate
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xe4, 0xb8]))).toBe(1); // cut short
    expect(jsonPathAt('{"name":"ab')).toBe('name');
    expect(jsonPathAt('{"a":1,"traits":["x","y')).toBe('traits.1');
    expect(jsonPathAt('{"extra":{"herd":{"n":"')).toBe('extra.herd.n');
    expect(jsonPathAt('{"a":"x","b')).toBe('b');
    expect(illFormedPath({ a: 'ok', b: ['x', 'y\ud800'] })).toBe('b.1');
    expect(illFormedPath({ a: '😀 ok' })).toBeNull();
    expect(badQueryParameter('/api/workers?filter=%7B%22q%22%3A%22%E4%B8%AD%22%7D')).toBeNull();
    expect(badQueryParameter('/api/workers?filter=%ED%A0%80')).toBe('filter');
    expect(badQueryParameter('/api/workers?filter=%7B%22q%22%3A%22%5Cud800%22%7D')).toBe('filter.q');
  });

  it('reads the allow-list, CORS origins and TRUST_PROXY strictly', () => {
    const allowed = allowListMatcher('127.0.0.1,::1,10.0.0.0/8');
    expect([allowed('127.0.0.1'), allowed('::ffff:127.0.0.1'), allowed('::1'), allowed('10.2.3.4'), allowed(REMOTE)]).toEqual([true, true, true, true, false]);
    expect(() => allowListMatcher('nonsense')).toThrow(/RATE_LIMIT_ALLOWLIST/);
    expect(corsOrigins(' https://a.example.gov.cn, http://localhost:5173 ')).toEqual(['https://a.example.gov.cn', 'http://localhost:5173']);
    expect(() => corsOrigins('https://a.example.gov.cn/path')).toThrow(/CORS_ORIGINS/);
    expect(() => corsOrigins('*')).toThrow(/CORS_ORIGINS/);
    expect(trustProxy('false')).toBe(false);
    expect(trustProxy('10.0.0.1,10.0.0.2')).toEqual(['10.0.0.1', '10.0.0.2']);
    expect((trustProxy('1') as (a: string, i: number) => boolean)('x', 0)).toBe(true);
    expect([limitOf('/api/auth/login'), limitOf('/api/auth/password?x'), limitOf('/api/workers'), limitOf('/api/health'), limitOf('/assets/x.js')]).toEqual(['login', 'login', 'api', null, null]);
  });
});

describeEachDb('hardened HTTP surface', (t) => {
  it('sends a CSP without inline scripts, nosniff, no framing and no referrer on the API, the docs and errors; no HSTS over plain HTTP', async () => {
    for (const url of ['/api/health', '/api/workers', '/api/docs', '/api/docs/static/index.html', '/api/nowhere']) {
      const r = await from(t().app, '127.0.0.1', 'GET', url);
      const csp = String(r.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toMatch(/script-src 'self';/);
      expect(csp, url).toContain("script-src-attr 'none'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).not.toMatch(/script-src[^;]*unsafe/);
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
      expect(r.headers['x-frame-options'], url).toBe('DENY');
      expect(r.headers['referrer-policy'], url).toBe('no-referrer');
      expect(r.headers['strict-transport-security'], url).toBeUndefined();
    }
    expect((await from(t().app, '127.0.0.1', 'GET', '/api/health')).headers['cache-control']).toBe('no-store');
    // A forged X-Forwarded-Proto is not believed without TRUST_PROXY.
    expect((await from(t().app, REMOTE, 'GET', '/api/health', undefined, { 'x-forwarded-proto': 'https' })).headers['strict-transport-security']).toBeUndefined();
  });

  it('answers no cross-origin browser: no CORS headers without CORS_ORIGINS', async () => {
    const origin = 'https://evil.example.com';
    const pre = await t().app.inject({ method: 'OPTIONS', url: '/api/workers', headers: { origin, 'access-control-request-method': 'DELETE' } });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(pre.headers['access-control-allow-methods']).toBeUndefined();
    const admin = await TestClient.login(t().app);
    const get = await admin.call('GET', '/api/workers', undefined, { origin });
    expect(get.status).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses lone surrogates and invalid UTF-8 bytes with a 400 naming the field, and stores nothing', async () => {
    const admin = await TestClient.login(t().app);
    const before = (await admin.list('workers')).headers['content-range'];
    const body = JSON.stringify(workerBody({ name: 'placeholder' }));
    // A lone high surrogate written as a JSON escape.
    const lone = await t().app.inject({ method: 'POST', url: '/api/workers', headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' }, payload: body.replace('placeholder', '示例\\ud800') });
    expect(lone.statusCode).toBe(400);
    expect(lone.json()).toMatchObject({ field: 'name', code: 'invalid_unicode' });
    expect(lone.json().message).toContain('「name」');
    // Raw bytes that are not UTF-8 (0xFF can never appear in it), inside the notes.
    const raw = Buffer.concat([Buffer.from(body.replace('"placeholder"', '"示例·张三","notes":"ab')), Buffer.from([0xff, 0xfe]), Buffer.from('cd"')]);
    const bytes = await t().app.inject({ method: 'POST', url: '/api/workers', headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' }, payload: raw });
    expect(bytes.statusCode).toBe(400);
    expect(bytes.json()).toMatchObject({ field: 'notes', code: 'invalid_utf8' });
    expect(bytes.json().message).toMatch(/「notes」.*UTF-8/);
    const query = await admin.get('/api/workers?filter=%7B%22q%22%3A%22%ED%A0%80%22%7D');
    expect(query.status).toBe(400);
    expect(query.body.field).toBe('filter');
    expect((await admin.list('workers')).headers['content-range']).toBe(before);
    // Well-formed text outside the Basic Multilingual Plane is fine.
    expect((await admin.post('/api/workers', workerBody({ name: '示例·𠀀其其格', notes: '蒙古文 ᠮᠣᠩᠭᠣᠯ 😀' }))).status).toBe(201);
  });
});

describe('rate limits', () => {
  it('answers 429 in Chinese with Retry-After past the API limit for one address, never for an allowed one', async () => {
    const app = await buildTestApp('sqlite', { RATE_LIMIT_API_PER_MINUTE: 200 });
    try {
      const login = await from(app.app, '127.0.0.1', 'POST', '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
      const auth = { authorization: `Bearer ${login.body.token}` };
      const replies = await Promise.all(Array.from({ length: 300 }, () => from(app.app, REMOTE, 'GET', '/api/regions?range=[0,4]', undefined, auth)));
      const counts = { ok: replies.filter((r) => r.status === 200).length, limited: replies.filter((r) => r.status === 429) };
      console.log(`300 parallel reads from one address, limit 200/min: ${counts.ok} × 200, ${counts.limited.length} × 429`);
      expect(counts.ok).toBe(200);
      expect(counts.limited).toHaveLength(100);
      const one = counts.limited[0];
      expect(one.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'rate_limited' });
      expect(one.body.message).toMatch(/请求过于频繁.*秒后再试/);
      expect(Number(one.headers['retry-after'])).toBeGreaterThan(0);
      // Health checks and this host (a local proxy, the test suite) are not counted.
      expect((await from(app.app, REMOTE, 'GET', '/api/health')).status).toBe(200);
      expect((await from(app.app, '127.0.0.1', 'GET', '/api/regions', undefined, auth)).status).toBe(200);
      expect((await from(app.app, '198.51.100.9', 'GET', '/api/regions', undefined, auth)).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('limits sign-in attempts per address (60 parallel logins: the default 30 a minute pass, the rest get 429)', async () => {
    const app = await buildTestApp('sqlite');
    try {
      const replies = await Promise.all(Array.from({ length: 60 }, (_, i) => from(app.app, REMOTE, 'POST', '/api/auth/login', { username: `nobody${i}`, password: 'Wrong-guess-123456' })));
      const statuses = replies.map((r) => r.status);
      console.log(`60 parallel logins from one address: ${statuses.filter((s) => s === 401).length} × 401, ${statuses.filter((s) => s === 429).length} × 429`);
      expect(statuses.filter((s) => s === 401)).toHaveLength(30);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30);
      const limited = replies.find((r) => r.status === 429)!;
      expect(limited.body.message).toMatch(/登录尝试过于频繁/);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Another address still signs in.
      expect((await from(app.app, '198.51.100.10', 'POST', '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('CORS allow-list and HSTS behind a named proxy', () => {
  it('allows only the origins of CORS_ORIGINS, and sends HSTS only for requests the trusted proxy says came over TLS', async () => {
    const allowed = 'https://console.example.gov.cn';
    const app = await buildTestApp('sqlite', { CORS_ORIGINS: allowed, TRUST_PROXY: '127.0.0.1' });
    try {
      const pre = (origin: string) => app.app.inject({ method: 'OPTIONS', url: '/api/workers/1', headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type' } });
      const ok = await pre(allowed);
      expect(ok.statusCode).toBeLessThan(300);
      expect(ok.headers['access-control-allow-origin']).toBe(allowed);
      expect(String(ok.headers['access-control-allow-methods'])).toContain('PUT');
      expect((await pre('https://evil.example.com')).headers['access-control-allow-origin']).toBeUndefined();
      const https = await app.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
      expect(https.headers['strict-transport-security']).toBe('max-age=15552000; includeSubDomains');
      expect((await app.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});

/** The Redis the suite also runs against, when TEST_REDIS_URL is set (`.ci/run` sets it). */
const REDIS = process.env.TEST_REDIS_URL;

describe.runIf(REDIS)('rate limits shared by replicas through Redis', () => {
  it('counts one address across two API processes: 40 logins split between them, 30 pass', async () => {
    const one = await buildTestApp('sqlite', { REDIS_URL: REDIS });
    const two = await buildTestApp('sqlite', { REDIS_URL: REDIS });
    try {
      // A fresh address per run: several runs may share the Redis server.
      const address = `198.18.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
      const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => from(i % 2 ? one.app : two.app, address, 'POST', '/api/auth/login', { username: 'nobody', password: 'Wrong-guess-123456' })));
      const statuses = replies.map((r) => r.status);
      console.log(`40 logins from one address over two replicas sharing Redis: ${statuses.filter((s) => s === 401).length} × 401, ${statuses.filter((s) => s === 429).length} × 429`);
      expect(statuses.filter((s) => s === 401)).toHaveLength(30);
      expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
