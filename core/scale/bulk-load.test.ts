// The seed's bulk-load helpers: rows written by LOAD DATA / hand-written INSERTs read back exactly (escapes, NULLs,
// defaults), a duplicate fails instead of being skipped, and indexes set aside come back exactly as they were.
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { insertRows } from './bulk-insert.js';
import { droppableIndexes, dropIndexes, missingIndexes, restoreIndexes } from './bulk-indexes.js';

const TRICKY = ['a\\b', 'tab\there', 'line\nbreak', 'cr\rhere', 'nul\0byte', "quote ' and \"", '?? :x $1', 'NULL', '\\N', '示例·王', ''];

describeEachDb('bulk load', (t) => {
  const knex = () => t().services.db.knex;
  const dialect = () => t().services.db.dialect;

  it('writes every value back as given: escapes, empty strings, NULLs, booleans, defaults', async () => {
    await knex().schema.createTable('bulk_probe', (tb) => {
      tb.increments('id');
      tb.text('s').nullable();
      tb.boolean('b').notNullable().defaultTo(false);
      tb.integer('n').nullable();
      tb.string('d', 10).notNullable().defaultTo('dflt');
    });
    const rows = TRICKY.map((s, i) => ({ id: i + 1, s, b: i % 2 === 0, n: i % 3 ? i : null, d: `d${i}` }));
    rows.push({ id: 100, s: null as unknown as string, b: true, n: -5, d: 'x' });
    await knex().transaction((trx) => insertRows(trx, dialect(), 'bulk_probe', rows));
    // Rows that leave a column out take its default.
    await knex().transaction((trx) => insertRows(trx, dialect(), 'bulk_probe', [{ id: 200, s: 'x' }, { id: 201, s: 'y', d: 'given' }]));
    const back = await knex()('bulk_probe').orderBy('id').select();
    expect(back.map((r) => ({ ...r, b: Boolean(r.b) }))).toEqual([...rows, { id: 200, s: 'x', b: false, n: null, d: 'dflt' }, { id: 201, s: 'y', b: false, n: null, d: 'given' }]);
  });

  it('fails on a duplicate key instead of skipping the row, and the batch rolls back', async () => {
    const rows = [{ id: 300, s: 'new', b: true, n: 1, d: 'a' }, { id: 1, s: 'again', b: true, n: 1, d: 'a' }];
    await expect(knex().transaction((trx) => insertRows(trx, dialect(), 'bulk_probe', rows))).rejects.toThrow();
    expect(await knex()('bulk_probe').where({ id: 300 }).first()).toBeUndefined();
    expect((await knex()('bulk_probe').where({ id: 1 }).first()).s).toBe(TRICKY[0]);
  });

  it('sets aside only plain indexes that no foreign key needs, and builds them again as they were', async () => {
    await knex().schema.createTable('bulk_parent', (tb) => { tb.increments('id'); });
    await knex().schema.createTable('bulk_child', (tb) => {
      tb.increments('id');
      tb.integer('parent_id').unsigned().nullable().references('id').inTable('bulk_parent');
      tb.string('code', 20).notNullable();
      tb.string('name', 40).notNullable();
      tb.string('day', 10).notNullable();
      tb.index(['parent_id'], 'bulk_child_parent');
      tb.unique(['code'], { indexName: 'bulk_child_code' });
      tb.index(['name'], 'bulk_child_name');
      tb.index(['name', 'day'], 'bulk_child_name_day');
    });
    const before = await droppableIndexes(knex(), dialect(), 'bulk_child');
    expect(before.map((i) => i.name).sort()).toEqual(['bulk_child_name', 'bulk_child_name_day']);
    await knex().transaction((trx) => insertRows(trx, dialect(), 'bulk_child', Array.from({ length: 50 }, (_, i) => ({ id: i + 1, parent_id: null, code: `c${i}`, name: `n${i % 7}`, day: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }))));
    await dropIndexes(knex(), dialect(), 'bulk_child', before);
    expect(await missingIndexes(knex(), dialect(), 'bulk_child', before)).toEqual(['bulk_child_name', 'bulk_child_name_day']);
    expect(await droppableIndexes(knex(), dialect(), 'bulk_child')).toEqual([]);
    expect(await restoreIndexes(knex(), dialect(), 'bulk_child', before)).toBe(2);
    expect(await droppableIndexes(knex(), dialect(), 'bulk_child')).toEqual(before);
    // Again: nothing is missing, nothing is built twice.
    expect(await restoreIndexes(knex(), dialect(), 'bulk_child', before)).toBe(0);
    await knex().schema.dropTable('bulk_child');
    await knex().schema.dropTable('bulk_parent');
    await knex().schema.dropTable('bulk_probe');
  });
});
