// Fund safety (R9): the certificate issuer register, risk cases (风险隐患清单) and the claims each case holds.
import type { Knex } from 'knex';
import { bookkeeping } from './helpers.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('issuers', (t) => {
    t.increments('id');
    t.string('name', 128).notNullable().index();
    t.text('occupation_codes').notNullable();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.string('valid_from', 10).nullable();
    t.string('valid_to', 10).nullable();
    bookkeeping(t);
    t.unique(['name', 'region_code']);
  });
  await knex.schema.createTable('risk_cases', (t) => {
    t.increments('id');
    t.string('check_id', 64).notNullable();
    // 191 characters keeps the unique index within MySQL's limit in utf8mb4.
    t.string('key', 191).notNullable();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.string('severity', 8).notNullable();
    t.string('title', 255).notNullable();
    t.text('summary').notNullable();
    t.string('status', 16).notNullable().defaultTo('open').index();
    t.integer('assignee_id').unsigned().nullable().references('id').inTable('users');
    t.text('notes').nullable();
    t.text('evidence', 'mediumtext').nullable();
    t.text('claim_ids').nullable();
    t.integer('institution_id').unsigned().nullable().references('id').inTable('institutions').index();
    t.text('worker_ids').nullable();
    t.bigInteger('held_fen').notNullable().defaultTo(0);
    t.string('found_at', 30).notNullable().index();
    t.string('last_seen_at', 30).notNullable();
    t.string('resolved_at', 30).nullable();
    t.integer('resolved_by').unsigned().nullable().references('id').inTable('users');
    t.text('resolution').nullable();
    bookkeeping(t);
    t.unique(['check_id', 'key']);
  });
  // The claim → case lookup the claim workflow needs on every approval and payment.
  await knex.schema.createTable('risk_case_claims', (t) => {
    t.integer('case_id').unsigned().notNullable().references('id').inTable('risk_cases').onDelete('CASCADE');
    t.integer('claim_id').unsigned().notNullable().references('id').inTable('claims').index();
    t.string('linked_at', 30).notNullable();
    t.primary(['case_id', 'claim_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['risk_case_claims', 'risk_cases', 'issuers']) await knex.schema.dropTableIfExists(table);
}
