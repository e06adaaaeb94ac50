// Signed checkpoints of the audit chain's head, appended to a file in DATA_DIR (and syslog): the tail of the trail anchored outside the database.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { SyslogSend } from './syslog.js';

/** One line of the checkpoint file: the chain had `seq` entries ending in `hash` at `at`, signed with a key derived from the data key. */
export interface Checkpoint {
  v: 1;
  /** Which database the chain lives in (a hash of its location): several databases may share a DATA_DIR. */
  db: string;
  seq: number;
  hash: string;
  at: string;
  host: string;
  pid: number;
  sig: string;
}

export interface LatestCheckpoint {
  checkpoint: Checkpoint | null;
  warnings: string[];
}

export interface CheckpointStore {
  /** The file the checkpoints of this database go to. */
  file: string;
  /** Signs the chain head as it is committed now and appends it (one line, one write); null when the chain is empty or still at `unlessAt`. */
  write(knex: Knex, unlessAt?: number): Promise<Checkpoint | null>;
  /** The checkpoint with the most entries whose signature holds (lines that do not verify are counted as warnings). */
  latest(): Promise<LatestCheckpoint>;
}

const SIGNED: Array<keyof Checkpoint> = ['v', 'db', 'seq', 'hash', 'at', 'host', 'pid'];
/** Checkpoints are read from the end of the file: the newest are there, and the file grows for years. */
const TAIL_BYTES = 256 * 1024;

/** A short stable id of a database from its description (`sqlite:data/steppe.sqlite`, `mysql://host:3306/db`). */
export function databaseId(description: string): string {
  return crypto.createHash('sha256').update(description).digest('hex').slice(0, 16);
}

export function checkpointFile(dataDir: string, description: string): string {
  return path.join(dataDir, `audit-checkpoints-${databaseId(description)}.log`);
}

/** Parses a checkpoint from a line of the file or of a syslog export (the JSON starts at the first brace). */
function parseLine(line: string): Checkpoint | null {
  const at = line.indexOf('{');
  if (at < 0) return null;
  try {
    const v = JSON.parse(line.slice(at)) as Checkpoint;
    return v && v.v === 1 && typeof v.seq === 'number' && typeof v.hash === 'string' && typeof v.sig === 'string' ? v : null;
  } catch { return null; }
}

async function tailLines(file: string): Promise<string[]> {
  let handle: fs.promises.FileHandle;
  try { handle = await fs.promises.open(file, 'r'); } catch { return []; }
  try {
    const { size } = await handle.stat();
    const start = Math.max(0, size - TAIL_BYTES);
    const buf = Buffer.alloc(size - start);
    await handle.read(buf, 0, buf.length, start);
    const lines = buf.toString('utf8').split('\n');
    if (start > 0) lines.shift(); // cut in the middle
    return lines.filter((l) => l.trim() !== '');
  } finally {
    await handle.close();
  }
}

export interface CheckpointOptions {
  dataKey: Buffer;
  /** DATA_DIR. */
  dir: string;
  /** The database's description (its location, without credentials). */
  database: string;
  /** Read checkpoints from this file instead (a copy exported from syslog): `npm run audit:verify -- --checkpoints <file>`. */
  readFrom?: string;
  syslog?: SyslogSend;
  log?: Pick<Logger, 'warn' | 'error'>;
}

/**
 * The checkpoint store of one database. Several processes (replicas) may write to one file: each
 * checkpoint is one line appended with a single write on a file opened for appending, so lines
 * never interleave on a local file system, and the reader takes the line with the most entries,
 * whatever the order in which the replicas wrote.
 */
export function createCheckpointStore(opts: CheckpointOptions): CheckpointStore {
  const key = Buffer.from(crypto.hkdfSync('sha256', opts.dataKey, Buffer.alloc(0), 'steppe audit checkpoint', 32));
  const db = databaseId(opts.database);
  const file = checkpointFile(opts.dir, opts.database);
  const sign = (c: Omit<Checkpoint, 'sig'>) => crypto.createHmac('sha256', key).update(JSON.stringify(SIGNED.map((k) => c[k as keyof typeof c]))).digest('hex');
  const genuine = (c: Checkpoint) => c.db === db && c.sig.length === 64 && crypto.timingSafeEqual(Buffer.from(sign(c), 'hex'), Buffer.from(c.sig, 'hex'));

  return {
    file,
    async write(knex, unlessAt) {
      const head = await knex('audit_head').where({ id: 1 }).first('seq', 'hash');
      if (!head || Number(head.seq) === 0 || Number(head.seq) === unlessAt) return null;
      const body = { v: 1 as const, db, seq: Number(head.seq), hash: String(head.hash), at: new Date().toISOString(), host: os.hostname(), pid: process.pid };
      const checkpoint: Checkpoint = { ...body, sig: sign(body) };
      const line = JSON.stringify(checkpoint);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.appendFile(file, line + '\n', { mode: 0o600, flag: 'a' });
      if (opts.syslog) await opts.syslog(line).catch((err: Error) => opts.log?.warn({ err: err.message }, 'audit checkpoint not sent to syslog'));
      return checkpoint;
    },
    async latest() {
      const lines = await tailLines(opts.readFrom ?? file);
      let best: Checkpoint | null = null;
      let unsigned = 0;
      for (const line of lines) {
        const c = parseLine(line);
        if (!c) { unsigned++; continue; }
        if (c.db !== db) continue; // another database's checkpoint (a syslog export holds several)
        if (!genuine(c)) { unsigned++; continue; }
        if (!best || c.seq > best.seq) best = c;
      }
      const warnings = unsigned > 0 ? [`检查点文件中有 ${unsigned} 行无法通过签名校验（被篡改或伪造），已忽略`] : [];
      return { checkpoint: best, warnings };
    },
  };
}

/**
 * Writes a checkpoint now, then every `seconds` when the chain head moved, and a last one before
 * the server closes (a cut made while the server was down then shows against it).
 */
export async function scheduleCheckpoints(app: FastifyInstance, store: CheckpointStore, knex: Knex, seconds: number, log: Pick<Logger, 'error'>): Promise<void> {
  let last = -1;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      const c = await store.write(knex, last);
      if (c) last = c.seq;
    }).catch((err: Error) => log.error({ err }, 'audit checkpoint failed'));
    return running;
  };
  const timer = seconds > 0 ? setInterval(() => { void tick(); }, seconds * 1000) : null;
  timer?.unref();
  app.addHook('preClose', async () => {
    if (timer) clearInterval(timer);
    if (seconds > 0) await tick(); else await running;
  });
  if (seconds > 0) await tick();
}
