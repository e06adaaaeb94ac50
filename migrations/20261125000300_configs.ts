// Configuration documents (catalogs, rule sets, forms, guides) with versions and states.
import type { Knex } from 'knex';
import { bookkeeping } from './helpers.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('configs', (t) => {
    t.increments('id');
    t.string('node_code', 12).notNullable().references('id').inTable('regions').index();
    t.string('kind', 16).notNullable();
    t.string('key', 32).notNullable();
    t.integer('doc_version').notNullable();
    t.string('state', 16).notNullable().defaultTo('draft');
    t.string('mode', 16).notNullable();
    t.string('title', 255).notNullable();
    t.string('effective_from', 10).notNullable();
    t.string('effective_to', 10).nullable();
    t.text('body', 'longtext').notNullable();
    t.string('published_at', 30).nullable();
    t.integer('published_by').unsigned().nullable();
    bookkeeping(t);
    t.unique(['node_code', 'kind', 'key', 'doc_version']);
    t.index(['kind', 'key', 'state']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('configs');
}
