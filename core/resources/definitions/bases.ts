// The resource definition of core/entities/bases.ts (its schema): who may read and write it, its scope, the checks on each write.
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource, type HookArgs } from '../definition.js';
import { badRequest } from '../../http/errors.js';
import { linked, settleWithinLeague } from '../../workflow/scope-fields.js';
import { regionColumn } from '../scope.js';
import { Base } from '../../entities/bases.js';

export const bases = defineResource({
  name: 'bases',
  table: 'bases',
  label: '实训基地',
  schema: Base,
  // region_code: the institution's node when the base is an institution's and no node is named.
  create: createSchema(Base, [], ['region_code']),
  update: updateSchema(Base),
  references: { institution_id: 'institutions' },
  search: ['name'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'r', auditor: 'r' },
  scopeRegion: regionColumn('bases.region_code'),
  scopeInstitution: (qb, id) => { qb.where('bases.institution_id', id); },
  async prepare(input, op, args) {
    if (op === 'create') await baseScope(input, args);
    return input;
  },
  async beforeUpdate(row, before, args) {
    const moved = ['institution_id', 'region_code'].some((f) => row[f] !== undefined && String(row[f] ?? '') !== String(before[f] ?? ''));
    if (moved) {
      const merged = { institution_id: before.institution_id, region_code: before.region_code, ...row };
      await baseScope(merged, args);
    }
    return row;
  },
});

/** An institution's base lies in the institution's 盟市; a base of no institution names its node. */
async function baseScope(input: Record<string, unknown>, args: HookArgs): Promise<void> {
  if (input.institution_id !== undefined && input.institution_id !== null) {
    const inst = await linked<{ name: string; region_code: string }>(args, 'institutions', input.institution_id, 'institution_id', ['name', 'region_code']);
    await settleWithinLeague(args.trx, input, 'region_code', inst.region_code, '所在地区', `培训机构「${inst.name}」`);
  }
  if (!input.region_code) throw badRequest('请填写实训基地所在地区（region_code）', 'region_code');
}
