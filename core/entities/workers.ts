// Workers (农牧民工): identified by the resident ID number, which is encrypted and found by its blind index.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Extra, Id, Name, Nullable, RegionCode, StringEnum, Text, WORKER_CATEGORIES, WithDefault } from '../schemas/common.js';

export const WORKER_TRAITS = ENUMS.worker_trait;
export const EDUCATION = ENUMS.education;
export const EMPLOYMENT = ENUMS.employment_status;

export const Worker = Type.Object({
  id: Id,
  id_number: Type.String({ minLength: 18, maxLength: 18, description: '公民身份号码; returned masked unless revealed' }),
  name: Name(),
  gender: StringEnum(ENUMS.gender, { description: 'From the ID number' }),
  birth_date: DateString,
  home_region_code: Type.String({ maxLength: 12, description: 'Birth/registration region from the ID number' }),
  region_code: RegionCode,
  phone: Nullable(Type.String({ maxLength: 20, description: 'Mobile number; returned masked unless revealed' })),
  payee_account: Nullable(Type.String({ maxLength: 32, description: 'Bank account for payments; returned masked unless revealed' })),
  category: StringEnum(WORKER_CATEGORIES),
  traits: WithDefault(Type.Array(StringEnum(WORKER_TRAITS), { maxItems: WORKER_TRAITS.length, uniqueItems: true }), []),
  education: Nullable(StringEnum(EDUCATION)),
  skill_base: Nullable(Text(255)),
  employment_status: Nullable(StringEnum(EMPLOYMENT)),
  employer: Nullable(Text(128)),
  notes: Nullable(Text(2000)),
  extra: Nullable(Extra),
  form_version: Nullable(Type.Integer()),
  ...Bookkeeping,
});
export type Worker = Static<typeof Worker>;
