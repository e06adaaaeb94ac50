// Intentions (培训意愿/求职意愿): a worker's training and job wish, from a channel, feeding the three ledgers.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Extra, Id, Nullable, RegionCode, StringEnum, Text, TrainingKind, ORIENTATIONS, WithDefault } from '../schemas/common.js';

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
  wants_training: WithDefault(Type.Boolean(), true),
  wants_evaluation: WithDefault(Type.Boolean(), false),
  wants_job: WithDefault(Type.Boolean(), false),
  job_wish: Nullable(Text(255)),
  status: WithDefault(StringEnum(ENUMS.intention_status), 'open'),
  enrollment_id: Nullable(Id),
  extra: Nullable(Extra),
  form_version: Nullable(Type.Integer()),
  ...Bookkeeping,
});
export type Intention = Static<typeof Intention>;
