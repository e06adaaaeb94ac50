// The case entities: workers and their wishes, bases, programs, enrolments, attendance, certificates, claims.
import type { Knex } from 'knex';
import { bookkeeping } from './helpers.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('workers', (t) => {
    t.increments('id');
    t.text('id_number_enc').notNullable();
    t.string('id_number_idx', 64).notNullable().unique();
    t.string('name', 64).notNullable().index();
    t.string('gender', 8).notNullable();
    t.string('birth_date', 10).notNullable();
    t.string('home_region_code', 12).notNullable();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.text('phone_enc').nullable();
    t.string('phone_idx', 64).nullable().index();
    t.text('payee_account_enc').nullable();
    t.string('payee_account_idx', 64).nullable().index();
    t.string('category', 32).notNullable();
    t.text('traits').nullable();
    t.string('education', 32).nullable();
    t.string('skill_base', 255).nullable();
    t.string('employment_status', 32).nullable();
    t.string('employer', 128).nullable();
    t.text('notes').nullable();
    t.integer('registered_by_institution_id').unsigned().nullable().references('id').inTable('institutions');
    t.text('extra').nullable();
    t.integer('form_version').nullable();
    bookkeeping(t);
  });
  await knex.schema.createTable('bases', (t) => {
    t.increments('id');
    t.string('name', 128).notNullable();
    t.integer('institution_id').unsigned().nullable().references('id').inTable('institutions').index();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.string('area_type', 16).notNullable();
    t.integer('capacity').notNullable();
    t.text('occupations').nullable();
    t.string('level', 16).notNullable();
    bookkeeping(t);
  });
  await knex.schema.createTable('programs', (t) => {
    t.increments('id');
    t.string('name', 128).notNullable();
    t.integer('institution_id').unsigned().notNullable().references('id').inTable('institutions').index();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.string('occupation_code', 32).notNullable().index();
    t.string('occupation_name', 64).nullable();
    t.string('level', 8).notNullable();
    t.string('training_kind', 32).notNullable();
    t.string('mode', 16).notNullable();
    t.string('delivery', 16).notNullable();
    t.string('target_group', 16).notNullable().defaultTo('general');
    t.boolean('subsidised').notNullable().defaultTo(true);
    t.integer('hours').notNullable();
    t.integer('capacity').notNullable();
    t.string('start_date', 10).notNullable();
    t.string('end_date', 10).notNullable();
    t.string('status', 16).notNullable().defaultTo('draft');
    t.text('extra').nullable();
    t.integer('form_version').nullable();
    bookkeeping(t);
  });
  await knex.schema.createTable('intentions', (t) => {
    t.increments('id');
    t.integer('worker_id').unsigned().notNullable().references('id').inTable('workers').index();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.string('channel', 32).notNullable();
    t.string('stated_on', 10).notNullable();
    t.string('occupation_code', 32).nullable();
    t.string('training_kind', 32).nullable();
    t.string('orientation', 16).nullable();
    t.boolean('wants_training').notNullable().defaultTo(true);
    t.boolean('wants_evaluation').notNullable().defaultTo(false);
    t.boolean('wants_job').notNullable().defaultTo(false);
    t.string('job_wish', 255).nullable();
    t.string('status', 16).notNullable().defaultTo('open');
    t.integer('enrollment_id').unsigned().nullable();
    t.text('extra').nullable();
    t.integer('form_version').nullable();
    bookkeeping(t);
  });
  await knex.schema.createTable('enrollments', (t) => {
    t.increments('id');
    t.integer('program_id').unsigned().notNullable().references('id').inTable('programs').index();
    t.integer('worker_id').unsigned().notNullable().references('id').inTable('workers').index();
    t.integer('intention_id').unsigned().nullable().references('id').inTable('intentions');
    t.string('status', 16).notNullable().defaultTo('enrolled');
    t.string('enrolled_on', 10).notNullable();
    t.integer('attended_hours').notNullable().defaultTo(0);
    t.string('completed_on', 10).nullable();
    t.string('assessment_result', 8).nullable();
    bookkeeping(t);
    t.unique(['program_id', 'worker_id']);
  });
  await knex.schema.createTable('attendance', (t) => {
    t.increments('id');
    t.integer('enrollment_id').unsigned().notNullable().references('id').inTable('enrollments').index();
    t.string('session_date', 10).notNullable();
    t.integer('hours').notNullable();
    t.string('check_in_at', 30).nullable();
    bookkeeping(t);
    t.unique(['enrollment_id', 'session_date']);
  });
  await knex.schema.createTable('certificates', (t) => {
    t.increments('id');
    t.integer('worker_id').unsigned().notNullable().references('id').inTable('workers').index();
    t.integer('enrollment_id').unsigned().nullable().references('id').inTable('enrollments');
    t.string('kind', 16).notNullable();
    t.string('number', 64).notNullable().unique();
    t.string('occupation_code', 32).notNullable();
    t.string('level', 8).notNullable();
    t.string('issuer', 128).notNullable();
    t.string('issued_on', 10).notNullable();
    bookkeeping(t);
  });
  await knex.schema.createTable('fund_sources', (t) => {
    t.increments('id');
    t.string('code', 32).notNullable().unique();
    t.string('name', 64).notNullable();
    bookkeeping(t);
  });
  await knex.schema.createTable('claims', (t) => {
    t.increments('id');
    t.string('type', 16).notNullable();
    t.integer('worker_id').unsigned().nullable().references('id').inTable('workers').index();
    t.integer('program_id').unsigned().nullable().references('id').inTable('programs').index();
    t.integer('enrollment_id').unsigned().nullable().references('id').inTable('enrollments');
    t.integer('certificate_id').unsigned().nullable().references('id').inTable('certificates');
    t.integer('base_id').unsigned().nullable().references('id').inTable('bases');
    t.integer('institution_id').unsigned().nullable().references('id').inTable('institutions').index();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.string('claim_date', 10).notNullable();
    t.string('period_from', 10).nullable();
    t.string('period_to', 10).nullable();
    t.bigInteger('requested_fen').notNullable().defaultTo(0);
    t.bigInteger('decided_fen').nullable();
    t.string('state', 16).notNullable().defaultTo('draft').index();
    t.string('outcome', 16).nullable();
    t.text('decision').nullable();
    t.text('rejection_reason').nullable();
    t.integer('fund_source_id').unsigned().nullable().references('id').inTable('fund_sources');
    t.string('submitted_at', 30).nullable();
    t.string('decided_at', 30).nullable();
    t.integer('decided_by').unsigned().nullable();
    t.string('paid_at', 30).nullable();
    t.string('idempotency_key', 128).nullable().unique();
    t.text('extra').nullable();
    t.integer('form_version').nullable();
    bookkeeping(t);
  });
  await knex.schema.createTable('budgets', (t) => {
    t.increments('id');
    t.integer('fund_source_id').unsigned().notNullable().references('id').inTable('fund_sources');
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.integer('year').notNullable();
    t.bigInteger('amount_fen').notNullable();
    t.bigInteger('reserved_fen').notNullable().defaultTo(0);
    t.bigInteger('spent_fen').notNullable().defaultTo(0);
    bookkeeping(t);
    t.unique(['fund_source_id', 'region_code', 'year']);
  });
  await knex.schema.createTable('follow_ups', (t) => {
    t.increments('id');
    t.integer('enrollment_id').unsigned().notNullable().references('id').inTable('enrollments').index();
    t.integer('worker_id').unsigned().notNullable().references('id').inTable('workers').index();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.string('due_on', 10).notNullable();
    t.integer('months_after').notNullable();
    t.string('done_on', 10).nullable();
    t.boolean('employed').nullable();
    t.string('employer', 128).nullable();
    t.string('income_band', 16).nullable();
    t.integer('satisfaction').nullable();
    t.text('notes').nullable();
    bookkeeping(t);
  });
  await knex.schema.createTable('job_postings', (t) => {
    t.increments('id');
    t.string('employer', 128).notNullable();
    t.string('title', 128).notNullable();
    t.string('region_code', 12).notNullable().references('id').inTable('regions').index();
    t.string('occupation_code', 32).notNullable().index();
    t.string('min_level', 8).nullable();
    t.integer('positions').notNullable().defaultTo(1);
    t.bigInteger('wage_min_fen').nullable();
    t.bigInteger('wage_max_fen').nullable();
    t.string('valid_to', 10).nullable();
    bookkeeping(t);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['job_postings', 'follow_ups', 'budgets', 'claims', 'fund_sources', 'certificates', 'attendance', 'enrollments', 'intentions', 'programs', 'bases', 'workers']) {
    await knex.schema.dropTableIfExists(table);
  }
}
