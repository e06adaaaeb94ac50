// Runs Steppe as a real child process (core/main.ts through tsx) on a given database, for crash tests: kill -9 and restart.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from '../paths.js';
import { ADMIN_PASSWORD, TEST_KEY } from './build-test-app.js';

export interface ChildServer {
  api: string;
  process: ChildProcess;
  /** Everything it printed, for the failure message of a test. */
  output(): string;
  /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook runs. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts the server on `databaseUrl` with its own DATA_DIR and waits until /api/health answers. */
export async function startChildServer(databaseUrl: string, dataDir: string, env: Record<string, string> = {}, entry: 'source' | 'dist' = 'source'): Promise<ChildServer> {
  const port = await freePort();
  // From source through tsx (tests need no build), or the built server as `npm start` runs it (benchmarks).
  const args = entry === 'dist' ? [path.join(ROOT, 'dist', 'core', 'main.js')] : ['--import', 'tsx', path.join(ROOT, 'core', 'main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, STEPPE_DATA_KEY: TEST_KEY, ADMIN_PASSWORD, SEED_DEMO: 'false',
      SERVE_UI: 'false', LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', PASSWORD_CHANGE_AT_FIRST_LOGIN: 'false', AUDIT_CHECKPOINT_SECONDS: '0', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const api = `http://127.0.0.1:${port}/api`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`);
    try {
      const r = await fetch(`${api}/health`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`server did not start in 90 s:\n${out}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    api, process: child, output: () => out,
    kill9: async () => { if (child.exitCode === null) { child.kill('SIGKILL'); await exited; } },
    stop: async () => { if (child.exitCode === null) { child.kill('SIGTERM'); await exited; } },
  };
}
