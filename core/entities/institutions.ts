// Training institutions (培训机构): approval for subsidised training with validity, brand level.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Id, Name, Nullable, RegionCode, StringEnum, Text, WithDefault } from '../schemas/common.js';

export const INSTITUTION_KINDS = ENUMS.institution_kind;
export const APPROVAL_STATUSES = ENUMS.approval_status;
export const BRAND_LEVELS = ENUMS.brand_level;

export const Institution = Type.Object({
  id: Id,
  name: Name(128),
  credit_code: Type.String({ minLength: 18, maxLength: 18, description: '统一社会信用代码 (GB 32100)' }),
  region_code: RegionCode,
  kind: StringEnum(INSTITUTION_KINDS),
  approval_status: WithDefault(StringEnum(APPROVAL_STATUSES), 'pending'),
  approved_from: Nullable(DateString),
  approved_to: Nullable(DateString),
  brand_level: WithDefault(StringEnum(BRAND_LEVELS), 'none'),
  contact_name: Nullable(Text(64)),
  contact_phone: Nullable(Text(32, { description: 'Mobile or landline with area code; personal data: returned masked unless revealed (audited)' })),
  address: Nullable(Text(255)),
  occupations: Nullable(Type.Array(Type.String({ maxLength: 32 }), { maxItems: 2000, description: 'Occupation codes the institution is registered to train and assess' })),
  ...Bookkeeping,
});
export type Institution = Static<typeof Institution>;
