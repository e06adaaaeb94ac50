// The queue on Redis (REDIS_URL): BullMQ carries "run job N" to whichever replica's worker is free; the lease in the jobs table stays the arbiter.
import crypto from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { JobQueue } from './queue.js';

export class BullQueue implements JobQueue {
  readonly name = 'bullmq';
  private readonly queue: Queue;
  private worker: Worker | null = null;
  private readonly connections: Redis[] = [];

  /** `database` names the database the replicas share: replicas of another deployment on the same Redis never see these jobs. */
  constructor(private readonly url: string, database: string, private readonly log: Logger) {
    this.queueName = `steppe-jobs-${crypto.createHash('sha256').update(database).digest('hex').slice(0, 12)}`;
    this.queue = new Queue(this.queueName, { connection: this.connect(), defaultJobOptions: { removeOnComplete: true, removeOnFail: 1000, attempts: 1 } });
    this.queue.on('error', (err) => this.log.warn({ err }, 'job queue: redis error'));
  }

  private readonly queueName: string;

  private connect(): Redis {
    // BullMQ's blocking commands need maxRetriesPerRequest: null.
    const redis = new Redis(this.url, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 200, 2000) });
    this.connections.push(redis);
    return redis;
  }

  async enqueue(id: number, attempt: number, delayMs = 0): Promise<void> {
    // One BullMQ job per attempt: a second request for the same attempt is dropped by Redis.
    await this.queue.add('run', { id }, { jobId: `${id}-${attempt}`, delay: delayMs > 0 ? delayMs : undefined });
  }

  async start(execute: (id: number) => Promise<void>, concurrency: number): Promise<void> {
    if (concurrency <= 0) return;
    this.worker = new Worker(this.queueName, async (job) => { await execute(Number(job.data.id)); }, { connection: this.connect(), concurrency });
    this.worker.on('error', (err) => this.log.warn({ err }, 'job worker: redis error'));
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    await Promise.allSettled(this.connections.map((c) => c.quit()));
  }
}
