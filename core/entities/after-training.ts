// After training (R5): follow-up visits and job postings.
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Fen, Id, Level, Name, Nullable, RegionCode, StringEnum, Text, WithDefault } from '../schemas/common.js';

export const FollowUp = Type.Object({
  id: Id,
  enrollment_id: Id,
  worker_id: Id,
  region_code: RegionCode,
  due_on: DateString,
  months_after: Type.Integer({ minimum: 0, maximum: 60 }),
  done_on: Nullable(DateString),
  employed: Nullable(Type.Boolean()),
  employer: Nullable(Text(128)),
  income_band: Nullable(StringEnum(['below_2000', '2000_3999', '4000_5999', '6000_7999', '8000_plus'] as const)),
  satisfaction: Nullable(Type.Integer({ minimum: 1, maximum: 5 })),
  notes: Nullable(Text(2000)),
  ...Bookkeeping,
});
export type FollowUp = Static<typeof FollowUp>;

export const JobPosting = Type.Object({
  id: Id,
  employer: Name(128),
  title: Name(128),
  region_code: RegionCode,
  occupation_code: Type.String({ minLength: 1, maxLength: 32 }),
  min_level: Nullable(Level),
  positions: WithDefault(Type.Integer({ minimum: 1, maximum: 100000 }), 1),
  wage_min_fen: Nullable(Fen),
  wage_max_fen: Nullable(Fen),
  valid_to: Nullable(DateString),
  ...Bookkeeping,
});
export type JobPosting = Static<typeof JobPosting>;
