// The JobContext a running job receives: batches fenced by the lease, counters, cancellation, files.
import type { Knex } from 'knex';
import type { Readable } from 'node:stream';
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';
import { readJobFile, writeJobFile } from './files.js';
import { JobCancelled, LeaseLost, type BatchOutcome, type JobContext, type JobRow } from './types.js';
import { isDuplicateKey, transact } from '../db/transact.js';

const iso = () => new Date().toISOString();

/** The fencing update matched nothing: the job was cancelled or its lease taken over (checkpoint says which). */
class Fenced extends Error {
  constructor() { super('job fenced'); }
}

export interface Lease {
  owner: string;
  leaseMs: number;
  signal: AbortSignal;
}

export function createJobContext(services: Services, job: JobRow, ctx: RequestContext, lease: Lease): JobContext {
  const knex = services.db.knex;
  const { owner, leaseMs, signal } = lease;

  const checkpoint = async () => {
    if (signal.aborted) throw signal.reason;
    const row = await knex('jobs').where({ id: job.id }).first('cancel_requested', 'lease_owner', 'status');
    if (!row || row.lease_owner !== owner || row.status !== 'running') throw new LeaseLost();
    if (row.cancel_requested) throw new JobCancelled();
  };

  /** The fencing write: succeeds only while this process holds the lease, inside the caller's transaction. */
  const fence = async (trx: Knex | Knex.Transaction, patch: Record<string, unknown>) => {
    const n = await trx('jobs').where({ id: job.id, lease_owner: owner, status: 'running' }).update({ ...patch, lease_expires_at: Date.now() + leaseMs, updated_at: iso() });
    if (n !== 1) throw new LeaseLost();
  };

  return {
    job, params: job.params, services, ctx, signal,
    checkpoint,

    async committedBatches() {
      const rows = await knex('job_batches').where({ job_id: job.id }).select('batch_no');
      return new Set(rows.map((r) => Number(r.batch_no)));
    },

    async batch(no: number, fn: (trx: Knex.Transaction) => Promise<BatchOutcome>) {
      if (signal.aborted) throw signal.reason;
      try {
        // One retryable unit (transact): a certification conflict or a lost node runs it again whole; a batch whose
        // commit took but whose answer was lost meets its own key (or receipt) and is not written twice.
        const counted = await transact(knex, async (trx) => {
          // The batch's key first: a batch another attempt committed meets it here (duplicate key) before any work.
          await trx('job_batches').insert({ job_id: job.id, batch_no: no, succeeded: 0, failed: 0, lease_owner: owner, committed_at: iso() });
          const out = await fn(trx);
          await trx('job_batches').where({ job_id: job.id, batch_no: no }).update({
            first_row: out.firstRow ?? null, last_row: out.lastRow ?? null, succeeded: out.succeeded, failed: out.failed,
            written: out.written ? JSON.stringify(out.written) : null,
          });
          const errors = out.errors ?? [];
          for (let i = 0; i < errors.length; i += 200) {
            await trx('job_errors').insert(errors.slice(i, i + 200).map((e) => ({
              job_id: job.id, batch_no: no, row: e.row, field: e.field?.slice(0, 64) ?? null, message: e.message, cells: e.cells ? JSON.stringify(e.cells) : null,
            })));
          }
          // The fence: only while this process holds the lease and nobody asked to cancel; else everything rolls back.
          const n = await trx('jobs').where({ id: job.id, lease_owner: owner, status: 'running', cancel_requested: false }).update({
            processed: trx.raw('processed + ?', [out.processed]), succeeded: trx.raw('succeeded + ?', [out.succeeded]), failed: trx.raw('failed + ?', [out.failed]),
            lease_expires_at: Date.now() + leaseMs, updated_at: iso(),
          });
          if (n !== 1) throw new Fenced();
          return { processed: out.processed, succeeded: out.succeeded, failed: out.failed };
        });
        // Counted once committed: a unit that ran again must not count twice.
        job.processed += counted.processed;
        job.succeeded += counted.succeeded;
        job.failed += counted.failed;
        return true;
      } catch (err) {
        // Refused at the fence: cancelled (nothing of this batch written) or taken over.
        if (err instanceof Fenced) await checkpoint();
        // Another attempt committed this batch: it is written once, by them.
        if (isDuplicateKey(err)) {
          const done = await knex('job_batches').where({ job_id: job.id, batch_no: no }).first('batch_no');
          if (done) return false;
        }
        throw err;
      }
    },

    async setTotal(total: number) {
      await fence(knex, { total });
      job.total = total;
    },

    async progress({ processed, succeeded = processed, failed = 0 }) {
      if (signal.aborted) throw signal.reason;
      await fence(knex, { processed, succeeded, failed });
      Object.assign(job, { processed, succeeded, failed });
    },

    async writeFile(name: string, content: Readable) {
      return writeJobFile(knex, job.id, name, content);
    },

    readFile(name: string) {
      return readJobFile(knex, job.id, name);
    },

    async note(result: Record<string, unknown>) {
      job.result = { ...(job.result ?? {}), ...result };
      await fence(knex, { result: JSON.stringify(job.result) });
    },
  };
}
