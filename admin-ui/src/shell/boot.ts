// The shell: the sign-in form or the console. The console (React, react-admin) is mounted only with a session the API
// accepts, so a missing or stale token never enters react-admin's redirects, and the first page a cold browser draws is
// the small sign-in form. The console hands the page back (logout, refused token) through requestSignIn().
import { CHANGE_PASSWORD_ROUTE, mustChangePassword } from '../auth/passwordChange';
import { session } from '../providers/session';
import { renderLoading, renderLoginForm } from './loginForm';
import { sessionIsValid, signIn } from './signIn';
import { onSignInRequested } from './signInEvents';

const loadConsole = () => import('./mountConsole');

const route = () => window.location.hash.replace(/^#/, '') || '/';
const isLoginRoute = (r: string) => r === '/login' || r.startsWith('/login?');

export function boot(root: HTMLElement): void {
  let unmount: (() => void) | null = null;

  const openConsole = async (to?: string) => {
    if (to) window.history.replaceState(null, '', `#${to}`);
    renderLoading(root);
    const { mountConsole } = await loadConsole();
    root.replaceChildren();
    unmount = mountConsole(root);
  };

  // `target`: where the user was going (a deep link opened cold), opened after signing in.
  const showSignIn = (target: string) => {
    unmount?.();
    unmount = null;
    // One URL change, never a redirect loop: the address says where the user is.
    if (!isLoginRoute(route())) window.history.replaceState(null, '', '#/login');
    renderLoginForm(root, async (username, password) => {
      const user = await signIn(username, password);
      await openConsole(mustChangePassword(user) ? CHANGE_PASSWORD_ROUTE : target);
    });
  };

  // After react-admin's render that asked (a root is not unmounted while it renders); once, however often it asks.
  onSignInRequested(() => setTimeout(() => { if (unmount) showSignIn('/'); }));

  const start = route();
  if (!session.token() || isLoginRoute(start)) {
    showSignIn(isLoginRoute(start) ? '/' : start);
    return;
  }
  renderLoading(root);
  void loadConsole(); // fetched while the token is checked
  void sessionIsValid().then((valid) => {
    if (valid) return openConsole();
    session.clear();
    showSignIn(start);
  });
}
