// The job runner: submits jobs, runs those this replica wins the lease of, renews the lease, retries, recovers jobs whose owner died.
import crypto from 'node:crypto';
import os from 'node:os';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { ApiError, badRequest } from '../http/errors.js';
import { accountMessage } from './account.js';
import { jobActor } from './actor.js';
import { createJobContext } from './context.js';
import type { JobQueue } from './queue.js';
import { claimJob, dueJobs, insertJob, loadJob, releaseJob, renewLease, settleJob } from './store.js';
import { JobCancelled, LeaseLost, type JobDefinition, type JobRow } from './types.js';

export interface RunnerOptions {
  /** How long a lease lasts without renewal; a replica that dies loses its jobs after this. */
  leaseMs: number;
  /** Jobs run at once by this replica; 0 only submits (another replica runs them). */
  concurrency: number;
  maxAttempts: number;
}

/** The back-off before retry n (1-based): 2 s, 4 s, 8 s … at most a minute. */
export const retryDelayMs = (attempt: number) => Math.min(60_000, 1000 * 2 ** attempt);

class Shutdown extends Error {
  constructor() { super('replica shutting down'); }
}

export class JobRunner {
  /** This process's name in jobs.lease_owner. */
  readonly owner = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;
  private readonly defs = new Map<string, JobDefinition>();
  private readonly running = new Map<number, AbortController>();
  private sweeper: NodeJS.Timeout | null = null;
  private closed = false;

  /** The runner itself needs the database, the log and the audit trail; the jobs it runs get the app's services at `start`. */
  constructor(private readonly services: Pick<Services, 'db' | 'log' | 'audit'>, readonly queue: JobQueue, readonly options: RunnerOptions) {}

  register(def: JobDefinition): void {
    if (this.defs.has(def.kind)) throw new Error(`job kind ${def.kind} registered twice`);
    this.defs.set(def.kind, def);
  }

  definition(kind: string): JobDefinition | undefined {
    return this.defs.get(kind);
  }

  definitions(): JobDefinition[] {
    return [...this.defs.values()];
  }

  /**
   * Starts taking jobs and sweeping for due or orphaned ones (at once, then every half lease). `app` is what a job's
   * code receives as `ctx.services`: every service, the runner among them, so it is given once they all exist.
   */
  async start(app: Services): Promise<void> {
    await this.queue.start((id) => this.execute(id, app), this.options.concurrency);
    if (this.options.concurrency <= 0) return;
    await this.sweep();
    this.sweeper = setInterval(() => { void this.sweep(); }, Math.max(500, this.options.leaseMs / 2));
    this.sweeper.unref();
  }

  /** Queued jobs that are due, and running jobs whose owner stopped renewing: into the queue. */
  async sweep(): Promise<void> {
    if (this.closed) return;
    try {
      for (const id of await dueJobs(this.services.db.knex)) {
        if (this.running.has(id)) continue;
        const job = await loadJob(this.services.db.knex, id);
        if (job) await this.queue.enqueue(id, job.attempts);
      }
    } catch (err) {
      this.services.log.warn({ err }, 'job sweep failed');
    }
  }

  /** Records a job of `kind` for the caller and queues it; returns its id at once. */
  async submit(ctx: RequestContext, kind: string, params: Record<string, unknown>, meta: { title: string; regionCode?: string | null }, prepare?: (id: number) => Promise<void>): Promise<number> {
    const def = this.defs.get(kind);
    if (!def) throw badRequest(`未知的任务类型「${kind}」`, 'kind');
    const { knex } = this.services.db;
    const id = await insertJob(knex, { kind, title: meta.title, params, regionCode: meta.regionCode, createdBy: ctx.user?.id ?? null, maxAttempts: def.maxAttempts ?? this.options.maxAttempts, held: !!prepare });
    try {
      // An uploaded file is stored before the job can start: until then it is held (see HELD).
      if (prepare) {
        await prepare(id);
        await releaseJob(knex, id);
      }
    } catch (err) {
      await knex('jobs').where({ id }).delete();
      throw err;
    }
    await this.services.audit.appendNow(knex, ctx, { action: 'create', resource: 'jobs', recordId: id, changes: { kind, title: meta.title, params } });
    await this.queue.enqueue(id, 0).catch((err) => this.services.log.warn({ err, job: id }, 'job queued in the database only (queue unavailable); the sweep will start it'));
    return id;
  }

