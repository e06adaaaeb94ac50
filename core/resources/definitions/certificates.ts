// The resource definition of core/entities/certificates.ts (its schema): who may read and write it, its scope, the checks on each write.
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource, type HookArgs } from '../definition.js';
import { badRequest } from '../../http/errors.js';
import { linked, settle } from '../../workflow/scope-fields.js';
import { Certificate } from '../../entities/certificates.js';

export const certificates = defineResource({
  name: 'certificates',
  table: 'certificates',
  label: '证书',
  schema: Certificate,
  // worker_id: the enrolment's worker when one is named.
  create: createSchema(Certificate, [], ['worker_id']),
  update: updateSchema(Certificate),
  readOnly: ['worker_id'],
  references: { worker_id: 'workers', enrollment_id: 'enrollments' },
  unique: { number: '该证书编号已登记' },
  search: ['number', 'issuer'],
  defaultSort: ['issued_on', 'DESC'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'rcu', auditor: 'r' },
  leagueColumn: 'certificates.league_code',
  scopeRegion: (qb, regionIds, knex) => { qb.whereIn('certificates.worker_id', knex('workers').whereIn('region_code', regionIds).select('id')); },
  scopeInstitution: (qb, id, knex) => {
    qb.whereIn('certificates.enrollment_id', knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id').where('programs.institution_id', id).select('enrollments.id'));
  },
  async prepare(input, op, args) {
    if (op === 'create') await certificateScope(input, args);
    return input;
  },
  async beforeUpdate(row, before, args) {
    if (row.enrollment_id !== undefined && row.enrollment_id !== null && Number(row.enrollment_id) !== Number(before.enrollment_id)) {
      const e = await linked(args, 'enrollments', row.enrollment_id, 'enrollment_id', ['worker_id']);
      if (Number(e.worker_id) !== Number(before.worker_id)) throw badRequest(`报名记录 ${row.enrollment_id} 的学员不是该证书的持证人（人员 ${before.worker_id}）`, 'enrollment_id');
    }
    return row;
  },
});

/** A certificate earned in a class is its enrolment's worker's. */
async function certificateScope(input: Record<string, unknown>, args: HookArgs): Promise<void> {
  if (input.enrollment_id !== undefined && input.enrollment_id !== null) {
    const e = await linked(args, 'enrollments', input.enrollment_id, 'enrollment_id', ['worker_id']);
    settle(input, 'worker_id', e.worker_id, '持证人', `报名记录 ${input.enrollment_id}`);
  }
  if (!input.worker_id) throw badRequest('请选择持证人（worker_id）或关联报名记录（enrollment_id）', 'worker_id');
}
