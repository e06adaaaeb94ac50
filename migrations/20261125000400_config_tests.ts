// Rule test cases as data, per node and rule-set key (configs/<node>/tests/<key>.json).
import type { Knex } from 'knex';
import { bookkeeping } from './helpers.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('config_tests', (t) => {
    t.increments('id');
    t.string('node_code', 12).notNullable().references('id').inTable('regions');
    t.string('ruleset_key', 32).notNullable();
    t.text('body', 'longtext').notNullable();
    bookkeeping(t);
    t.unique(['node_code', 'ruleset_key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('config_tests');
}
