// Durable background jobs: one row per job (status, counters, lease), its committed batches, failed rows and files.
import type { Knex } from 'knex';
import { up as createImportJobs } from './20261125000700_imports.js';

const now = () => new Date().toISOString();

export async function up(knex: Knex): Promise<void> {
  const mysql = knex.client.config.client === 'mysql2';
  await knex.schema.createTable('jobs', (t) => {
    t.increments('id');
    // What runs (roster_import, export, risk_scan, rule_dry_run, demo_seed) and with which parameters (JSON).
    t.string('kind', 32).notNullable();
    t.string('title', 255).notNullable();
    t.text('params').nullable();
    t.string('region_code', 12).nullable();
    // queued → running → done | failed | cancelled; a failed attempt with attempts left goes back to queued.
    t.string('status', 16).notNullable().defaultTo('queued');
    // Counters move only in the transaction that writes the rows they count.
    t.integer('total').unsigned().nullable();
    t.integer('processed').unsigned().notNullable().defaultTo(0);
    t.integer('succeeded').unsigned().notNullable().defaultTo(0);
    t.integer('failed').unsigned().notNullable().defaultTo(0);
    t.text('message').nullable();
    t.text('result', 'longtext').nullable();
    t.integer('attempts').unsigned().notNullable().defaultTo(0);
    t.integer('max_attempts').unsigned().notNullable().defaultTo(3);
    t.boolean('cancel_requested').notNullable().defaultTo(false);
    // The lease: whoever holds it runs the job and renews it; once it lapses any replica may take the job over.
    t.string('lease_owner', 64).nullable();
    t.bigInteger('lease_expires_at').nullable();
    // A retry waits until then (epoch ms).
    t.bigInteger('run_after').nullable();
    t.integer('created_by').unsigned().nullable().references('id').inTable('users');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.string('started_at', 30).nullable();
    t.string('finished_at', 30).nullable();
    t.index(['status', 'lease_expires_at']);
    t.index(['created_by', 'id']);
    t.index(['kind', 'id']);
  });
  // A batch committed once: its key (job, batch number) is written in the same transaction as its rows.
  await knex.schema.createTable('job_batches', (t) => {
    t.integer('job_id').unsigned().notNullable().references('id').inTable('jobs').onDelete('CASCADE');
    t.integer('batch_no').unsigned().notNullable();
    t.integer('first_row').unsigned().nullable();
    t.integer('last_row').unsigned().nullable();
    t.integer('succeeded').unsigned().notNullable().defaultTo(0);
    t.integer('failed').unsigned().notNullable().defaultTo(0);
    // [[sheet row, record id], …] of the rows this batch wrote.
    t.text('written', 'mediumtext').nullable();
    t.string('lease_owner', 64).nullable();
    t.string('committed_at', 30).notNullable();
    t.primary(['job_id', 'batch_no']);
  });
  await knex.schema.createTable('job_errors', (t) => {
    t.increments('id');
    t.integer('job_id').unsigned().notNullable().references('id').inTable('jobs').onDelete('CASCADE');
    t.integer('batch_no').unsigned().nullable();
    t.integer('row').unsigned().nullable();
    t.string('field', 64).nullable();
    t.text('message').notNullable();
    // The row's original cells by column, personal data masked.
    t.text('cells').nullable();
    t.index(['job_id', 'row']);
  });
  // Uploaded inputs and produced results, in chunks, so any replica can resume a job or serve its download.
  await knex.schema.createTable('job_files', (t) => {
    t.integer('job_id').unsigned().notNullable().references('id').inTable('jobs').onDelete('CASCADE');
    t.string('name', 16).notNullable();
    t.integer('seq').unsigned().notNullable();
    t.specificType('data', mysql ? 'MEDIUMBLOB' : 'BLOB').notNullable();
    t.primary(['job_id', 'name', 'seq']);
  });

  // The roster imports recorded so far become jobs of kind roster_import, with their failed rows.
  const old = await knex('import_jobs').select('*').orderBy('id');
  for (const j of old) {
    const status = j.status === 'done' || j.status === 'failed' ? j.status : 'failed';
    const [id] = await knex('jobs').insert({
      kind: 'roster_import', title: j.filename, params: JSON.stringify({ filename: j.filename, region_code: j.region_code, headers: JSON.parse(j.headers ?? '[]') }),
      region_code: j.region_code, status, total: j.total, processed: j.processed, succeeded: j.succeeded, failed: j.failed,
      message: j.message ?? (status === 'failed' && j.status !== 'failed' ? '导入中断（升级前未完成）' : null),
      result: JSON.stringify({ warnings: JSON.parse(j.warnings ?? '[]') }), attempts: 1, created_by: j.created_by,
      created_at: j.created_at, updated_at: now(), started_at: j.created_at, finished_at: j.finished_at ?? now(),
    });
    const errors = JSON.parse(j.errors ?? '[]') as Array<{ row: number; field: string | null; message: string; values: unknown }>;
    for (let i = 0; i < errors.length; i += 200) {
      await knex('job_errors').insert(errors.slice(i, i + 200).map((e) => ({ job_id: id, row: e.row, field: e.field, message: e.message, cells: JSON.stringify(e.values) })));
    }
  }
  await knex.schema.dropTable('import_jobs');
}

export async function down(knex: Knex): Promise<void> {
  await createImportJobs(knex);
  await knex.schema.dropTableIfExists('job_files');
  await knex.schema.dropTableIfExists('job_errors');
  await knex.schema.dropTableIfExists('job_batches');
  await knex.schema.dropTableIfExists('jobs');
}
