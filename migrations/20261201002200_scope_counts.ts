// Aggregates behind the dashboard and the list totals of large scopes (core/scale/aggregates.ts), and the marker
// of seed runs so that an interrupted `npm run seed` continues where it stopped (core/scale/seed-scale.ts).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('scope_counts', (t) => {
    // e.g. workers.category, claims.state, claims.month, enrollments.month
    t.string('subject', 32).notNullable();
    t.string('region_code', 12).notNullable();
    t.string('key', 32).notNullable();
    t.bigInteger('n').notNullable().defaultTo(0);
    t.bigInteger('amount_fen').notNullable().defaultTo(0);
    t.bigInteger('approved_fen').notNullable().defaultTo(0);
    t.bigInteger('paid_fen').notNullable().defaultTo(0);
    t.primary(['subject', 'region_code', 'key']);
  });
  await knex.schema.createTable('scope_counts_state', (t) => {
    t.string('id', 16).primary();
    t.string('refreshed_at', 30).nullable();
    t.string('lease_until', 30).nullable();
  });
  await knex.schema.createTable('seed_runs', (t) => {
    t.string('id', 64).primary();
    t.text('params').notNullable();
    t.text('progress').notNullable();
    t.string('started_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.string('finished_at', 30).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('seed_runs');
  await knex.schema.dropTableIfExists('scope_counts_state');
  await knex.schema.dropTableIfExists('scope_counts');
}
