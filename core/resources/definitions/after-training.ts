// The resource definition of core/entities/after-training.ts (its schema): who may read and write it, its scope, the checks on each write.
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource } from '../definition.js';
import { linked, settle } from '../../workflow/scope-fields.js';
import { regionColumn } from '../scope.js';
import { FollowUp, JobPosting } from '../../entities/after-training.js';

export const followUps = defineResource({
  name: 'follow_ups',
  table: 'follow_ups',
  label: '跟踪回访',
  schema: FollowUp,
  // worker_id and region_code come from the enrolment (its worker, its class's node).
  create: createSchema(FollowUp, [], ['worker_id', 'region_code']),
  update: updateSchema(FollowUp),
  readOnly: ['enrollment_id', 'worker_id', 'region_code'],
  references: { enrollment_id: 'enrollments', worker_id: 'workers' },
  defaultSort: ['due_on', 'ASC'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'ru', auditor: 'r' },
  scopeRegion: regionColumn('follow_ups.region_code'),
  scopeInstitution: (qb, id, knex) => {
    qb.whereIn('follow_ups.enrollment_id', knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id').where('programs.institution_id', id).select('enrollments.id'));
  },
  async prepare(input, op, args) {
    if (op !== 'create') return input;
    const e = await linked(args, 'enrollments', input.enrollment_id, 'enrollment_id', ['worker_id', 'program_id']);
    const from = `报名记录 ${input.enrollment_id}`;
    settle(input, 'worker_id', e.worker_id, '回访对象', from);
    const program = await args.trx('programs').where({ id: e.program_id }).first('region_code');
    settle(input, 'region_code', program.region_code, '所属地区', `${from} 所在培训班`);
    return input;
  },
});

export const jobPostings = defineResource({
  name: 'job_postings',
  table: 'job_postings',
  label: '招聘岗位',
  schema: JobPosting,
  create: createSchema(JobPosting),
  update: updateSchema(JobPosting),
  search: ['employer', 'title'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'r', auditor: 'r' },
  scopeRegion: regionColumn('job_postings.region_code'),
});
