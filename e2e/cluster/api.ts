// A small HTTP client for the replicas: JSON calls with a bearer token, never throwing on a status.
import type { LooseJson } from '../../core/test/loose-json.js';
export interface Answer<T = LooseJson> {
  status: number;
  body: T;
  headers: Headers;
}

export class Api {
  constructor(readonly base: string, public token?: string) {}

  async call<T = LooseJson>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    try {
      const res = await fetch(this.base + url, {
        method,
        headers: { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(300_000),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try { parsed = JSON.parse(text); } catch { /* not JSON */ }
      // the caller names the answer's shape (T); nothing here checks it
      return { status: res.status, body: parsed as T, headers: res.headers };
    } catch (err) {
      // The replica is gone (killed) or the socket broke: status 0, as a browser would see it.
      return { status: 0, body: { message: String((err as Error).message) } as T, headers: new Headers() };
    }
  }

  get<T = LooseJson>(url: string) { return this.call<T>('GET', url); }
  post<T = LooseJson>(url: string, body: unknown = {}, headers?: Record<string, string>) { return this.call<T>('POST', url, body, headers); }

  static async login(base: string, username: string, password: string): Promise<Api> {
    const api = new Api(base);
    const r = await api.post('/api/auth/login', { username, password });
    if (r.status !== 200) throw new Error(`login ${username} at ${base}: ${r.status} ${JSON.stringify(r.body)}`);
    api.token = r.body.token;
    return api;
  }
}

/** Creates a record, failing loudly on any error. */
export async function make(api: Api, resource: string, body: Record<string, unknown>): Promise<LooseJson> {
  const r = await api.post(`/api/${resource}`, body);
  if (r.status !== 201) throw new Error(`create ${resource}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}
