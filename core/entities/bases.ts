// Training bases (就业技能实训基地), funded 以奖代补 after results.
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, Id, Name, Nullable, RegionCode, StringEnum } from '../schemas/common.js';
import { createSchema, updateSchema } from '../schemas/derive.js';
import type { ResourceDefinition } from '../resources/definition.js';
import { regionColumn } from '../resources/scope.js';

export const Base = Type.Object({
  id: Id,
  name: Name(128),
  institution_id: Nullable(Id),
  region_code: RegionCode,
  area_type: StringEnum(['rural', 'pastoral', 'border', 'urban'] as const),
  capacity: Type.Integer({ minimum: 1, maximum: 100000 }),
  occupations: Type.Array(Type.String({ maxLength: 32 }), { default: [], maxItems: 2000, description: 'Occupation codes served' }),
  level: StringEnum(['region', 'league', 'county'] as const),
  ...Bookkeeping,
});
export type Base = Static<typeof Base>;

export const bases: ResourceDefinition = {
  name: 'bases',
  table: 'bases',
  label: '实训基地',
  schema: Base,
  create: createSchema(Base),
  update: updateSchema(Base),
  references: { institution_id: 'institutions' },
  search: ['name'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'r', auditor: 'r' },
  scopeRegion: regionColumn('bases.region_code'),
  scopeInstitution: (qb, id) => { qb.where('bases.institution_id', id); },
};