  /** Runs job `id` if this replica wins its lease; settles it (done, cancelled, retry, failed) when it ends. */
  async execute(id: number, app: Services): Promise<void> {
    if (this.closed || this.running.has(id)) return;
    const { knex } = this.services.db;
    const { leaseMs } = this.options;
    const job = await claimJob(knex, id, this.owner, leaseMs);
    if (!job) return;
    const controller = new AbortController();
    this.running.set(id, controller);
    const heartbeat = setInterval(() => {
      renewLease(knex, id, this.owner, leaseMs)
        .then((held) => { if (!held) controller.abort(new LeaseLost()); })
        .catch((err) => this.services.log.warn({ err, job: id }, 'job lease renewal failed'));
    }, Math.max(200, leaseMs / 3));
    heartbeat.unref();
    try {
      await this.run(job, controller.signal, app);
    } finally {
      clearInterval(heartbeat);
      this.running.delete(id);
    }
  }

  private async run(job: JobRow, signal: AbortSignal, app: Services): Promise<void> {
    const { knex } = this.services.db;
    const def = this.defs.get(job.kind);
    const settle = async (status: JobRow['status'], why: string | null, extra: { result?: unknown; runAfter?: number } = {}) => {
      const fresh = (await loadJob(knex, job.id)) ?? job;
      const message = why === null ? null : status === 'done' || status === 'queued' ? why : await accountMessage(knex, fresh, why);
      const ok = await settleJob(knex, job.id, this.owner, status, { message, ...extra });
      if (ok && status !== 'queued') {
        await this.services.audit.appendNow(knex, { user: null, requestId: `job-${job.id}`, ip: null }, {
          action: 'transition', resource: 'jobs', recordId: job.id,
          changes: { status, processed: fresh.processed, succeeded: fresh.succeeded, failed: fresh.failed, message },
        }).catch((err) => this.services.log.warn({ err, job: job.id }, 'job audit failed'));
      }
    };
    if (!def) return void (await settle('failed', `本服务不认识任务类型「${job.kind}」`));
    // A crash (or a takeover) counts as an attempt: a job that keeps killing its worker ends failed.
    if (job.attempts > job.max_attempts) return void (await settle('failed', `已尝试 ${job.max_attempts} 次仍未完成，任务终止`));
    try {
      const ctx = await jobActor(knex, job);
      const outcome = await def.run(createJobContext(app, job, ctx, { owner: this.owner, leaseMs: this.options.leaseMs, signal }));
      await settle('done', outcome?.message ?? '已完成', { result: { ...(job.result ?? {}), ...(outcome?.result ?? {}) } });
    } catch (err) {
      if (err instanceof LeaseLost) {
        this.services.log.warn({ job: job.id }, 'job lease lost: another replica took the job over');
      } else if (err instanceof Shutdown) {
        // Not the job's fault: back in the queue without spending an attempt; this or another replica resumes it.
        await knex('jobs').where({ id: job.id, lease_owner: this.owner }).update({ status: 'queued', lease_owner: null, lease_expires_at: null, attempts: knex.raw('attempts - 1') });
      } else if (err instanceof JobCancelled) {
        await settle('cancelled', '已取消');
      } else if (err instanceof ApiError) {
        await settle('failed', err.message);
      } else if (job.attempts < job.max_attempts) {
        this.services.log.warn({ err, job: job.id, attempt: job.attempts }, 'job attempt failed; will retry');
        const delay = retryDelayMs(job.attempts);
        await settle('queued', `第 ${job.attempts} 次执行出错（${(err as Error).message ?? err}），${Math.round(delay / 1000)} 秒后自动重试`, { runAfter: Date.now() + delay });
        await this.queue.enqueue(job.id, job.attempts, delay).catch(() => undefined);
      } else {
        this.services.log.error({ err, job: job.id }, 'job failed');
        await settle('failed', `已尝试 ${job.max_attempts} 次仍出错（${(err as Error).message ?? err}），任务终止`);
      }
    }
  }

  /** On shutdown: running jobs stop at their next batch and go back to the queue; no new ones start here. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.sweeper) clearInterval(this.sweeper);
    for (const c of this.running.values()) c.abort(new Shutdown());
    // A job stuck in one long step is not waited for past its lease: it lapses and the job is taken over or resumed.
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => { timer = setTimeout(resolve, Math.min(this.options.leaseMs, 8000)); });
    await Promise.race([this.queue.close(), bound]);
    clearTimeout(timer);
  }
}
