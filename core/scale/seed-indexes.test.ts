// The bulk seed sets the big tables' plain indexes aside while it loads and never leaves them missing: a failed run
// builds them again before it gives up, and a run killed meanwhile has them built by the same command continuing.
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { systemContext } from '../http/context.js';
import { seedScale } from './seed-scale.js';
import { droppableIndexes, dropIndexes, indexesSetAside } from './bulk-indexes.js';

const TABLES = ['workers', 'enrollments', 'attendance', 'certificates', 'claims'];

describeEachDb('seed: indexes set aside', (t) => {
  const knex = () => t().services.db.knex;
  const dialect = () => t().services.db.dialect;
  const indexes = async () => Object.fromEntries(await Promise.all(TABLES.map(async (tb) => [tb, await droppableIndexes(knex(), dialect(), tb)])));
  const progress = async () => JSON.parse((await knex()('seed_runs').first('progress')).progress);
  let before: Record<string, unknown>;

  it('a run that fails part-way builds the indexes again before it gives up', async () => {
    before = await indexes();
    for (const table of ['workers', 'enrollments', 'certificates', 'claims']) expect((before[table] as unknown[]).length).toBeGreaterThan(0);
    let seen = 0;
    await expect(seedScale(t().services, systemContext('test'), {
      workers: 600, claims: 80, batch: 200,
      // Fails once the first batches are in, with the indexes down.
      onProgress: (p) => { if (p.stage === 'workers' && ++seen === 2) throw new Error('stopped'); },
    })).rejects.toThrow('stopped');
    expect(await indexes()).toEqual(before);
    expect((await progress()).indexes).toBeUndefined();
    expect((await progress()).workers).toBe(400);
    // The workers' unique ID-number index, set aside too (the seed checks numbers itself), is back.
    expect(await droppableIndexes(knex(), dialect(), 'workers', ['id_number_idx'])).toContainEqual(expect.objectContaining({ unique: true }));
  });

  it('a run killed with the indexes down has them built by the same command continuing, and start-up warns meanwhile', async () => {
    // As a killed fresh run leaves things: indexes recorded in seed_runs, then dropped.
    const state = await progress();
    state.indexes = before;
    await knex()('seed_runs').update({ progress: JSON.stringify(state) });
    for (const [table, ix] of Object.entries(before)) await dropIndexes(knex(), dialect(), table, ix as never);
    expect((await indexesSetAside(knex(), dialect())).map((a) => a.table).sort()).toEqual(['certificates', 'claims', 'enrollments', 'workers']);
    const stages = new Set<string>();
    const report = await seedScale(t().services, systemContext('test'), { workers: 600, claims: 80, batch: 200, onProgress: (p) => stages.add(p.stage) });
    expect(stages.has('indexes')).toBe(true);
    expect(report).toMatchObject({ resumed: true, counts: { workers: 600, claims: 80 } });
    expect(await indexes()).toEqual(before);
    expect((await progress()).indexes).toBeUndefined();
    expect(await indexesSetAside(knex(), dialect())).toEqual([]);
    // Every ID number once: the unique index is back and nothing slipped in while it was away.
    expect(await droppableIndexes(knex(), dialect(), 'workers', ['id_number_idx'])).toContainEqual(expect.objectContaining({ unique: true }));
    expect(Number((await knex()('workers').countDistinct({ n: 'id_number_idx' }).first())!.n)).toBe(600);
  });

  it('a fresh run into tables larger than what it adds keeps their indexes', async () => {
    await knex()('seed_runs').del();
    const stages = new Set<string>();
    await seedScale(t().services, systemContext('test'), { workers: 300, claims: 40, batch: 200, seed: 7, onProgress: (p) => stages.add(p.stage) });
    expect([...stages]).toEqual(['workers', 'cases', 'done']);
    expect((await progress()).indexes).toBeUndefined();
    expect(await indexes()).toEqual(before);
  });
});
