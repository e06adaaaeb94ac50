// After training (R5): follow-up visits and job postings.
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Fen, Id, Level, Name, Nullable, RegionCode, StringEnum, Text } from '../schemas/common.js';
import { createSchema, updateSchema } from '../schemas/derive.js';
import type { ResourceDefinition } from '../resources/definition.js';
import { linked, settle } from '../workflow/scope-fields.js';
import { regionColumn } from '../resources/scope.js';

export const FollowUp = Type.Object({
  id: Id,
  enrollment_id: Id,
  worker_id: Id,
  region_code: RegionCode,
  due_on: DateString,
  months_after: Type.Integer({ minimum: 0, maximum: 60 }),
  done_on: Nullable(DateString),
  employed: Nullable(Type.Boolean()),
  employer: Nullable(Text(128)),
  income_band: Nullable(StringEnum(['below_2000', '2000_3999', '4000_5999', '6000_7999', '8000_plus'] as const)),
  satisfaction: Nullable(Type.Integer({ minimum: 1, maximum: 5 })),
  notes: Nullable(Text(2000)),
  ...Bookkeeping,
});
export type FollowUp = Static<typeof FollowUp>;

export const followUps: ResourceDefinition = {
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
};

export const JobPosting = Type.Object({
  id: Id,
  employer: Name(128),
  title: Name(128),
  region_code: RegionCode,
  occupation_code: Type.String({ minLength: 1, maxLength: 32 }),
  min_level: Nullable(Level),
  positions: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
  wage_min_fen: Nullable(Fen),
  wage_max_fen: Nullable(Fen),
  valid_to: Nullable(DateString),
  ...Bookkeeping,
});
export type JobPosting = Static<typeof JobPosting>;

export const jobPostings: ResourceDefinition = {
  name: 'job_postings',
  table: 'job_postings',
  label: '招聘岗位',
  schema: JobPosting,
  create: createSchema(JobPosting),
  update: updateSchema(JobPosting),
  search: ['employer', 'title'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'r', auditor: 'r' },
  scopeRegion: regionColumn('job_postings.region_code'),
};
