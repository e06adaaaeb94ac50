// Creates the job runner of this replica: BullMQ when REDIS_URL is set, the in-process queue otherwise; same table, same job code.
import type { Services } from '../services.js';
import { BullQueue } from './bullmq-queue.js';
import { LocalQueue } from './local-queue.js';
import { JobRunner } from './runner.js';
import type { JobDefinition } from './types.js';

export function createJobRunner(deps: Pick<Services, 'env' | 'db' | 'log' | 'audit'>, kinds: JobDefinition[]): JobRunner {
  const { env, db, log, audit } = deps;
  const queue = env.REDIS_URL ? new BullQueue(env.REDIS_URL, db.description, log) : new LocalQueue();
  const runner = new JobRunner({ db, log, audit }, queue, {
    leaseMs: env.JOBS_LEASE_SECONDS * 1000,
    // Without a shared queue nobody else would run this replica's jobs: it always runs them itself.
    concurrency: env.REDIS_URL ? env.JOBS_CONCURRENCY : Math.max(1, env.JOBS_CONCURRENCY),
    maxAttempts: env.JOBS_MAX_ATTEMPTS,
  });
  for (const kind of kinds) runner.register(kind);
  return runner;
}
