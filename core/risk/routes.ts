// Routes of fund safety: POST /risk/scan, GET /risk/report and the actions on a case (POST /risk_cases/:id/<action>).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { forbidden } from '../http/errors.js';
import { DateString, Id, RegionCode, IdParams } from '../schemas/common.js';
import { RiskCase } from './cases.js';
import { ACT_ROLES, addNote, assignCase, clearCase, confirmCase, startInvestigation } from './actions.js';
import { runRiskScan } from './scan.js';
import { riskReport } from './report.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['risk'];
const Resolution = Type.String({ maxLength: 2000, description: 'Why: required, at least 4 characters' });
const READ_ROLES = new Set([...ACT_ROLES, 'auditor']);

const Count = Type.Integer({ minimum: 0 });
const CheckSummary = Type.Object({
  check_id: Type.String(), title: Type.String(), severity: Type.String(), hits: Count, new: Count, existing: Count, reopened: Count,
  kept_resolved: Count, case_ids: Type.Array(Id), ms: Count, error: Type.Optional(Type.String()),
});
const ScanSummary = Type.Object({
  region_code: Type.String(), claim_ids: Type.Union([Type.Array(Id), Type.Null()]), scanned_at: Type.String(), checks: Type.Array(CheckSummary),
  totals: Type.Object({ hits: Count, new: Count, existing: Count, reopened: Count, kept_resolved: Count, errors: Count }), case_ids: Type.Array(Id),
});
const ReportRow = Type.Object({
  region_code: Type.String(), name: Type.String(), level: Type.String(), own_only: Type.Boolean(),
  found: Count, cleared: Count, confirmed: Count, open: Count, held_fen: Count, confirmed_fen: Count,
});
const Report = Type.Object({ region_code: Type.String(), from: Type.Union([Type.String(), Type.Null()]), to: Type.Union([Type.String(), Type.Null()]), rows: Type.Array(ReportRow), total: ReportRow });
const Confirmed = Type.Object({ case: RiskCase, rejected_claim_ids: Type.Array(Id), paid_claim_ids: Type.Array(Id), institution_suspended: Type.Boolean() });

export function riskRoutes(fastify: FastifyInstance, services: Services): void {
  // Typed through the route schemas: params, query and body need no casts.
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post('/risk/scan', {
    schema: { tags, summary: 'Run every risk check over a node’s subtree and file cases', body: Type.Object({ region_code: RegionCode }, { additionalProperties: false }), response: { 200: ScanSummary, ...errors } },
  }, async (req) => {
    const user = req.ctx.user!;
    const { region_code } = req.body;
    if (!ACT_ROLES.has(user.role)) throw forbidden('只有管理员和审核员可以发起风险扫描');
    const node = await services.db.knex('regions').where({ id: region_code }).first('path');
    if (node && !String(node.path).startsWith(user.region_path)) throw forbidden('只能扫描您权限范围内的地区');
    return runRiskScan(services, req.ctx, { regionCode: region_code });
  });

  app.get('/risk/report', {
    schema: {
      tags, summary: 'Cases found, cleared, confirmed, open and money held, per 盟市 and period',
      querystring: Type.Object({ region_code: Type.Optional(RegionCode), from: Type.Optional(DateString), to: Type.Optional(DateString) }),
      response: { 200: Report, ...errors },
    },
  }, async (req) => {
    if (!READ_ROLES.has(req.ctx.user!.role)) throw forbidden('当前角色无权查看风险报表');
    return riskReport(services.db.knex, req.ctx.user!, req.query);
  });

  const caseRoute = (name: string) => `/risk_cases/:id/${name}`;
  const caseTags = ['risk_cases'];
  app.post(caseRoute('assign'), {
    schema: { tags: caseTags, summary: 'Assign the case to an administrator or reviewer', params: IdParams, body: Type.Object({ assignee_id: Id }, { additionalProperties: false }), response: { 200: RiskCase, ...errors } },
  }, async (req) => (await assignCase(services, req.ctx, req.params.id, req.body.assignee_id)).record);
  app.post(caseRoute('note'), {
    schema: { tags: caseTags, summary: 'Append a note (append-only)', params: IdParams, body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }), response: { 200: RiskCase, ...errors } },
  }, async (req) => (await addNote(services, req.ctx, req.params.id, req.body.text)).record);
  // No body: a bare POST is the whole request.
  app.post(caseRoute('investigate'), {
    schema: { tags: caseTags, summary: 'Start the investigation (open → investigating)', params: IdParams, response: { 200: RiskCase, ...errors } },
  }, async (req) => (await startInvestigation(services, req.ctx, req.params.id)).record);
  app.post(caseRoute('clear'), {
    schema: { tags: caseTags, summary: 'Clear the case: no fraud (reason required); its claims are released', params: IdParams, body: Type.Object({ resolution: Resolution }, { additionalProperties: false }), response: { 200: RiskCase, ...errors } },
  }, async (req) => (await clearCase(services, req.ctx, req.params.id, req.body.resolution)).record);
  app.post(caseRoute('confirm'), {
    schema: {
      tags: caseTags, summary: 'Confirm the case: rejects every unpaid claim it holds, optionally suspends the institution', params: IdParams,
      body: Type.Object({ resolution: Resolution, suspend_institution: Type.Optional(Type.Boolean({ default: false })) }, { additionalProperties: false }),
      response: { 200: Confirmed, ...errors },
    },
  }, async (req) => {
    const { record, extra } = await confirmCase(services, req.ctx, req.params.id, req.body.resolution, req.body.suspend_institution === true);
    return { case: record, ...extra };
  });
}
