// A small HTTP client over fastify.inject for tests: login, JSON calls, Content-Range parsing.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { ADMIN_PASSWORD } from './build-test-app.js';
import type { LooseJson } from './loose-json.js';

export interface Reply<T = LooseJson> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

export class TestClient {
  constructor(private app: FastifyInstance, public token?: string) {}

  async call<T = LooseJson>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const res = await this.app.inject({
      method: method as InjectOptions['method'], url,
      headers: { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
    let parsed: unknown = res.body;
    try { parsed = JSON.parse(res.body); } catch { /* not JSON */ }
    // the caller names the answer's shape (T); nothing here checks it
    return { status: res.statusCode, body: parsed as T, headers: res.headers };
  }

  get<T = LooseJson>(url: string) { return this.call<T>('GET', url); }
  post<T = LooseJson>(url: string, body?: unknown, headers?: Record<string, string>) { return this.call<T>('POST', url, body ?? {}, headers); }
  put<T = LooseJson>(url: string, body: unknown) { return this.call<T>('PUT', url, body); }
  delete<T = LooseJson>(url: string) { return this.call<T>('DELETE', url); }

  /** GET a list with react-admin's parameters. */
  list<T = LooseJson>(resource: string, params: { sort?: [string, string]; range?: [number, number]; filter?: object } = {}) {
    const q = new URLSearchParams();
    if (params.sort) q.set('sort', JSON.stringify(params.sort));
    if (params.range) q.set('range', JSON.stringify(params.range));
    if (params.filter) q.set('filter', JSON.stringify(params.filter));
    return this.get<T>(`/api/${resource}?${q}`);
  }

  static async login(app: FastifyInstance, username = 'admin', password = ADMIN_PASSWORD): Promise<TestClient> {
    const c = new TestClient(app);
    const r = await c.post('/api/auth/login', { username, password });
    if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
    c.token = r.body.token;
    return c;
  }
}

export function total(reply: Reply): number {
  return Number(String(reply.headers['content-range']).split('/').pop());
}
