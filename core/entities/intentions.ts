// Intentions (培训意愿/求职意愿): a worker's training and job wish, from a channel, feeding the three ledgers.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Extra, Id, Nullable, RegionCode, StringEnum, Text, TrainingKind, ORIENTATIONS } from '../schemas/common.js';

export const CHANNELS = ENUMS.channel;

export const Intention = Type.Object({
  id: Id,
  worker_id: Id,
  region_code: RegionCode,
  channel: StringEnum(CHANNELS),
  stated_on: DateString,
  occupation_code: Nullable(Type.String({ maxLength: 32 })),
  training_kind: Nullable(TrainingKind),
  orientation: Nullable(StringEnum(ORIENTATIONS)),
  wants_training: Type.Boolean({ default: true }),
  wants_evaluation: Type.Boolean({ default: false }),
  wants_job: Type.Boolean({ default: false }),
  job_wish: Nullable(Text(255)),
  status: StringEnum(ENUMS.intention_status, { default: 'open' }),
  enrollment_id: Nullable(Id),
  extra: Nullable(Extra),
  form_version: Nullable(Type.Integer()),
  ...Bookkeeping,
});
export type Intention = Static<typeof Intention>;
