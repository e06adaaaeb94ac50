// An import batch's audit entry names every row it wrote (about 90 bytes a row): MySQL's TEXT (64 KB) holds ~700 rows,
// too few for batches of a few thousand. SQLite's TEXT has no such limit.
import type { Knex } from 'knex';

const mysql = (knex: Knex) => knex.client.config.client === 'mysql2';

export async function up(knex: Knex): Promise<void> {
  if (mysql(knex)) await knex.raw('ALTER TABLE audit_log MODIFY changes MEDIUMTEXT NULL');
}

export async function down(knex: Knex): Promise<void> {
  // Refused (strict mode) while an entry is longer than 64 KB: the chain's hashes cover the full text, it is never cut.
  if (mysql(knex)) await knex.raw('ALTER TABLE audit_log MODIFY changes TEXT NULL');
}
