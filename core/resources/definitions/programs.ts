// The resource definition of core/entities/programs.ts (its schema): who may read and write it, its scope, the checks on each write.
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource, type HookArgs } from '../definition.js';
import { regionColumn } from '../scope.js';
import { conflict } from '../../http/errors.js';
import { checkProgram } from '../../workflow/classes.js';
import { clerkInstitution, linked, settleWithinLeague } from '../../workflow/scope-fields.js';
import { Program } from '../../entities/programs.js';
import { checkDates } from '../../validation/date-order.js';

/** A class is its institution's (a clerk's own when not named) and is held in the institution's 盟市. */
async function programScope(input: Record<string, unknown>, args: HookArgs): Promise<void> {
  input.institution_id ??= (await clerkInstitution(args.trx, args.ctx))?.id;
  const inst = await linked<{ name: string; region_code: string }>(args, 'institutions', input.institution_id, 'institution_id', ['name', 'region_code']);
  await settleWithinLeague(args.trx, input, 'region_code', inst.region_code, '开班地区', `培训机构「${inst.name}」`);
}

export const programs = defineResource({
  name: 'programs',
  table: 'programs',
  form: 'program',
  label: '培训班',
  schema: Program,
  // institution_id: a clerk's own institution when left out; region_code: the institution's node when left out.
  create: createSchema(Program, ['form_version'], ['institution_id', 'region_code']),
  update: updateSchema(Program),
  readOnly: ['institution_id', 'form_version'],
  references: { institution_id: 'institutions' },
  search: ['name', 'occupation_name', 'occupation_code'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'rcud', auditor: 'r' },
  scopeRegion: regionColumn('programs.region_code'),
  scopeInstitution: (qb, id) => { qb.where('programs.institution_id', id); },
  async prepare(input, op, args) {
    checkDates(input, undefined, 'start_date', 'end_date', '培训班');
    if (op === 'create') await programScope(input, args);
    return input;
  },
  beforeCreate: (row, args) => checkProgram(row, null, args),
  async beforeUpdate(row, before, args) {
    checkDates(row, before, 'start_date', 'end_date', '培训班');
    if (row.region_code !== undefined && row.region_code !== before.region_code) await programScope({ ...row, institution_id: before.institution_id }, args);
    return checkProgram(row, before, args);
  },
  async beforeDelete(before) {
    if (before.status !== 'draft') throw conflict('只有草稿状态的培训班可以删除；已招生的培训班请关闭', 'status');
  },
});
