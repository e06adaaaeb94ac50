// Users: whether the password must be changed at the next sign-in (set by someone else) and when it was last changed (password age).
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.boolean('must_change_password').notNullable().defaultTo(false);
    t.string('password_changed_at', 30).nullable();
  });
  // Existing passwords start their age now: an upgrade must not lock everyone out at once.
  await knex('users').update({ password_changed_at: new Date().toISOString() });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('must_change_password');
    t.dropColumn('password_changed_at');
  });
}
