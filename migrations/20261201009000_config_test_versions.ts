// Rule tests become versioned documents: every saved version of a node's cases is kept, numbered like config documents.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('config_test_versions', (t) => {
    t.increments('id').primary();
    t.string('node_code', 12).notNullable();
    t.string('ruleset_key', 32).notNullable();
    t.integer('test_version').notNullable();
    t.text('body', 'longtext').notNullable();
    t.string('created_at', 30).notNullable();
    t.integer('created_by').nullable();
    t.unique(['node_code', 'ruleset_key', 'test_version']);
  });
  // The tests already stored are their first version.
  const rows = await knex('config_tests').select('node_code', 'ruleset_key', 'body', 'created_at', 'created_by');
  for (const r of rows) {
    await knex('config_test_versions').insert({ node_code: r.node_code, ruleset_key: r.ruleset_key, test_version: 1, body: r.body, created_at: r.created_at, created_by: r.created_by ?? null });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('config_test_versions');
}
