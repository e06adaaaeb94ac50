// Data comparison (大数据比对): a reference registry an administrator loads from a file, and each check's recorded result.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('verification_registry', (t) => {
    t.increments('id');
    t.string('check', 32).notNullable();
    t.string('id_idx', 64).notNullable(); // blind index of the resident ID, never the number
    t.string('status', 16).notNullable(); // confirmed | refuted
    t.string('occupation_code', 32).nullable();
    t.string('level', 8).nullable();
    t.string('valid_from', 10).nullable();
    t.string('valid_to', 10).nullable();
    t.string('source', 64).notNullable();
    t.string('batch', 64).notNullable();
    t.string('loaded_at', 30).notNullable();
    t.integer('loaded_by').unsigned().nullable();
    t.index(['check', 'id_idx']);
  });
  await knex.schema.createTable('verification_results', (t) => {
    t.increments('id');
    t.integer('claim_id').unsigned().nullable().index();
    t.integer('worker_id').unsigned().nullable();
    t.string('check', 32).notNullable();
    t.boolean('confirmed').nullable();
    t.string('source', 64).notNullable();
    t.string('checked_at', 30).notNullable();
    t.text('detail').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('verification_results');
  await knex.schema.dropTableIfExists('verification_registry');
}
