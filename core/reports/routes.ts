// Report routes: dashboard, claim summary by a dimension, placement rate (愿培尽培), spend against budget.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';
import { DateString, RegionCode } from '../schemas/common.js';
import { claimSummary, dashboard, placement, spendByFund, GROUPS, type GroupBy } from './figures.js';

const PeriodQuery = Type.Object({
  from: Type.Optional(DateString), to: Type.Optional(DateString), region_code: Type.Optional(RegionCode),
  group_by: Type.Optional(Type.String()), year: Type.Optional(Type.Integer()),
});

export function reportRoutes(app: FastifyInstance, services: Services): void {
  const tags = ['reports'];
  // Every figure aggregates the caller's scoped rows: institution staff see their own institution's figures.
  app.get('/reports/dashboard', { schema: { tags, querystring: PeriodQuery } }, async (req) => dashboard(services, req.ctx, req.query as any));
  app.get('/reports/summary', { schema: { tags, summary: `Claims by ${GROUPS.join('|')}`, querystring: PeriodQuery } },
    async (req) => {
      const q = req.query as { group_by?: GroupBy };
      return { group_by: q.group_by ?? 'region', rows: await claimSummary(services, req.ctx, q.group_by ?? 'region', req.query as any) };
    });
  app.get('/reports/placement', { schema: { tags, summary: '愿培尽培: training wishes placed in a class, per 盟市', querystring: PeriodQuery } },
    async (req) => placement(services, req.ctx, req.query as any));
  app.get('/reports/spend', { schema: { tags, summary: 'Budget, reserved and spent per fund source', querystring: PeriodQuery } },
    async (req) => ({ rows: await spendByFund(services, req.ctx, req.query as any) }));
}
