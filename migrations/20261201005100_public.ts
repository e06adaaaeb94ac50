// The public service: review of typical cases before publishing, abuse counters, one-time codes, the built-in SMS outbox.
import type { Knex } from 'knex';
import { bookkeeping } from './helpers.js';

export async function up(knex: Knex): Promise<void> {
  // A typical case (kind `case`) is submitted for review, then approved (published) or sent back with a note.
  await knex.schema.alterTable('configs', (t) => {
    t.string('submitted_at', 30).nullable();
    t.integer('submitted_by').unsigned().nullable();
    t.string('review_note', 500).nullable();
  });
  // One row per attempt of a public action (wish, code request, code check, solved challenge), keyed by a
  // keyed hash of the client address or of the ID number: counted in a window, shared by every replica.
  await knex.schema.createTable('public_attempts', (t) => {
    t.increments('id');
    t.string('action', 16).notNullable();
    t.string('subject', 64).notNullable();
    t.string('at', 30).notNullable();
    t.index(['action', 'subject', 'at']);
    t.index(['at']);
  });
  // One-time codes sent to the phone on record: only a hash is kept, with a bounded number of checks.
  await knex.schema.createTable('public_otps', (t) => {
    t.increments('id');
    t.integer('worker_id').unsigned().notNullable().references('id').inTable('workers');
    t.string('code_hash', 64).notNullable();
    t.string('expires_at', 30).notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('used_at', 30).nullable();
    t.string('created_at', 30).notNullable();
    t.index(['worker_id', 'created_at']);
  });
  // What the built-in SMS adapter "sends": the console shows it, so the demo and the tests work without a gateway.
  await knex.schema.createTable('sms_outbox', (t) => {
    t.increments('id');
    t.text('phone_enc').notNullable();
    t.string('phone_idx', 64).notNullable().index();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.string('purpose', 16).notNullable();
    t.string('body', 500).notNullable();
    t.string('status', 16).notNullable().defaultTo('queued');
    bookkeeping(t);
    t.index(['region_code', 'created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sms_outbox');
  await knex.schema.dropTableIfExists('public_otps');
  await knex.schema.dropTableIfExists('public_attempts');
  await knex.schema.alterTable('configs', (t) => {
    t.dropColumn('submitted_at');
    t.dropColumn('submitted_by');
    t.dropColumn('review_note');
  });
}
