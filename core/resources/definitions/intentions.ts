// The resource definition of core/entities/intentions.ts (its schema): who may read and write it, its scope, the checks on each write.
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource, type HookArgs } from '../definition.js';
import { linked, settleWithinLeague } from '../../workflow/scope-fields.js';
import { regionColumn } from '../scope.js';
import { Intention } from '../../entities/intentions.js';

/** A wish is kept in its worker's 盟市 (the ledgers and 愿培尽培 count it there). */
async function intentionScope(input: Record<string, unknown>, workerId: unknown, args: HookArgs): Promise<void> {
  const worker = await linked<{ region_code: string }>(args, 'workers', workerId, 'worker_id', ['region_code']);
  await settleWithinLeague(args.trx, input, 'region_code', worker.region_code, '登记地区', `人员 ${workerId} 的登记地区`);
}

export const intentions = defineResource({
  name: 'intentions',
  table: 'intentions',
  form: 'intention',
  label: '意愿登记',
  schema: Intention,
  // region_code: where the wish is kept, in the worker's 盟市; left out, the worker's node.
  create: createSchema(Intention, ['status', 'enrollment_id', 'form_version'], ['region_code']),
  update: updateSchema(Intention),
  readOnly: ['worker_id', 'enrollment_id', 'form_version'],
  references: { worker_id: 'workers' },
  search: ['job_wish', 'occupation_code'],
  defaultSort: ['stated_on', 'DESC'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'r', auditor: 'r' },
  leagueColumn: 'intentions.league_code',
  scopeRegion: regionColumn('intentions.region_code'),
  async prepare(input, op, args) {
    if (op === 'create') await intentionScope(input, input.worker_id, args);
    return input;
  },
  async beforeUpdate(row, before, args) {
    if (row.region_code !== undefined && row.region_code !== before.region_code) await intentionScope(row, before.worker_id, args);
    return row;
  },
  // Staff see the wishes they placed, and open training wishes of their region to place workers.
  scopeInstitution: (qb, id, knex) => {
    qb.where((w) => w
      .whereIn('intentions.enrollment_id', knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id').where('programs.institution_id', id).select('enrollments.id'))
      .orWhere((o) => o.where('intentions.status', 'open').where('intentions.wants_training', true)
        .whereIn('intentions.region_code', knex('regions').select('regions.id').where('regions.path', 'like',
          knex.raw("(select concat(r2.path, '%') from institutions i join regions r2 on r2.id = i.region_code where i.id = ?)", [id])))));
  },
});
