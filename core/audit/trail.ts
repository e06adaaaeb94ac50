// The audit trail: append-only entries, each hash-chained to the one before, and their verification.
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { RequestContext } from '../http/context.js';
import { maskText } from '../pii/mask.js';

export type AuditAction =
  | 'create' | 'update' | 'delete' | 'login' | 'login_failed' | 'logout' | 'password_change'
  | 'reveal' | 'denied' | 'publish' | 'retire' | 'transition' | 'import' | 'export' | 'evaluate'
  | 'risk' | (string & {});

export interface AuditInput {
  action: AuditAction;
  resource?: string | null;
  recordId?: string | number | null;
  /** Changed fields `{field: [before, after]}` or any detail; personal data must already be masked. */
  changes?: unknown;
  /** Overrides the actor (a failed login has no user in the context yet). */
  username?: string | null;
}

const GENESIS = '0'.repeat(64);

interface ChainedFields {
  seq: number; at: string; user_id: number | null; username: string | null; role: string | null;
  region_code: string | null; action: string; resource: string | null; record_id: string | null;
  changes: string | null; request_id: string | null; ip: string | null; prev_hash: string;
}

const HASHED_FIELDS: Array<keyof ChainedFields> = [
  'seq', 'at', 'user_id', 'username', 'role', 'region_code', 'action', 'resource', 'record_id', 'changes', 'request_id', 'ip', 'prev_hash',
];

/** Keyed (HMAC) so that someone with write access to the database cannot rebuild the chain. */
export function entryHash(key: Buffer, e: ChainedFields): string {
  const canonical = JSON.stringify(HASHED_FIELDS.map((k) => (e[k] === undefined ? null : e[k])));
  return crypto.createHmac('sha256', key).update(canonical).digest('hex');
}

export interface AuditTrail {
  /** Appends inside the caller's transaction, so the entry exists exactly when the write does. */
  append(trx: Knex.Transaction | Knex, ctx: RequestContext, input: AuditInput): Promise<void>;
  /** Appends in a transaction of its own (logins, refusals, reveals). */
  appendNow(knex: Knex, ctx: RequestContext, input: AuditInput): Promise<void>;
  verify(knex: Knex): Promise<VerifyReport>;
}

export function createAuditTrail(dataKey: Buffer): AuditTrail {
  const key = Buffer.from(crypto.hkdfSync('sha256', dataKey, Buffer.alloc(0), 'steppe audit chain', 32));
  return {
    append: (trx, ctx, input) => appendAudit(key, trx, ctx, input),
    appendNow: (knex, ctx, input) => knex.transaction((trx) => appendAudit(key, trx, ctx, input)),
    verify: (knex) => verifyAudit(key, knex),
  };
}

// The chain head row is locked (MySQL) or the write lock held (SQLite), so entries never fork.
async function appendAudit(key: Buffer, trx: Knex.Transaction | Knex, ctx: RequestContext, input: AuditInput): Promise<void> {
  const mysql = trx.client.config.client === 'mysql2';
  const headQuery = trx('audit_head').where({ id: 1 });
  const head = await (mysql ? headQuery.forUpdate() : headQuery).first();
  if (!head) throw new Error('audit_head is missing: run the migrations');
  const changes = input.changes === undefined || input.changes === null ? null : maskText(JSON.stringify(input.changes));
  const entry: ChainedFields = {
    seq: Number(head.seq) + 1,
    at: new Date().toISOString(),
    user_id: ctx.user?.id ?? null,
    username: input.username ?? ctx.user?.username ?? (ctx.user ? null : 'system'),
    role: ctx.user?.role ?? null,
    region_code: ctx.user?.region_code ?? null,
    action: input.action,
    resource: input.resource ?? null,
    record_id: input.recordId === undefined || input.recordId === null ? null : String(input.recordId),
    changes,
    request_id: ctx.requestId,
    ip: ctx.ip,
    prev_hash: head.hash,
  };
  const hash = entryHash(key, entry);
  await trx('audit_log').insert({ ...entry, hash });
  await trx('audit_head').where({ id: 1 }).update({ seq: entry.seq, hash });
}

export interface VerifyReport {
  ok: boolean;
  entries: number;
  /** The first entry that does not fit the chain, and why. */
  problem?: { seq: number; id: number | null; kind: 'edited' | 'deleted' | 'inserted' | 'truncated'; message: string };
}

// Walks the whole chain; reports the first edited, inserted or deleted entry.
async function verifyAudit(key: Buffer, knex: Knex, batchSize = 5000): Promise<VerifyReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS;
  let count = 0;
  let lastId = 0;
  for (;;) {
    const rows = await knex('audit_log').where('id', '>', lastId).orderBy('id').limit(batchSize);
    for (const row of rows) {
      count++;
      lastId = row.id;
      const seq = Number(row.seq);
      const fields = { ...row, seq, user_id: row.user_id === null ? null : Number(row.user_id) } as ChainedFields;
      if (seq > expectedSeq) {
        return { ok: false, entries: count, problem: { seq: expectedSeq, id: null, kind: 'deleted', message: `第 ${expectedSeq} 条审计记录缺失（被删除）` } };
      }
      if (seq < expectedSeq || row.prev_hash !== prevHash) {
        return { ok: false, entries: count, problem: { seq, id: row.id, kind: 'inserted', message: `第 ${seq} 条审计记录与前一条的链接不符（被插入或改动了顺序）` } };
      }
      if (entryHash(key, fields) !== row.hash) {
        return { ok: false, entries: count, problem: { seq, id: row.id, kind: 'edited', message: `第 ${seq} 条审计记录的内容被修改` } };
      }
      prevHash = row.hash;
      expectedSeq = seq + 1;
    }
    if (rows.length < batchSize) break;
  }
  const head = await knex('audit_head').where({ id: 1 }).first();
  if (head && (Number(head.seq) !== expectedSeq - 1 || head.hash !== prevHash)) {
    return { ok: false, entries: count, problem: { seq: expectedSeq, id: null, kind: 'truncated', message: `最新的审计记录（第 ${expectedSeq} 至 ${head.seq} 条）被删除` } };
  }
  return { ok: true, entries: count };
}
