// The contract of a background job: its definition (kind, how it starts, how it runs) and what a running job may do.
import { ENUMS } from '../schemas/enums.js';
import type { TObject } from '@sinclair/typebox';
import type { Knex } from 'knex';
import type { Readable } from 'node:stream';
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';

export const JOB_STATUSES = ENUMS.job_status;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const FINISHED: ReadonlySet<JobStatus> = new Set(['done', 'failed', 'cancelled']);

/** A row of the `jobs` table, JSON columns parsed. */
export interface JobRow {
  id: number;
  kind: string;
  title: string;
  params: Record<string, unknown>;
  region_code: string | null;
  status: JobStatus;
  total: number | null;
  processed: number;
  succeeded: number;
  failed: number;
  message: string | null;
  result: Record<string, unknown> | null;
  attempts: number;
  max_attempts: number;
  cancel_requested: boolean;
  lease_owner: string | null;
  lease_expires_at: number | null;
  run_after: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

/** A failed row of a job: its sheet row number, the field and the Chinese reason, the original cells masked. */
export interface RowError {
  row: number | null;
  field: string | null;
  message: string;
  cells?: Record<string, string>;
}

/** What one batch did; written with the batch's own rows in one transaction. */
export interface BatchOutcome {
  processed: number;
  succeeded: number;
  failed: number;
  firstRow?: number;
  lastRow?: number;
  /** [sheet row, record id] of every row written. */
  written?: Array<[number, number | string]>;
  errors?: RowError[];
}

/** What a finished job leaves: a summary in Chinese and any JSON result (stored in jobs.result). */
export interface JobOutcome {
  message?: string;
  result?: Record<string, unknown>;
}

/** What a running job may do. Everything it commits goes through `batch` (or `progress`), fenced by its lease. */
export interface JobContext<P = Record<string, unknown>> {
  job: JobRow;
  params: P;
  services: Services;
  /** The person who started the job (their role and scope apply), or the system. */
  ctx: RequestContext;
  /** Aborted when the job is cancelled or its lease was taken over: stop at the next safe point. */
  signal: AbortSignal;
  /** Batch numbers a previous attempt already committed: skip them on resume. */
  committedBatches(): Promise<Set<number>>;
  /**
   * Runs `fn` in one transaction with the batch's counters and its key (job id + batch number): the rows and
   * the counters commit together or not at all, and a batch is never written twice. Returns false when the
   * batch was already committed. Throws JobCancelled / LeaseLost between batches.
   */
  batch(no: number, fn: (trx: Knex.Transaction) => Promise<BatchOutcome>): Promise<boolean>;
  /** Sets the number of rows (or steps) expected, for the progress bar. */
  setTotal(total: number): Promise<void>;
  /** Moves the counters of a job that does not write in batches (a scan, a dry-run, an export). */
  progress(counts: { processed: number; succeeded?: number; failed?: number }): Promise<void>;
  /** Throws JobCancelled or LeaseLost when the job must stop. */
  checkpoint(): Promise<void>;
  /** Stores a file of the job (its result, or an input it was given), chunked in the database. */
  writeFile(name: string, content: Readable): Promise<number>;
  readFile(name: string): Readable;
  /** Merges into jobs.result now (e.g. warnings about the file), visible while the job runs. */
  note(result: Record<string, unknown>): Promise<void>;
}

/**
 * A kind of job. Register it with the runner; start it with `runner.submit` (from its own route) or, when it has
 * `start`, through `POST /api/jobs {kind, params}`.
 *
 * @example
 * const hello: JobDefinition<{ n: number }> = {
 *   kind: 'hello', label: '示例任务',
 *   async run(job) {
 *     await job.setTotal(job.params.n);
 *     for (let i = 0; i < job.params.n; i++) await job.progress({ processed: i + 1 });
 *     return { message: '完成' };
 *   },
 * };
 */
// The default P is unknown: the registry holds definitions of every P (their methods' parameters are bivariant, so a
// JobDefinition<{ n: number }> is one); each P is checked against start.params (TypeBox) before run sees it.
export interface JobDefinition<P = unknown> {
  kind: string;
  /** Chinese name shown in the console (后台任务). */
  label: string;
  /** Retries after an unexpected error or a crash (default JOBS_MAX_ATTEMPTS). */
  maxAttempts?: number;
  /** When set, POST /api/jobs may start it: checks the parameters and the caller, and names the job. */
  start?: {
    params: TObject;
    prepare(services: Services, ctx: RequestContext, params: P): Promise<{ title: string; regionCode?: string | null }>;
  };
  run(job: JobContext<P>): Promise<JobOutcome | void>;
}

export class JobCancelled extends Error {
  constructor() { super('job cancelled'); }
}

/** The lease was taken over (this process stalled past it): another replica runs the job now. */
export class LeaseLost extends Error {
  constructor() { super('job lease lost'); }
}
