// Drives the app over a real port, as a browser console or curl would: listen, log in with fetch, react-admin's data provider.
import type { FastifyInstance } from 'fastify';
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'ra-core';
import { ADMIN_PASSWORD } from './build-test-app.js';
import type { LooseJson } from './loose-json.js';

/** Starts listening on a free loopback port (once per app) and returns the API's base URL, e.g. http://127.0.0.1:40123/api. */
export async function listen(app: FastifyInstance): Promise<string> {
  const address = app.server.listening ? app.server.address() : (await app.listen({ port: 0, host: '127.0.0.1' }), app.server.address());
  if (!address || typeof address === 'string') throw new Error('the app is not listening on a TCP port');
  return `http://127.0.0.1:${address.port}/api`;
}

/** POST /api/auth/login with plain fetch; returns the bearer token. */
export async function login(api: string, username = 'admin', password = ADMIN_PASSWORD): Promise<string> {
  const r = await fetch(`${api}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const body = await r.json() as { token?: string };
  if (r.status !== 200 || !body.token) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** ra-data-simple-rest, unchanged, with fetchJson and the bearer token: the console's own data provider. */
export function raProvider(api: string, token: string, countHeader = 'Content-Range'): DataProvider {
  const httpClient = (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Authorization', `Bearer ${token}`);
    return fetchUtils.fetchJson(url, { ...options, headers });
  };
  return simpleRestProvider(api, httpClient, countHeader);
}

export interface CurlReply<T = LooseJson> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** One HTTP call with plain fetch, like curl: JSON when the answer is JSON, the text otherwise. `duplex: 'half'` streams a body (Node's fetch asks for it; the DOM types lack it). */
export async function curl<T = LooseJson>(url: string, init: RequestInit & { token?: string; json?: unknown; duplex?: 'half' } = {}): Promise<CurlReply<T>> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const r = await fetch(url, { ...init, headers, body });
  const text = await r.text();
  let parsed: unknown = text;
  try { parsed = JSON.parse(text); } catch { /* not JSON */ }
  // the caller names the answer's shape (T); nothing here checks it
  return { status: r.status, headers: r.headers, body: parsed as T, text };
}
