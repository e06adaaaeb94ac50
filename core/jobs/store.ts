// The jobs table: create, read, claim and renew a lease, finish, request a cancel. Every state change is one conditional UPDATE.
import type { Knex } from 'knex';
import type { JobRow, JobStatus } from './types.js';
import { transact } from '../db/transact.js';

const iso = () => new Date().toISOString();
const json = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' ? JSON.parse(v) : v);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

type Num = number | string;
/** A `jobs` row as the driver reads it: JSON columns as text (or parsed), numbers possibly as numeric strings, flags as 0/1. */
export interface StoredJob {
  id: Num; kind: string; title: string; params: unknown; region_code?: string | null; status: JobRow['status'];
  total?: Num | null; processed: Num; succeeded: Num; failed: Num; message?: string | null; result?: unknown;
  attempts: Num; max_attempts: Num; cancel_requested: unknown; lease_owner?: string | null; lease_expires_at?: Num | null;
  run_after?: Num | null; created_by?: Num | null; created_at: string; updated_at: string; started_at?: string | null; finished_at?: string | null;
}

export function jobFromRow(r: StoredJob): JobRow {
  return {
    id: Number(r.id), kind: r.kind, title: r.title, params: json(r.params) ?? {}, region_code: r.region_code ?? null, status: r.status,
    total: num(r.total), processed: Number(r.processed), succeeded: Number(r.succeeded), failed: Number(r.failed),
    message: r.message ?? null, result: json(r.result), attempts: Number(r.attempts), max_attempts: Number(r.max_attempts),
    cancel_requested: Boolean(r.cancel_requested), lease_owner: r.lease_owner ?? null, lease_expires_at: num(r.lease_expires_at),
    run_after: num(r.run_after), created_by: num(r.created_by), created_at: r.created_at, updated_at: r.updated_at,
    started_at: r.started_at ?? null, finished_at: r.finished_at ?? null,
  };
}

export interface NewJob {
  kind: string;
  title: string;
  params: Record<string, unknown>;
  regionCode?: string | null;
  createdBy: number | null;
  maxAttempts: number;
  /** Not due until releaseJob(): its input file is still being stored. */
  held?: boolean;
}

/**
 * run_after of a job held back while its uploaded file is stored: no runner or sweep takes it (they take a queued job
 * once run_after is past), so it never reads half a file. A process that dies mid-upload leaves it queued and never
 * started, where a clerk can cancel it; nothing of it is imported.
 */
export const HELD = Number.MAX_SAFE_INTEGER;

export async function insertJob(knex: Knex | Knex.Transaction, job: NewJob): Promise<number> {
  const now = iso();
  const [id] = await knex('jobs').insert({
    kind: job.kind, title: job.title.slice(0, 255), params: JSON.stringify(job.params), region_code: job.regionCode ?? null, status: 'queued',
    max_attempts: job.maxAttempts, created_by: job.createdBy, created_at: now, updated_at: now, run_after: job.held ? HELD : null,
  });
  return Number(typeof id === 'object' && id !== null ? (id as { id: number }).id : id);
}

/** Makes a held job due now (its file is stored). */
export async function releaseJob(knex: Knex, id: number): Promise<void> {
  await knex('jobs').where({ id, run_after: HELD }).update({ run_after: null, updated_at: iso() });
}

export async function loadJob(knex: Knex | Knex.Transaction, id: number): Promise<JobRow | null> {
  const row = await knex('jobs').where({ id }).first();
  return row ? jobFromRow(row) : null;
}

/**
 * Takes the job for `owner` when it is queued and due, or running under a lapsed lease (its owner died).
 * One conditional UPDATE: of two replicas trying at once, exactly one gets it.
 */
export async function claimJob(knex: Knex, id: number, owner: string, leaseMs: number): Promise<JobRow | null> {
  const now = Date.now();
  const n = await knex('jobs').where({ id })
    .where((w) => w
      .where((q) => q.where('status', 'queued').where((r) => r.whereNull('run_after').orWhere('run_after', '<=', now)))
      .orWhere((q) => q.where('status', 'running').where('lease_expires_at', '<', now)))
    .update({
      status: 'running', lease_owner: owner, lease_expires_at: now + leaseMs, run_after: null,
      attempts: knex.raw('attempts + 1'), started_at: knex.raw('COALESCE(started_at, ?)', [iso()]), updated_at: iso(),
    });
  return n === 1 ? loadJob(knex, id) : null;
}

/** Extends the lease while the owner still holds it; false when it was lost (taken over, or the job ended). */
export async function renewLease(knex: Knex | Knex.Transaction, id: number, owner: string, leaseMs: number): Promise<boolean> {
  const n = await knex('jobs').where({ id, lease_owner: owner, status: 'running' }).update({ lease_expires_at: Date.now() + leaseMs });
  return n === 1;
}

/** Ends the job held by `owner` (done, failed, cancelled) or puts it back in the queue for a retry. */
export async function settleJob(knex: Knex, id: number, owner: string, status: JobStatus, patch: { message?: string | null; result?: unknown; runAfter?: number }): Promise<boolean> {
  const finished = status === 'done' || status === 'failed' || status === 'cancelled';
  const row: Record<string, unknown> = {
    status, lease_owner: null, lease_expires_at: null, updated_at: iso(),
    run_after: patch.runAfter ?? null, finished_at: finished ? iso() : null,
  };
  if (patch.message !== undefined) row.message = patch.message;
  if (patch.result !== undefined) row.result = JSON.stringify(patch.result);
  const n = await knex('jobs').where({ id, lease_owner: owner, status: 'running' }).update(row);
  return n === 1;
}

/** Jobs some replica should run now: queued and due, or running under a lapsed lease. */
export async function dueJobs(knex: Knex, limit = 50): Promise<number[]> {
  const now = Date.now();
  const rows = await knex('jobs')
    .where((w) => w
      .where((q) => q.where('status', 'queued').where((r) => r.whereNull('run_after').orWhere('run_after', '<=', now)))
      .orWhere((q) => q.where('status', 'running').where('lease_expires_at', '<', now)))
    .orderBy('id').limit(limit).select('id');
  return rows.map((r) => Number(r.id));
}

/** A queued job is cancelled at once; a running one is flagged and stops at its next batch. */
export async function requestCancel(knex: Knex, id: number, message: string): Promise<'cancelled' | 'requested' | 'finished'> {
  // In transact(): on MySQL these updates can deadlock with a runner taking or renewing the job's lease; retried whole.
  return transact(knex, async (trx) => {
    const now = iso();
    if (await trx('jobs').where({ id, status: 'queued' }).update({ status: 'cancelled', cancel_requested: true, message, finished_at: now, updated_at: now, run_after: null }) === 1) return 'cancelled';
    if (await trx('jobs').where({ id, status: 'running' }).update({ cancel_requested: true, updated_at: now }) === 1) return 'requested';
    return 'finished';
  });
}

/** A failed or cancelled job back in the queue, with a fresh allowance of attempts; committed batches stay committed. */
export async function requeueJob(knex: Knex, id: number): Promise<boolean> {
  // In transact() for the same reason as requestCancel: a deadlock with the runner is retried, not a 500.
  const n = await transact(knex, (trx) => trx('jobs').where({ id }).whereIn('status', ['failed', 'cancelled'])
    .update({ status: 'queued', attempts: 0, cancel_requested: false, message: null, finished_at: null, run_after: null, updated_at: iso() }));
  return n === 1;
}
