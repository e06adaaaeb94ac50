// transact(): retried whole on conflicts and lost nodes, applied once — also when the answer to COMMIT is lost.
import type { Knex } from 'knex';
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { ApiError } from '../http/errors.js';
import { transact } from './transact.js';

/** A knex whose first n transactions commit and then lose their answer, as when the node dies right after COMMIT. */
function losingCommitAnswers(knex: Knex, n: number): Knex {
  let left = n;
  return new Proxy(knex, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
      return async (handler: (trx: Knex.Transaction) => Promise<unknown>) => {
        const result = await target.transaction(handler);
        if (left-- > 0) throw Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true });
        return result;
      };
    },
  });
}

const deadlock = () => Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { errno: 1213, code: 'ER_LOCK_DEADLOCK' });

describeEachDb('transact', (t) => {
  const table = 'transact_probe';
  const knex = () => t().services.db.knex;
  const count = async () => Number((await knex()(table).count({ n: '*' }).first())?.n);

  it('creates the probe table', async () => {
    await knex().schema.createTable(table, (tb) => { tb.increments('id'); tb.string('note', 40); });
  });

  it('runs a unit again from the start after a deadlock or certification conflict, and applies it once', async () => {
    await knex()(table).delete();
    let runs = 0;
    const result = await transact(knex(), async (trx) => {
      runs++;
      await trx(table).insert({ note: `run ${runs}` });
      if (runs < 3) throw deadlock();
      return { runs };
    });
    expect(result).toEqual({ runs: 3 });
    expect(runs).toBe(3);
    // The two failed runs were rolled back with their transaction.
    expect(await knex()(table).pluck('note')).toEqual(['run 3']);
  });

  it('answers from the receipt when COMMIT took but its answer was lost, instead of applying again', async () => {
    await knex()(table).delete();
    let runs = 0;
    // On SQLite nothing loses a commit's answer, so only a named unit keeps a receipt there; on MySQL every unit does.
    const opts = t().db === 'sqlite' ? { receipt: `lost-answer-${Date.now()}` } : {};
    const result = await transact(losingCommitAnswers(knex(), 1), async (trx) => {
      runs++;
      await trx(table).insert({ note: 'paid once' });
      return { paid: true };
    }, opts);
    expect(result).toEqual({ paid: true });
    expect(runs).toBe(1);
    expect(await count()).toBe(1);
  });

  it('replays a unit named by the same key with its first result, without running it', async () => {
    await knex()(table).delete();
    let runs = 0;
    let replays = 0;
    const unit = async (trx: Knex.Transaction) => { runs++; await trx(table).insert({ note: 'x' }); return { id: 7, runs }; };
    const opts = { receipt: `u1:key-${Date.now()}:approve:7`, onReplay: () => { replays++; } };
    const first = await transact(knex(), unit, opts);
    const again = await transact(knex(), unit, opts);
    expect(again).toEqual(first);
    expect(runs).toBe(1);
    expect(replays).toBe(1);
    expect(await count()).toBe(1);
  });

  it('gives up after its attempts with a 503 in Chinese, nothing applied', async () => {
    await knex()(table).delete();
    let runs = 0;
    const err = await transact(knex(), async (trx) => { runs++; await trx(table).insert({ note: 'never' }); throw deadlock(); }, { attempts: 4 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).statusCode).toBe(503);
    expect((err as ApiError).message).toContain('本次操作未生效');
    expect(runs).toBe(4);
    expect(await count()).toBe(0);
  });

  it('does not retry a refusal', async () => {
    let runs = 0;
    await expect(transact(knex(), async () => { runs++; throw new ApiError(409, '预算不足'); })).rejects.toThrow('预算不足');
    expect(runs).toBe(1);
  });
});
