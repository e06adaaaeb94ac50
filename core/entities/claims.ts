// Subsidy claims: 职业培训补贴, 职业技能评价补贴, 技能提升补贴 and 以奖代补 base rewards, with their decision.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, CLAIM_STATES, CLAIM_TYPES, DateString, Extra, Fen, Id, Nullable, RegionCode, StringEnum, Text, Timestamp, WithDefault } from '../schemas/common.js';

export const Claim = Type.Object({
  id: Id,
  type: StringEnum(CLAIM_TYPES),
  worker_id: Nullable(Id),
  program_id: Nullable(Id),
  enrollment_id: Nullable(Id),
  certificate_id: Nullable(Id),
  base_id: Nullable(Id),
  institution_id: Nullable(Id),
  region_code: RegionCode,
  claim_date: DateString,
  period_from: Nullable(DateString),
  period_to: Nullable(DateString),
  requested_fen: Fen,
  decided_fen: Nullable(Fen),
  state: WithDefault(StringEnum(CLAIM_STATES), 'draft'),
  outcome: Nullable(StringEnum(ENUMS.claim_outcome)),
  decision: Nullable(Type.Unknown({ description: 'The stored decision: rule-set version, fact snapshot, rule and condition results' })),
  rejection_reason: Nullable(Text(2000)),
  fund_source_id: Nullable(Id),
  submitted_at: Nullable(Timestamp),
  decided_at: Nullable(Timestamp),
  decided_by: Nullable(Id),
  paid_at: Nullable(Timestamp),
  extra: Nullable(Extra),
  form_version: Nullable(Type.Integer()),
  ...Bookkeeping,
});
export type Claim = Static<typeof Claim>;
