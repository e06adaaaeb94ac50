// The Galera cluster and the API replicas of the cluster suite: started through deploy/galera/, stopped at the end.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../core/paths.js';

const run = promisify(execFile);
const GALERA = path.join(ROOT, 'deploy', 'galera');

export const SQL_PORT = Number(process.env.GALERA_SQL_PORT ?? 13306);
export const nodePort = (n: number) => SQL_PORT + n - 1;
export const DATA_KEY = Buffer.alloc(32, 11).toString('base64');
export const ADMIN_PASSWORD = 'Kherlen-Gol-58#Tq';

/** Runs a script of deploy/galera and returns how long it took (ms). */
export async function galera(script: string, ...args: string[]): Promise<number> {
  const started = Date.now();
  await run(path.join(GALERA, script), args, { env: process.env, maxBuffer: 10 * 1024 * 1024 });
  return Date.now() - started;
}

/** The node order a replica lists in DATABASE_URL: its own node first, then the others. */
export function databaseUrl(first: number, database: string): string {
  const order = [first, ...[1, 2, 3].filter((n) => n !== first)];
  return `mysql://root@${order.map((n) => `127.0.0.1:${nodePort(n)}`).join(',')}/${database}`;
}

export interface Replica {
  name: string;
  url: string;
  node: number;
  process: ChildProcess;
  log: string;
  dataDir: string;
}

/** Starts an API replica (the same entry point as `npm start`, from source) and waits until it answers. */
export async function startReplica(name: string, port: number, node: number, database: string, extraEnv: Record<string, string> = {}): Promise<Replica> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `steppe-${name}-`));
  const log = path.join(dataDir, 'replica.log');
  const out = fs.openSync(log, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'core', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl(node, database), DATA_DIR: dataDir,
      STEPPE_DATA_KEY: DATA_KEY, ADMIN_PASSWORD, SEED_DEMO: 'false', SERVE_UI: 'false', LOG_LEVEL: 'warn',
      PASSWORD_CHANGE_AT_FIRST_LOGIN: 'false',
      // Short job leases so a dead replica's job is taken over within seconds; small batches, many commit points.
      JOBS_LEASE_SECONDS: '3', IMPORT_BATCH_ROWS: '50', REDIS_URL: process.env.CLUSTER_REDIS_URL ?? 'redis://127.0.0.1:6379/0', ...extraEnv,
    },
    stdio: ['ignore', out, out],
  });
  const replica: Replica = { name, url: `http://127.0.0.1:${port}`, node, process: child, log, dataDir };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`replica ${name} exited (${child.exitCode}); log:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`);
    try {
      const r = await fetch(`${replica.url}/api/health`);
      if (r.ok) return replica;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`replica ${name} did not answer within 180 s; log: ${log}`);
}

export async function stopReplica(r: Replica, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (r.process.exitCode !== null || r.process.signalCode !== null) return;
  const exited = new Promise((resolve) => r.process.once('exit', resolve));
  r.process.kill(signal);
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (r.process.exitCode === null && r.process.signalCode === null) r.process.kill('SIGKILL');
}
