// The in-process queue of the embedded default (no Redis): a bounded pool in this process; the jobs table makes it durable.
import type { JobQueue } from './queue.js';

export class LocalQueue implements JobQueue {
  readonly name = 'in-process';
  private readonly waiting: number[] = [];
  private readonly queued = new Set<number>();
  private readonly active = new Map<number, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private execute: ((id: number) => Promise<void>) | null = null;
  private concurrency = 0;
  private closed = false;

  async enqueue(id: number, _attempt: number, delayMs = 0): Promise<void> {
    if (this.closed) return;
    if (delayMs > 0) {
      const timer = setTimeout(() => { this.timers.delete(timer); void this.enqueue(id, _attempt); }, delayMs);
      timer.unref();
      this.timers.add(timer);
      return;
    }
    if (this.queued.has(id) || this.active.has(id)) return;
    this.queued.add(id);
    this.waiting.push(id);
    this.pump();
  }

  async start(execute: (id: number) => Promise<void>, concurrency: number): Promise<void> {
    this.execute = execute;
    this.concurrency = Math.max(1, concurrency);
    this.pump();
  }

  private pump(): void {
    while (this.execute && !this.closed && this.active.size < this.concurrency && this.waiting.length > 0) {
      const id = this.waiting.shift()!;
      this.queued.delete(id);
      const run = this.execute(id).catch(() => undefined).finally(() => { this.active.delete(id); this.pump(); });
      this.active.set(id, run);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.waiting.length = 0;
    await Promise.allSettled([...this.active.values()]);
  }
}
