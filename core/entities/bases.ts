// Training bases (就业技能实训基地), funded 以奖代补 after results.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, Id, Name, Nullable, RegionCode, StringEnum, WithDefault } from '../schemas/common.js';

export const Base = Type.Object({
  id: Id,
  name: Name(128),
  institution_id: Nullable(Id),
  region_code: RegionCode,
  area_type: StringEnum(ENUMS.area_type),
  capacity: Type.Integer({ minimum: 1, maximum: 100000 }),
  occupations: WithDefault(Type.Array(Type.String({ maxLength: 32 }), { maxItems: 2000, description: 'Occupation codes served' }), []),
  level: StringEnum(ENUMS.base_level),
  ...Bookkeeping,
});
export type Base = Static<typeof Base>;
