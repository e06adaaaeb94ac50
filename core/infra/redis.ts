// The shared Redis connection (REDIS_URL): one ioredis client per process for rate limits, queues and other replica-wide state.
import { Redis } from 'ioredis';

/**
 * Connects to Redis at `url` (`redis://host:6379/0`, `rediss://` for TLS). Commands fail fast
 * instead of queueing forever while Redis is down, so a caller can fall back or answer an error.
 *
 * @example
 * const redis = connectRedis('redis://127.0.0.1:6379/0');
 * await redis.incr('steppe:example');
 * await redis.quit();
 */
export function connectRedis(url: string): Redis {
  return new Redis(url, {
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    // Keeps reconnecting with a capped back-off: a Redis restart must not need an API restart.
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
}
