// Certificates: 职业资格证书, 职业技能等级证书, 专项职业能力证书; a number is unique.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Id, Level, Nullable, StringEnum, Name } from '../schemas/common.js';

export const Certificate = Type.Object({
  id: Id,
  worker_id: Id,
  enrollment_id: Nullable(Id),
  kind: StringEnum(ENUMS.certificate_kind),
  number: Type.String({ minLength: 4, maxLength: 64 }),
  occupation_code: Type.String({ minLength: 1, maxLength: 32 }),
  level: Level,
  issuer: Name(128),
  issued_on: DateString,
  ...Bookkeeping,
});
export type Certificate = Static<typeof Certificate>;
