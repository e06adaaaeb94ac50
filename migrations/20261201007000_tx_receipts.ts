// Receipts of committed units of work: one row per transaction run by transact(), written inside it, so a unit whose
// commit answer was lost (its node died) or a request the client sends again with its Idempotency-Key is answered
// from the receipt instead of being applied twice.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('tx_receipts', (t) => {
    // sha256 of the unit's key (the client's Idempotency-Key with user, route and record; or a random id per unit).
    t.string('id', 64).primary();
    // The unit's result as JSON, what a replay answers.
    t.text('result', 'longtext').nullable();
    t.string('created_at', 30).notNullable();
    t.index(['created_at'], 'tx_receipts_created');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('tx_receipts');
}
