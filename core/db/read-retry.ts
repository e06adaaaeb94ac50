// Reads outside a transaction survive the loss of a node: a SELECT that failed because its connection died or its
// node is not ready runs again on a fresh connection (on the next healthy node). Writes are never replayed here:
// a single-statement write may have committed before the answer was lost; those run in transact().
import type { Knex } from 'knex';
import type { HostFailover } from './failover.js';
import { backoffMs, retryKind, sleep } from './retryable.js';

const ATTEMPTS = 4;

/** The parts of knex's internals this patch touches (knex does not type its runner). */
interface Builder { _method?: string; sql?: unknown }
interface Runner { run(): Promise<unknown> }
interface Client { runner(builder: Builder): Runner; transacting?: boolean }

function isRead(builder: Builder | undefined): boolean {
  const method = builder?._method;
  if (method) return ['select', 'first', 'pluck'].includes(method);
  const sql: string = typeof builder?.sql === 'string' ? builder.sql : '';
  return /^\s*(select|show|with)\b/i.test(sql);
}

export function retryReadsOnLostNodes(knex: Knex, failover?: HostFailover): void {
  const client = knex.client as Client;
  const makeRunner = client.runner.bind(client);
  client.runner = function runner(this: Client, builder: Builder) {
    const r = makeRunner(builder);
    // A transaction's client is derived from this one and inherits the method: its statements are retried whole by transact().
    if (this.transacting || !isRead(builder)) return r;
    const run = r.run.bind(r);
    r.run = async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return attempt === 0 ? await run() : await makeRunner(builder).run();
        } catch (err) {
          if (retryKind(err) !== 'node' || attempt + 1 >= ATTEMPTS) throw err;
          failover?.suspect();
          await sleep(50 + backoffMs(attempt, 50, 500));
        }
      }
    };
    return r;
  };
}
