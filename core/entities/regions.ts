// Regions: the GB/T 2260 tree (自治区 → 盟市 → 旗县 → 苏木乡镇 → 嘎查村); any node may own configuration.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, Nullable, RegionCode, StringEnum, Name } from '../schemas/common.js';
import { createSchema, updateSchema } from '../schemas/derive.js';
import type { ResourceDefinition } from '../resources/definition.js';
import { badRequest } from '../http/errors.js';

export const REGION_LEVELS = ENUMS.region_level;

export const Region = Type.Object({
  id: RegionCode,
  name: Name(),
  level: StringEnum(REGION_LEVELS),
  parent_id: Nullable(RegionCode),
  path: Type.String({ maxLength: 255, description: 'Materialised path: /150000/150200/' }),
  slug: Nullable(Type.String({ maxLength: 64, pattern: '^[a-z0-9-]+$' })),
  is_example: Type.Boolean({ default: false, description: 'An illustrative node of the demo tree' }),
  owns_config: Type.Boolean({ default: false, description: 'Has an HR bureau that publishes its own configuration' }),
  ...Bookkeeping,
});
export type Region = Static<typeof Region>;

export const regions: ResourceDefinition = {
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
};
