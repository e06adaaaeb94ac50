// The shared set-up of a browser test file: the real server and Debian's Chromium, started before its tests and closed after.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, signIn, type PHONE } from './browser.js';
import { ADMIN_PASSWORD, DEMO_PASSWORD, startServer, type RunningServer, type ServerOptions } from './server.js';

export interface E2eSession {
  /** The running server (its URL, and `built.services` for set-up through the services). */
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A fresh page signed in as `username` (the demo password, or the administrator's for `admin`). */
  as(username: string, device?: Partial<typeof PHONE>): Promise<Page>;
}

export interface SessionOptions extends ServerOptions {
  /** Runs once both are up, before the file's tests (data the tests need, a warm-up load). */
  setup?(session: E2eSession): Promise<void>;
}

/**
 * Registers the file's beforeAll/afterAll and answers the session they fill; call it inside `describe`.
 *
 * @example
 * describe('console', () => {
 *   const e2e = useE2eSession();
 *   it('…', async () => { const page = await e2e.as('baotou_school'); … });
 * });
 */
export function useE2eSession(opts: SessionOptions = {}): E2eSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const session: E2eSession = {
    get server() {
      if (!server) throw new Error('the e2e server is not started: use the session inside tests, not while collecting them');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched: use the session inside tests, not while collecting them');
      return browser;
    },
    as: (username, device) => signIn(session.browser, session.server.url, username, username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD, device),
  };
  const { setup, ...serverOptions } = opts;
  beforeAll(async () => {
    server = await startServer(serverOptions);
    browser = await launch();
    await setup?.(session);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return session;
}
