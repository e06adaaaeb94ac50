// Claim workflow bookkeeping: who submitted and paid, and which budget holds the reservation.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('claims', (t) => {
    t.integer('submitted_by').unsigned().nullable();
    t.integer('paid_by').unsigned().nullable();
    t.integer('budget_id').unsigned().nullable().references('id').inTable('budgets');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('claims', (t) => {
    t.dropForeign(['budget_id']);
  });
  await knex.schema.alterTable('claims', (t) => {
    t.dropColumn('submitted_by');
    t.dropColumn('paid_by');
    t.dropColumn('budget_id');
  });
}
