// When the console must send the user to 修改密码: after a login that says so, and whenever the API answers password_change_required.
import type { SessionUser } from '../providers/session';

export const CHANGE_PASSWORD_ROUTE = '/change-password';

/** The user has to change their password before anything else (set by an administrator, generated, or too old). */
export const mustChangePassword = (user: Pick<SessionUser, 'must_change_password'> | null | undefined): boolean => !!user?.must_change_password;

/** The API refused a call until the password is changed: go to the page, keep the session, say nothing more. */
export function passwordChangeRedirect(error: { status?: number; body?: { code?: string } } | undefined) {
  return error?.status === 403 && error.body?.code === 'password_change_required'
    ? { redirectTo: CHANGE_PASSWORD_ROUTE, logoutUser: false, message: false }
    : null;
}
