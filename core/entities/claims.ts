// Subsidy claims: 职业培训补贴, 职业技能评价补贴, 技能提升补贴 and 以奖代补 base rewards, with their decision.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, CLAIM_STATES, CLAIM_TYPES, DateString, Extra, Fen, Id, Nullable, RegionCode, StringEnum, Text, Timestamp } from '../schemas/common.js';
import { createSchema, updateSchema } from '../schemas/derive.js';
import type { ResourceDefinition } from '../resources/definition.js';
import { regionColumn } from '../resources/scope.js';
import { conflict } from '../http/errors.js';
import { prepareClaim } from '../workflow/claim-create.js';

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
  state: StringEnum(CLAIM_STATES, { default: 'draft' }),
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

/** Set only by workflow actions (submit, evaluate, approve, reject, pay), never by PUT. */
export const CLAIM_WORKFLOW_FIELDS = ['state', 'outcome', 'decision', 'decided_fen', 'rejection_reason', 'submitted_at', 'decided_at', 'decided_by', 'paid_at', 'form_version'];

/** The records a claim is for and the scope derived from them: set at creation, never changed by PUT. */
export const CLAIM_LINK_FIELDS = ['worker_id', 'program_id', 'enrollment_id', 'certificate_id', 'base_id', 'institution_id', 'region_code'];

export const claims: ResourceDefinition = {
  name: 'claims',
  table: 'claims',
  form: 'claim',
  label: '补贴申请',
  schema: Claim,
  create: createSchema(Claim, CLAIM_WORKFLOW_FIELDS, ['requested_fen', 'region_code', 'claim_date']),
  update: updateSchema(Claim),
  // What a claim is for and where it sits are derived at creation (workflow/claim-create.ts): a draft is for that
  // enrolment, certificate or base for good; to claim for another, delete the draft and create a new one.
  readOnly: [...CLAIM_WORKFLOW_FIELDS, ...CLAIM_LINK_FIELDS, 'type'],
  references: { worker_id: 'workers', program_id: 'programs', enrollment_id: 'enrollments', certificate_id: 'certificates', base_id: 'bases', institution_id: 'institutions', fund_source_id: 'fund_sources' },
  defaultSort: ['id', 'DESC'],
  // A decision is tens of KB of fact snapshot: the show page reads it (GET /claims/:id, /claims/:id/decision).
  listOmit: ['decision'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'rcud', auditor: 'r' },
  leagueColumn: 'claims.league_code',
  scopeRegion: regionColumn('claims.region_code'),
  scopeInstitution: (qb, id) => { qb.where('claims.institution_id', id); },
  idempotent: true,
  prepare: prepareClaim,
  async beforeUpdate(row, before) {
    if (before.state !== 'draft') throw conflict('只有草稿状态的补贴申请可以修改', 'state');
    return row;
  },
  async beforeDelete(before) {
    if (before.state !== 'draft') throw conflict('只有草稿状态的补贴申请可以删除；已提交的申请请走驳回流程', 'state');
  },
};
