// Which database errors a retry can cure: conflicts (a deadlock, a Galera certification failure, a lock wait) and a
// lost or not-ready node (the connection died, the node left the primary component). Everything else is final.
export type RetryKind = 'conflict' | 'node' | null;

// MySQL/MariaDB error numbers: 1213 deadlock (Galera's certification conflict too), 1205 lock wait timeout,
// 1180 error during commit (a Galera brute-force abort), 1047 "WSREP has not yet prepared node for application use",
// 1053 server shutdown, 1927 connection killed, 4031 idle client disconnected, 2006/2013 server gone or lost.
const CONFLICT_ERRNOS = new Set([1213, 1205, 1180]);
const NODE_ERRNOS = new Set([1047, 1053, 1927, 4031, 2006, 2013, 1040]);
const NODE_CODES = new Set([
  'PROTOCOL_CONNECTION_LOST', 'PROTOCOL_SEQUENCE_TIMEOUT', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH',
  'ENETUNREACH', 'ER_SERVER_SHUTDOWN', 'ER_CONNECTION_KILLED', 'ER_UNKNOWN_COM_ERROR', 'ER_CON_COUNT_ERROR',
]);

export function retryKind(err: unknown): RetryKind {
  const e = err as { errno?: number; code?: string; message?: string; fatal?: boolean } | null;
  if (!e || typeof e !== 'object') return null;
  if (e.errno !== undefined && CONFLICT_ERRNOS.has(e.errno)) return 'conflict';
  if (e.code === 'ER_LOCK_DEADLOCK' || e.code === 'ER_LOCK_WAIT_TIMEOUT' || e.code === 'SQLITE_BUSY') return 'conflict';
  if (e.errno !== undefined && NODE_ERRNOS.has(e.errno)) return 'node';
  if (e.code && NODE_CODES.has(e.code)) return 'node';
  const msg = e.message ?? '';
  if (/WSREP has not yet prepared node|Can't add new command when connection is in closed state|Connection lost|connect ECONNREFUSED|no database node is available/i.test(msg)) return 'node';
  return null;
}

/** Full-jitter exponential back-off: a random wait up to base·2^attempt, capped, so colliding retries spread out. */
export function backoffMs(attempt: number, baseMs = 15, capMs = 1500): number {
  return Math.round(Math.random() * Math.min(capMs, baseMs * 2 ** attempt));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
