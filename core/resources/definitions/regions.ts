// The resource definition of core/entities/regions.ts (its schema): who may read and write it, its scope, the checks on each write.
import { RegionCode } from '../../schemas/common.js';
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource } from '../definition.js';
import { badRequest } from '../../http/errors.js';
import { Region } from '../../entities/regions.js';

export const regions = defineResource({
  name: 'regions',
  table: 'regions',
  label: '行政区划',
  idKind: 'string',
  schema: Region,
  create: createSchema(Region, ['path'], [], { id: RegionCode }),
  update: updateSchema(Region),
  readOnly: ['path', 'parent_id'],
  search: ['name', 'id'],
  defaultSort: ['id', 'ASC'],
  access: { platform_admin: 'rcud', region_admin: 'r', reviewer: 'r', institution_staff: 'r', auditor: 'r' },
  async beforeCreate(row, { trx }) {
    if (!row.parent_id) throw badRequest('新建行政区划必须指定上级（parent_id）', 'parent_id');
    const parent = await trx('regions').where({ id: row.parent_id }).first('path');
    if (!parent) throw badRequest(`上级行政区划 ${row.parent_id} 不存在`, 'parent_id');
    return { ...row, path: `${parent.path}${row.id}/` };
  },
});
