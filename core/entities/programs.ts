// Programs: a class an institution runs on a catalog occupation and level.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Extra, Id, Level, Name, Nullable, RegionCode, StringEnum, Text, TrainingKind, WithDefault } from '../schemas/common.js';

export const PROGRAM_STATUSES = ENUMS.program_status;

export const Program = Type.Object({
  id: Id,
  name: Name(128),
  institution_id: Id,
  region_code: RegionCode,
  occupation_code: Type.String({ minLength: 1, maxLength: 32 }),
  occupation_name: Nullable(Text(64)),
  level: Level,
  training_kind: TrainingKind,
  mode: StringEnum(ENUMS.program_mode),
  delivery: StringEnum(ENUMS.delivery),
  target_group: WithDefault(StringEnum(ENUMS.target_group), 'general'),
  subsidised: WithDefault(Type.Boolean(), true),
  hours: Type.Integer({ minimum: 1, maximum: 5000 }),
  capacity: Type.Integer({ minimum: 1, maximum: 1000 }),
  start_date: DateString,
  end_date: DateString,
  status: WithDefault(StringEnum(PROGRAM_STATUSES), 'draft'),
  extra: Nullable(Extra),
  form_version: Nullable(Type.Integer()),
  ...Bookkeeping,
});
export type Program = Static<typeof Program>;
