// Risk cases (风险隐患清单): one record per finding of a risk check, followed until cleared or confirmed.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, Fen, Id, Nullable, RegionCode, StringEnum, Text, Timestamp } from '../schemas/common.js';
import { defineResource } from '../resources/definition.js';
import { regionColumn } from '../resources/scope.js';
import { badRequest } from '../http/errors.js';

export const RISK_STATUSES = ENUMS.risk_status;
export type RiskStatus = (typeof RISK_STATUSES)[number];
/** Statuses in which a case holds its claims: approval and payment are refused. */
export const ACTIVE_STATUSES: RiskStatus[] = ['open', 'investigating'];
export const SEVERITIES = ENUMS.risk_severity;

export const RiskNote = Type.Object({
  at: Timestamp,
  user_id: Nullable(Id),
  username: Nullable(Type.String()),
  text: Type.String(),
});
export type RiskNote = Static<typeof RiskNote>;

export const RiskCase = Type.Object({
  id: Id,
  check_id: Type.String({ description: 'The risk check that found it (its i18n key)' }),
  key: Type.String({ description: 'Stable key of the finding within its check' }),
  region_code: RegionCode,
  severity: StringEnum(SEVERITIES),
  title: Type.String(),
  summary: Type.String(),
  status: StringEnum(RISK_STATUSES),
  assignee_id: Nullable(Id),
  notes: Type.Array(RiskNote, { description: 'Append-only' }),
  evidence: Nullable(Type.Unknown({ description: 'What the check found: ids, dates, counts; personal data masked or by id' })),
  claim_ids: Type.Array(Id),
  institution_id: Nullable(Id),
  worker_ids: Type.Array(Id),
  held_fen: Fen,
  found_at: Timestamp,
  last_seen_at: Timestamp,
  resolved_at: Nullable(Timestamp),
  resolved_by: Nullable(Id),
  resolution: Nullable(Text(2000)),
  ...Bookkeeping,
});
export type RiskCase = Static<typeof RiskCase>;

export const riskCases = defineResource({
  name: 'risk_cases',
  table: 'risk_cases',
  label: '风险案件',
  schema: RiskCase,
  // No POST or PUT: cases are made by scans and moved only by the audited actions in routes.ts.
  defaultSort: ['found_at', 'DESC'],
  search: ['title', 'summary'],
  virtualFilters: {
    /** A node of the region tree: cases anywhere in its subtree (`{"node":"150200"}`). */
    node: (qb, value, services) => {
      const code = String(value);
      if (!/^\d{6,12}$/.test(code)) throw badRequest('筛选条件「node」应为行政区划代码', 'node');
      qb.whereIn('risk_cases.region_code', services.db.knex('regions').select('id').where('path', 'like', `%/${code}/%`));
    },
    /** The cases that hold one claim (`{"claim_id":12}`). */
    claim_id: (qb, value, services) => {
      const id = Number(value);
      if (!Number.isInteger(id)) throw badRequest('筛选条件「claim_id」应为整数', 'claim_id');
      qb.whereIn('risk_cases.id', services.db.knex('risk_case_claims').select('case_id').where('claim_id', id));
    },
  },
  access: { platform_admin: 'r', region_admin: 'r', reviewer: 'r', auditor: 'r' },
  scopeRegion: regionColumn('risk_cases.region_code'),
  // Institutions never see the cases about them.
  scopeInstitution: (qb) => { qb.whereRaw('1 = 0'); },
});
