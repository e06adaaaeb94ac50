// Calls to the API beyond react-admin's CRUD (workflow actions, reports, config tools), through the bearer-token client.
import { API_URL, httpClient } from './httpClient';

export const apiGet = <T = unknown>(path: string): Promise<T> =>
  httpClient(`${API_URL}${path}`).then(({ json }) => json as T);

export const apiSend = <T = unknown>(method: 'POST' | 'PUT', path: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<T> =>
  httpClient(`${API_URL}${path}`, {
    method,
    body: JSON.stringify(body),
    headers: new Headers({ Accept: 'application/json', ...headers }),
  }).then(({ json }) => json as T);

export const apiPost = <T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) => apiSend<T>('POST', path, body, headers);

/** `?a=1&b=[…]` from the defined values; objects and arrays as JSON (react-admin's list parameters). */
export const query = (params: Record<string, unknown>) => {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    q.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
};
