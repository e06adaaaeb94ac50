// Regions, users, login sessions and the hash-chained audit trail.
import type { Knex } from 'knex';
import { bookkeeping } from './helpers.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('regions', (t) => {
    t.string('id', 12).primary();
    t.string('name', 64).notNullable();
    t.string('level', 16).notNullable();
    t.string('parent_id', 12).nullable().references('id').inTable('regions');
    t.string('path', 255).notNullable().index();
    t.string('slug', 64).nullable();
    t.boolean('is_example').notNullable().defaultTo(false);
    t.boolean('owns_config').notNullable().defaultTo(false);
    bookkeeping(t);
  });
  await knex.schema.createTable('institutions', (t) => {
    t.increments('id');
    t.string('name', 128).notNullable();
    t.string('credit_code', 18).notNullable().unique();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.string('kind', 32).notNullable();
    t.string('approval_status', 16).notNullable().defaultTo('pending');
    t.string('approved_from', 10).nullable();
    t.string('approved_to', 10).nullable();
    t.string('brand_level', 16).notNullable().defaultTo('none');
    t.string('contact_name', 64).nullable();
    t.string('contact_phone', 32).nullable();
    t.string('address', 255).nullable();
    t.text('occupations').nullable();
    bookkeeping(t);
  });
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('username', 64).notNullable().unique();
    t.string('display_name', 64).notNullable();
    t.string('role', 32).notNullable();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.integer('institution_id').unsigned().nullable().references('id').inTable('institutions');
    t.string('password_hash', 255).notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('failed_logins').notNullable().defaultTo(0);
    t.string('locked_until', 30).nullable();
    t.string('last_login_at', 30).nullable();
    bookkeeping(t);
  });
  await knex.schema.createTable('sessions', (t) => {
    t.string('id', 64).primary(); // sha256 of the bearer token: a leaked table grants nothing
    t.integer('user_id').unsigned().notNullable().references('id').inTable('users').index();
    t.string('created_at', 30).notNullable();
    t.string('expires_at', 30).notNullable();
    t.string('revoked_at', 30).nullable();
    t.string('ip', 64).nullable();
  });
  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id');
    t.integer('seq').unsigned().notNullable().unique();
    t.string('at', 30).notNullable().index();
    t.integer('user_id').unsigned().nullable();
    t.string('username', 64).nullable();
    t.string('role', 32).nullable();
    t.string('region_code', 12).nullable().index();
    t.string('action', 32).notNullable();
    t.string('resource', 32).nullable();
    t.string('record_id', 64).nullable();
    t.text('changes').nullable();
    t.string('request_id', 64).nullable();
    t.string('ip', 64).nullable();
    t.string('prev_hash', 64).notNullable();
    t.string('hash', 64).notNullable();
    t.index(['resource', 'record_id']);
  });
  // One row: the head of the chain, so that deleting the newest entries is detected too.
  await knex.schema.createTable('audit_head', (t) => {
    t.integer('id').primary();
    t.integer('seq').unsigned().notNullable();
    t.string('hash', 64).notNullable();
  });
  await knex('audit_head').insert({ id: 1, seq: 0, hash: '0'.repeat(64) });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['audit_head', 'audit_log', 'sessions', 'users', 'institutions', 'regions']) {
    await knex.schema.dropTableIfExists(table);
  }
}
