// Column helpers shared by migrations: the bookkeeping columns every table carries.
import type { Knex } from 'knex';

/** created_at/updated_at (ISO strings), created_by/updated_by (user ids) and version. */
export function bookkeeping(t: Knex.CreateTableBuilder): void {
  t.string('created_at', 30).notNullable();
  t.string('updated_at', 30).notNullable();
  t.integer('created_by').unsigned().nullable();
  t.integer('updated_by').unsigned().nullable();
  t.integer('version').unsigned().notNullable().defaultTo(1);
}
