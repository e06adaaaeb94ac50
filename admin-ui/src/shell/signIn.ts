// The two calls the sign-in screen makes, with plain fetch: signing in, and asking whether a kept token is still good.
import { session, type SessionUser } from '../providers/session';

const json = { Accept: 'application/json', 'Content-Type': 'application/json' };

/** Signs in; the Chinese message of the API (wrong password, locked, too many attempts) when refused. */
export async function signIn(username: string, password: string): Promise<SessionUser> {
  const response = await fetch('/api/auth/login', { method: 'POST', headers: json, body: JSON.stringify({ username, password }) });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message ?? `${response.status} ${response.statusText}`);
  session.save(body.token, body.user);
  return body.user as SessionUser;
}

/** Whether the kept token still opens a session: false when the API refuses it (expired, revoked); true when it cannot tell. */
export async function sessionIsValid(): Promise<boolean> {
  const token = session.token();
  if (!token) return false;
  try {
    const response = await fetch('/api/auth/me', { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
    if (response.status === 401) return false;
    if (response.ok) session.setUser(await response.json());
    return true;
  } catch {
    // Offline or the server restarting: keep the session, the console reports what fails.
    return true;
  }
}
