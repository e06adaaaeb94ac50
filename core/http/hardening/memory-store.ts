// The in-process rate-limit counter (no REDIS_URL): a fixed one-minute window per key, each request answered with its own count.
import type { FastifyRateLimitStore } from '@fastify/rate-limit';

/** Keys kept at most: past it the oldest windows go first (a spray of addresses cannot grow memory without bound). */
const MAX_KEYS = 100_000;

/**
 * Why not @fastify/rate-limit's bundled LocalStore: it hands every request of a burst the same
 * mutable counter object, so by the time a request reads it the whole burst has been counted and
 * all of them are refused together. Here each request gets a snapshot of its own count.
 */
export class MemoryStore implements FastifyRateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private calls = 0;

  incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      this.windows.delete(key);
      w = { count: 0, resetAt: now + timeWindow };
      this.windows.set(key, w);
    }
    w.count++;
    if (++this.calls % 1000 === 0 || this.windows.size > MAX_KEYS) this.sweep(now);
    callback(null, { current: w.count, ttl: w.resetAt - now });
  }

  child(): FastifyRateLimitStore {
    return new MemoryStore();
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
    // Insertion order is the order windows started: the first ones are the oldest.
    for (const key of this.windows.keys()) {
      if (this.windows.size <= MAX_KEYS) break;
      this.windows.delete(key);
    }
  }
}
