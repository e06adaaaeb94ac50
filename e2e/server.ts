// Boots the real API (with the built console, admin-ui/dist, unless told not to) on a random port, on a fresh SQLite file with demo data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type BuiltApp } from '../core/app.js';
import { loadEnv } from '../core/env/env.js';
import { ROOT } from '../core/paths.js';

export const ADMIN_PASSWORD = 'Selenge-Ridge-61#Wv';
export const DEMO_PASSWORD = 'Tuul-Demo-Steppe-84#Jm';

export interface RunningServer {
  url: string;
  built: BuiltApp;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Serve the built console (admin-ui/dist); the public site's tests need none. Default true. */
  console?: boolean;
  /** Demo workers seeded. Default 200. */
  workers?: number;
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const serveUi = opts.console ?? true;
  const index = path.join(ROOT, 'admin-ui', 'dist', 'index.html');
  if (serveUi && !fs.existsSync(index)) {
    throw new Error('admin-ui/dist is missing: build the console first (npx vite build --config admin-ui/vite.config.ts)');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-e2e-'));
  const env = loadEnv({}, {
    DATABASE_URL: `sqlite:${path.join(dir, 'e2e.sqlite')}`, DATA_DIR: dir, STEPPE_DATA_KEY: Buffer.alloc(32, 9).toString('base64'),
    ADMIN_PASSWORD, DEMO_PASSWORD, SEED_DEMO: true, DEMO_WORKERS: opts.workers ?? 200, SERVE_UI: serveUi, LOG_LEVEL: 'warn',
  });
  const built = await buildApp(env);
  const address = await built.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    built,
    close: async () => {
      await built.app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
