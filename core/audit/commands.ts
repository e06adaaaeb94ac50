// The audit commands run outside the server: verify the chain against the latest checkpoint, and write a checkpoint now.
import type { Env } from '../env/env.js';
import { openDatabase } from '../db/connection.js';
import { loadDataKey } from '../pii/key.js';
import { createAuditTrail } from './trail.js';
import { createCheckpointStore } from './checkpoint.js';
import { syslogSender } from './syslog.js';

export interface CommandResult {
  code: number;
  lines: string[];
}

function open(env: Env, readFrom?: string) {
  const db = openDatabase(env.DATABASE_URL);
  const dataKey = loadDataKey(env.STEPPE_DATA_KEY, env.DATA_DIR, { warn: () => undefined });
  const store = createCheckpointStore({ dataKey, dir: env.DATA_DIR, database: db.description, readFrom, syslog: env.AUDIT_SYSLOG ? syslogSender(env.AUDIT_SYSLOG) : undefined });
  return { db, store, trail: createAuditTrail(dataKey, store) };
}

/** `npm run audit:verify [-- --checkpoints <file>]`: exit 0 when intact, 1 naming the first problem (a cut tail with its missing range). */
export async function auditVerify(env: Env, opts: { checkpoints?: string } = {}): Promise<CommandResult> {
  const { db, store, trail } = open(env, opts.checkpoints);
  try {
    const report = await trail.verify(db.knex);
    const lines = report.warnings.map((w) => `Warning: ${w}`);
    const against = report.checkpoint ? `, checked against the checkpoint of ${report.checkpoint.at} (${report.checkpoint.seq} entries) in ${opts.checkpoints ?? store.file}` : ', no checkpoint to check its end against';
    if (report.ok) return { code: 0, lines: [...lines, `Audit trail intact: ${report.entries} entries${against}.`] };
    const p = report.problem!;
    const range = p.missing ? ` Missing entries ${p.missing.from} to ${p.missing.to}.` : '';
    return { code: 1, lines: [...lines, `Audit trail BROKEN at entry ${p.seq} (${p.kind}): ${p.message}${range}`] };
  } finally {
    await db.knex.destroy();
  }
}

/** `npm run audit:checkpoint`: signs the chain head now (for cron on a host where the server is not running). */
export async function auditCheckpoint(env: Env): Promise<CommandResult> {
  const { db, store, trail } = open(env);
  try {
    const c = await trail.checkpoint(db.knex);
    return c ? { code: 0, lines: [`Checkpoint written to ${store.file}: ${c.seq} entries, head ${c.hash.slice(0, 16)}…`] } : { code: 0, lines: ['The audit trail is empty: nothing to sign yet.'] };
  } finally {
    await db.knex.destroy();
  }
}
