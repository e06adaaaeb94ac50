// Spreadsheet imports: one row per job, its progress and failed rows, so any replica can answer for it.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('import_jobs', (t) => {
    t.increments('id');
    t.string('resource', 32).notNullable();
    t.string('filename', 255).notNullable();
    t.string('region_code', 12).nullable();
    t.integer('total').unsigned().notNullable().defaultTo(0);
    t.integer('processed').unsigned().notNullable().defaultTo(0);
    t.integer('succeeded').unsigned().notNullable().defaultTo(0);
    t.integer('failed').unsigned().notNullable().defaultTo(0);
    t.string('status', 16).notNullable().defaultTo('queued').index();
    // The file's header row, in order: the errors file repeats the original columns.
    t.text('headers').nullable();
    // [{row, field, message, values}] with personal data masked; large files can fail on many rows.
    t.text('errors', 'longtext').nullable();
    // Problems of the file as a whole, e.g. columns that were not recognised.
    t.text('warnings').nullable();
    t.text('message').nullable();
    t.integer('created_by').unsigned().nullable().references('id').inTable('users').index();
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.string('finished_at', 30).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('import_jobs');
}
