// Decisions carry their fact snapshot and every condition: MySQL's TEXT (64 KB) is too small for large rule sets.
import type { Knex } from 'knex';

const mysql = (knex: Knex) => knex.client.config.client === 'mysql2';

export async function up(knex: Knex): Promise<void> {
  // SQLite's TEXT has no such limit.
  if (mysql(knex)) await knex.raw('ALTER TABLE claims MODIFY decision MEDIUMTEXT NULL');
}

export async function down(knex: Knex): Promise<void> {
  if (mysql(knex)) await knex.raw('ALTER TABLE claims MODIFY decision TEXT NULL');
}
