// The audit trail: append-only entries, each hash-chained to the one before, and their verification.
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { RequestContext } from '../http/context.js';
import { maskText } from '../pii/mask.js';
import { verifyAudit, type VerifyReport } from './verify.js';
import { entryHash, type ChainedFields } from './chain.js';
import type { CheckpointStore, Checkpoint } from './checkpoint.js';
import { transact } from '../db/transact.js';

export type { VerifyReport } from './verify.js';

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

export interface AuditTrail {
  /** Appends inside the caller's transaction, so the entry exists exactly when the write does. */
  append(trx: Knex.Transaction | Knex, ctx: RequestContext, input: AuditInput): Promise<void>;
  /** Appends in a transaction of its own (logins, refusals, reveals). */
  appendNow(knex: Knex, ctx: RequestContext, input: AuditInput): Promise<void>;
  /** Walks the chain, and compares its end with the latest signed checkpoint outside the database. */
  verify(knex: Knex): Promise<VerifyReport>;
  /** Signs the current head of the chain and appends it to the checkpoint file (and syslog); null when there is no store. */
  checkpoint(knex: Knex): Promise<Checkpoint | null>;
}

export function createAuditTrail(dataKey: Buffer, checkpoints?: CheckpointStore): AuditTrail {
  const key = Buffer.from(crypto.hkdfSync('sha256', dataKey, Buffer.alloc(0), 'steppe audit chain', 32));
  return {
    append: (trx, ctx, input) => appendAudit(key, trx, ctx, input),
    appendNow: (knex, ctx, input) => transact(knex, (trx) => appendAudit(key, trx, ctx, input)),
    verify: async (knex) => verifyAudit(key, knex, checkpoints ? await checkpoints.latest() : undefined),
    checkpoint: async (knex) => (checkpoints ? checkpoints.write(knex) : null),
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

