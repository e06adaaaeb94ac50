// The resource definition of core/entities/claims.ts (its schema): who may read and write it, its scope, the checks on each write.
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource } from '../definition.js';
import { regionColumn } from '../scope.js';
import { conflict } from '../../http/errors.js';
import { prepareClaim } from '../../workflow/claim-create.js';
import { Claim } from '../../entities/claims.js';

/** Set only by workflow actions (submit, evaluate, approve, reject, pay), never by PUT. */
export const CLAIM_WORKFLOW_FIELDS = ['state', 'outcome', 'decision', 'decided_fen', 'rejection_reason', 'submitted_at', 'decided_at', 'decided_by', 'paid_at', 'form_version'] as const;

/** The records a claim is for and the scope derived from them: set at creation, never changed by PUT. */
export const CLAIM_LINK_FIELDS = ['worker_id', 'program_id', 'enrollment_id', 'certificate_id', 'base_id', 'institution_id', 'region_code'] as const;

export const claims = defineResource({
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
});
