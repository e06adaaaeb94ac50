// The sign-in form in plain DOM: the first thing a browser draws, before React, MUI or react-admin are downloaded.
import { app } from '../i18n/zh/app';
import { ra } from '../i18n/zh/ra';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * Draws the form into `root`; `submit` signs in and rejects with the message to show (wrong password, locked …).
 * @example renderLoginForm(root, (u, p) => signIn(u, p).then(open))
 */
export function renderLoginForm(root: HTMLElement, submit: (username: string, password: string) => Promise<void>): void {
  const username = el('input', { name: 'username', autocomplete: 'username', required: true, autofocus: true });
  const password = el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const button = el('button', { type: 'submit', disabled: true }, ra.auth.sign_in);
  const error = el('p', { className: 'steppe-login__error', hidden: true });
  error.setAttribute('role', 'alert');
  const form = el('form', { className: 'steppe-login__card', noValidate: true },
    el('h1', {}, app.title),
    el('label', {}, el('span', {}, ra.auth.username), username),
    el('label', {}, el('span', {}, ra.auth.password), password),
    error,
    button);
  const ready = () => { button.disabled = !username.value.trim() || !password.value; };
  username.addEventListener('input', ready);
  password.addEventListener('input', ready);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (button.disabled) return;
    for (const c of [username, password, button]) c.disabled = true;
    form.setAttribute('aria-busy', 'true');
    button.textContent = `${ra.auth.sign_in}…`;
    error.hidden = true;
    submit(username.value.trim(), password.value).catch((err: Error) => {
      error.textContent = err.message || ra.auth.sign_in_error;
      error.hidden = false;
      for (const c of [username, password]) c.disabled = false;
      button.textContent = ra.auth.sign_in;
      form.removeAttribute('aria-busy');
      ready();
      password.focus();
    });
  });
  root.replaceChildren(el('main', { className: 'steppe-login' }, form));
  username.focus();
}

/** A thin bar at the top while the console is fetched or a kept token is checked. */
export function renderLoading(root: HTMLElement): void {
  const bar = el('div', { className: 'steppe-loading' });
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-label', '加载中');
  root.replaceChildren(bar);
}
