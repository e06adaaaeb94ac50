// transact(): the one way a write that matters runs. The unit is the whole transaction: on a deadlock, a Galera
// certification conflict, a lock wait timeout or a lost node it is rolled back and run again from the start, with
// bounded exponential back-off. It never applies twice: on MySQL every unit writes a receipt inside itself, so when
// the answer to COMMIT is lost the receipt says whether it committed; a client's Idempotency-Key names the unit, so
// the client's own retry is answered with the first result.
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { ApiError } from '../http/errors.js';
import type { HostFailover } from './failover.js';
import { backoffMs, retryKind, sleep, type RetryKind } from './retryable.js';

export interface TransactOptions {
  /**
   * Names the unit across client retries: the client's Idempotency-Key with what it applies to
   * (`${userId}:${key}:approve:${claimId}`). A unit already committed under it is not run again: its stored result
   * is returned (and `onReplay` called).
   */
  receipt?: string;
  onReplay?: () => void;
  /** How many times the unit runs at most (default 12). */
  attempts?: number;
}

/** What the retries did since the process started, for the health answer and the cluster test's summary. */
export const transactStats = { units: 0, retriedConflicts: 0, retriedNodeErrors: 0, ambiguousCommits: 0, replays: 0, exhausted: 0 };

const failovers = new WeakMap<object, HostFailover>();

/** Called by openDatabase: transact() tells the failover when a node looks lost. */
export function registerFailover(knex: Knex, failover: HostFailover): void {
  failovers.set(knex.client, failover);
}

class ReceiptTaken extends Error {}

const isMysql = (knex: Knex) => knex.client.config.client === 'mysql2';
const receiptId = (key: string) => crypto.createHash('sha256').update(key).digest('hex');

/** A unique-key violation, on MySQL or SQLite. */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: string; errno?: number } | undefined;
  return e?.code === 'ER_DUP_ENTRY' || e?.errno === 1062 || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** The stored result of a committed unit, or undefined. Read on a fresh connection, retried while nodes come and go. */
async function readReceipt(knex: Knex, id: string): Promise<{ result: unknown } | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await knex('tx_receipts').where({ id }).first('result');
      return row ? { result: row.result === null ? null : JSON.parse(row.result) } : undefined;
    } catch (err) {
      if (!retryKind(err) || attempt >= 8) throw err;
      failovers.get(knex.client)?.suspect();
      await sleep(backoffMs(attempt, 50, 1000));
    }
  }
}

function exhausted(kind: RetryKind, err: unknown): ApiError {
  transactStats.exhausted++;
  const e = new ApiError(503, kind === 'node'
    ? '数据库节点暂时不可用，本次操作未生效，请稍后重试'
    : '同一数据正被其他操作同时修改，多次重试仍未成功，本次操作未生效，请稍后重试', undefined, undefined, kind === 'node' ? 'database_unavailable' : 'write_conflict');
  (e as ApiError & { cause?: unknown }).cause = err;
  return e;
}

/**
 * Runs `fn` in a transaction, retried whole on conflicts and lost nodes, applied at most once. `fn` must only
 * touch the database through `trx` (it may run several times), and return JSON (a replay returns the stored copy).
 *
 * @example
 * const claim = await transact(knex, async (trx) => {
 *   await trx('budgets').where({ id }).whereRaw('amount_fen - reserved_fen >= ?', [fen]).update({ … });
 *   return trx('claims').where({ id: claimId }).first();
 * }, { receipt: `${user.id}:${idempotencyKey}:approve:${claimId}` });
 */
export async function transact<T>(knex: Knex, fn: (trx: Knex.Transaction) => Promise<T>, opts: TransactOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 12;
  const explicit = opts.receipt ? receiptId(opts.receipt) : null;
  // On MySQL every unit keeps a receipt: only there can a commit's answer be lost with the commit done.
  const unit = explicit ?? (isMysql(knex) ? receiptId(crypto.randomUUID()) : null);
  const replay = (stored: { result: unknown }): T => {
    transactStats.replays++;
    opts.onReplay?.();
    return stored.result as T;
  };
  transactStats.units++;
  if (explicit) {
    const stored = await readReceipt(knex, explicit);
    if (stored) return replay(stored);
  }
  for (let attempt = 0; ; attempt++) {
    let committing = false;
    try {
      return await knex.transaction(async (trx) => {
        const result = await fn(trx);
        if (unit) {
          try {
            await trx('tx_receipts').insert({ id: unit, result: result === undefined ? null : JSON.stringify(result), created_at: new Date().toISOString() });
          } catch (err) {
            if (isDuplicateKey(err)) throw new ReceiptTaken();
            throw err;
          }
        }
        committing = true;
        return result;
      });
    } catch (err) {
      // The same request ran at the same time and committed first: answer as it did.
      if (err instanceof ReceiptTaken && unit) {
        const stored = await readReceipt(knex, unit);
        if (stored) return replay(stored);
        continue;
      }
      const kind = retryKind(err);
      if (!kind) {
        // A refusal (409: already approved) may be the visible trace of the same request committed a moment ago.
        if (explicit && err instanceof ApiError) {
          const stored = await readReceipt(knex, explicit);
          if (stored) return replay(stored);
        }
        throw err;
      }
      if (kind === 'node') failovers.get(knex.client)?.suspect();
      if (committing && kind === 'node' && unit) {
        // COMMIT was sent and its answer lost: the receipt, read through another connection, says whether it took.
        transactStats.ambiguousCommits++;
        await sleep(100);
        const stored = await readReceipt(knex, unit);
        if (stored) return replay(stored);
      }
      if (attempt + 1 >= attempts) throw exhausted(kind, err);
      if (kind === 'conflict') transactStats.retriedConflicts++;
      else transactStats.retriedNodeErrors++;
      await sleep(backoffMs(attempt, kind === 'node' ? 100 : 15, kind === 'node' ? 2000 : 1500));
    }
  }
}

/** Deletes receipts older than `hours` (a client retries within minutes; a day is ample). */
export async function pruneReceipts(knex: Knex, hours = 24): Promise<number> {
  const before = new Date(Date.now() - hours * 3600_000).toISOString();
  return knex('tx_receipts').where('created_at', '<', before).delete();
}
