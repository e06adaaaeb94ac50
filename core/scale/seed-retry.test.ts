// A batch of the bulk seed that loses a deadlock (a server on the same database refreshing its dashboard figures, say)
// is rolled back and written again: the run ends with every row once and its progress counting each row once.
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { systemContext } from '../http/context.js';
import { seedScale } from './seed-scale.js';

const TABLES = ['workers', 'institutions', 'programs', 'enrollments', 'attendance', 'certificates', 'claims', 'entitlements'];

describeEachDb('seed: a batch that loses a deadlock', (t) => {
  const knex = () => t().services.db.knex;
  const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (tb) => [tb, Number((await knex()(tb).count({ n: '*' }).first())!.n)])));

  it('is written again once, and the run counts every row once', async () => {
    const audit = t().services.audit;
    const append = audit.append.bind(audit);
    const failed: string[] = [];
    // A batch of each kind fails once after its rows went in, as a deadlock does (MySQL's error number): the second
    // batch of workers and of cases, the first of classes (a run this size has one).
    const FAIL_AT: Record<string, number> = { workers: 2, programs: 1, claims: 2 };
    const seen = new Map<string, number>();
    audit.append = async (trx, ctx, entry) => {
      const resource = entry.resource ?? '';
      const n = (seen.get(resource) ?? 0) + 1;
      seen.set(resource, n);
      if (entry.action === 'import' && FAIL_AT[resource] === n) {
        failed.push(resource);
        throw Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { errno: 1213, code: 'ER_LOCK_DEADLOCK' });
      }
      return append(trx, ctx, entry);
    };
    const before = await counts();
    const money = async () => (await knex()('budgets').sum({ reserved: 'reserved_fen', spent: 'spent_fen' }).first()) as { reserved: number | string; spent: number | string };
    const moneyBefore = await money();
    try {
      const report = await seedScale(t().services, systemContext('test'), { workers: 500, claims: 120, batch: 100, seed: 11 });
      expect(failed.sort()).toEqual(['claims', 'programs', 'workers']);
      const after = await counts();
      const added = Object.fromEntries(TABLES.map((tb) => [tb, after[tb] - before[tb]]));
      expect(added.workers).toBe(500);
      expect(added.claims).toBe(120);
      // Every row the run wrote is counted once in its progress, and no id of a table was written twice.
      expect(report.written).toBe(Object.values(added).reduce((a, b) => a + b, 0));
      const progress = JSON.parse((await knex()('seed_runs').where({ id: report.run }).first('progress')).progress);
      expect(progress).toMatchObject({ workers: 500, rows: report.rows });
      const classes = Number((await knex()('enrollments').countDistinct({ n: 'program_id' }).first())!.n);
      expect(classes).toBeLessThanOrEqual(added.programs);
      // The budgets took each seeded claim's money once: reserved for approved claims, spent for paid ones.
      const sums: Array<{ state: string; fen: number | string | null }> = await knex()('claims').where('id', '>=', progress.base.claims)
        .select('state').sum({ fen: 'decided_fen' }).groupBy('state');
      const fen = (state: string) => Number(sums.find((r) => r.state === state)?.fen ?? 0);
      const moneyAfter = await money();
      expect(Number(moneyAfter.spent) - Number(moneyBefore.spent)).toBe(fen('paid'));
      expect(Number(moneyAfter.reserved) - Number(moneyBefore.reserved)).toBe(fen('approved'));
    } finally {
      audit.append = append;
    }
  });
});
