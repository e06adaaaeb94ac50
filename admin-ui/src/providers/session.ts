// The signed-in session kept in localStorage: the bearer token and the user returned by /api/auth/login.
import type { Role } from '../permissions';

export interface SessionUser {
  id: number | string;
  username: string;
  display_name: string;
  role: Role;
  region_code: string | null;
  region_name?: string | null;
  institution_id: number | string | null;
  /** The institution's name, for institution staff (null for other roles). */
  institution_name?: string | null;
  /** Every call but the password change is refused until it is changed. */
  must_change_password?: boolean;
  password_change_reason?: 'first_login' | 'expired' | null;
}

const TOKEN = 'steppe:token';
const USER = 'steppe:user';

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN),
  user: (): SessionUser | null => {
    const raw = localStorage.getItem(USER);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  },
  save(token: string, user: SessionUser) {
    localStorage.setItem(TOKEN, token);
    localStorage.setItem(USER, JSON.stringify(user));
  },
  setUser(user: SessionUser) {
    localStorage.setItem(USER, JSON.stringify(user));
  },
  clear() {
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(USER);
  },
};
