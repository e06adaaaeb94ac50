// The auth provider: token login against /api/auth; 401 signs out, 403 does not; access by role.
import type { AuthProvider } from 'react-admin';
import { canAccess } from '../permissions';
import { API_URL, httpClient } from './httpClient';
import { session, type SessionUser } from './session';
import { CHANGE_PASSWORD_ROUTE, mustChangePassword, passwordChangeRedirect } from '../auth/passwordChange';

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { json } = await httpClient(`${API_URL}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    });
    session.save(json.token, json.user);
    if (mustChangePassword(json.user)) return { redirectTo: CHANGE_PASSWORD_ROUTE };
  },
  async logout() {
    if (session.token()) {
      await httpClient(`${API_URL}/auth/logout`, { method: 'POST' }).catch(() => undefined);
    }
    session.clear();
  },
  async checkAuth() {
    if (!session.token()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number; body?: { code?: string } }) {
    const change = passwordChangeRedirect(error);
    if (change) throw change;
    if (error?.status === 401) {
      session.clear();
      throw error;
    }
  },
  async getIdentity() {
    const user = await httpClient(`${API_URL}/auth/me`)
      .then(({ json }) => json as SessionUser)
      .catch(() => session.user());
    if (!user) throw new Error('ra.auth.auth_check_error');
    session.setUser(user);
    const fullName = user.region_name ? `${user.display_name}（${user.region_name}）` : user.display_name;
    return { id: user.id, fullName, role: user.role, region_name: user.region_name ?? null, institution_name: user.institution_name ?? null };
  },
  async getPermissions() {
    return session.user()?.role;
  },
  async canAccess({ action, resource, record }) {
    return canAccess(session.user()?.role, action, resource, record);
  },
};
