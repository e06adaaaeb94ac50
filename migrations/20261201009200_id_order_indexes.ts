// (id) indexes for the platform admin's deep pages in id order on MySQL (the reason: core/scale/id-order.ts, whose
// names these are). SQLite's rowid table is its own narrow id order already.
import type { Knex } from 'knex';

const TABLES = ['workers', 'claims', 'intentions', 'enrollments', 'certificates'];

const mysql = (knex: Knex) => knex.client.config.client === 'mysql2';

export async function up(knex: Knex): Promise<void> {
  if (!mysql(knex)) return;
  for (const table of TABLES) await knex.raw('ALTER TABLE ?? ADD INDEX ?? (id)', [table, `${table}_id_order`]);
}

export async function down(knex: Knex): Promise<void> {
  if (!mysql(knex)) return;
  for (const table of TABLES) await knex.raw('ALTER TABLE ?? DROP INDEX ??', [table, `${table}_id_order`]);
}
