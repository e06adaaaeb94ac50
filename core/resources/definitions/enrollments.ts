// The resource definition of core/entities/enrollments.ts (its schema): who may read and write it, its scope, the checks on each write.
import { Type } from '@sinclair/typebox';
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource } from '../definition.js';
import type { Knex } from 'knex';
import { badRequest } from '../../http/errors.js';
import { checkCompletion, checkEnrolment, enrolmentPrepare, placeIntention } from '../../workflow/enrollments.js';
import { Enrollment } from '../../entities/enrollments.js';

/** Enrolments of programs in a region subtree. */
export function enrollmentsInRegions(knex: Knex, regionIds: Knex.QueryBuilder) {
  return knex('programs').whereIn('programs.region_code', regionIds).select('programs.id');
}

export const enrollments = defineResource({
  name: 'enrollments',
  table: 'enrollments',
  label: '报名记录',
  schema: Enrollment,
  create: createSchema(Enrollment, ['attended_hours', 'status', 'completed_on', 'assessment_result'], ['worker_id'], {
    worker_id_number: Type.Optional(Type.String({ minLength: 18, maxLength: 18, description: 'Enrol by ID number instead of worker_id' })),
  }),
  update: updateSchema(Enrollment),
  readOnly: ['program_id', 'worker_id', 'attended_hours'],
  references: { program_id: 'programs', intention_id: 'intentions' },
  unique: { program_id: '该人员已报名此培训班' },
  defaultSort: ['enrolled_on', 'DESC'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'rcud', auditor: 'r' },
  leagueColumn: 'enrollments.league_code',
  scopeRegion: (qb, regionIds, knex) => { qb.whereIn('enrollments.program_id', enrollmentsInRegions(knex, regionIds)); },
  scopeInstitution: (qb, id, knex) => { qb.whereIn('enrollments.program_id', knex('programs').where('institution_id', id).select('id')); },
  prepare: enrolmentPrepare,
  beforeCreate: checkEnrolment,
  async beforeUpdate(row, before, args) {
    // The wish an enrolment answers is its own worker's.
    if (row.intention_id !== undefined && row.intention_id !== null && Number(row.intention_id) !== Number(before.intention_id)) {
      const wish = await args.trx('intentions').where({ id: row.intention_id }).first('worker_id');
      if (!wish || Number(wish.worker_id) !== Number(before.worker_id)) throw badRequest('所选意愿登记不属于该人员', 'intention_id');
    }
    return checkCompletion(row, before, args);
  },
  async afterWrite(record, op, args) {
    if (op === 'create') await placeIntention(record, args);
  },
});
