// Regions: the GB/T 2260 tree (自治区 → 盟市 → 旗县 → 苏木乡镇 → 嘎查村); any node may own configuration.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, Nullable, RegionCode, StringEnum, Name, WithDefault } from '../schemas/common.js';

export const REGION_LEVELS = ENUMS.region_level;

export const Region = Type.Object({
  id: RegionCode,
  name: Name(),
  level: StringEnum(REGION_LEVELS),
  parent_id: Nullable(RegionCode),
  path: Type.String({ maxLength: 255, description: 'Materialised path: /150000/150200/' }),
  slug: Nullable(Type.String({ maxLength: 64, pattern: '^[a-z0-9-]+$' })),
  is_example: WithDefault(Type.Boolean({ description: 'An illustrative node of the demo tree' }), false),
  owns_config: WithDefault(Type.Boolean({ description: 'Has an HR bureau that publishes its own configuration' }), false),
  ...Bookkeeping,
});
export type Region = Static<typeof Region>;
