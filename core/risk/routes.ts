// Routes of fund safety: POST /risk/scan, GET /risk/report and the actions on a case (POST /risk_cases/:id/<action>).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
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

export function riskRoutes(app: FastifyInstance, services: Services): void {
  app.post('/risk/scan', {
    schema: { tags, summary: 'Run every risk check over a node’s subtree and file cases', body: Type.Object({ region_code: RegionCode }, { additionalProperties: false }), response: { 200: ScanSummary, ...errors } },
  }, async (req) => {
    const user = req.ctx.user!;
    const { region_code } = req.body as { region_code: string };
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
    return riskReport(services.db.knex, req.ctx.user!, req.query as { region_code?: string; from?: string; to?: string });
  });

  const action = (name: string, summary: string, body: ReturnType<typeof Type.Object> | undefined, response: any, run: (id: string, body: any, req: any) => Promise<unknown>) => {
    app.post(`/risk_cases/:id/${name}`, { schema: { tags: ['risk_cases'], summary, params: IdParams, ...(body ? { body } : {}), response: { 200: response, ...errors } } },
      async (req) => run((req.params as { id: string }).id, req.body ?? {}, req));
  };
  action('assign', 'Assign the case to an administrator or reviewer', Type.Object({ assignee_id: Id }, { additionalProperties: false }), RiskCase,
    async (id, b, req) => (await assignCase(services, req.ctx, id, b.assignee_id)).record);
  action('note', 'Append a note (append-only)', Type.Object({ text: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }), RiskCase,
    async (id, b, req) => (await addNote(services, req.ctx, id, b.text)).record);
  // No body: a bare POST is the whole request.
  action('investigate', 'Start the investigation (open → investigating)', undefined, RiskCase,
    async (id, _b, req) => (await startInvestigation(services, req.ctx, id)).record);
  action('clear', 'Clear the case: no fraud (reason required); its claims are released', Type.Object({ resolution: Resolution }, { additionalProperties: false }), RiskCase,
    async (id, b, req) => (await clearCase(services, req.ctx, id, b.resolution)).record);
  action('confirm', 'Confirm the case: rejects every unpaid claim it holds, optionally suspends the institution',
    Type.Object({ resolution: Resolution, suspend_institution: Type.Optional(Type.Boolean({ default: false })) }, { additionalProperties: false }), Confirmed,
    async (id, b, req) => {
      const { record, extra } = await confirmCase(services, req.ctx, id, b.resolution, b.suspend_institution === true);
      return { case: record, ...extra };
    });
}
