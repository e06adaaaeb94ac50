// Report routes: dashboard, claim summary by a dimension, placement rate (愿培尽培), spend against budget.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '../services.js';
import { DateString, RegionCode } from '../schemas/common.js';
import { claimSummary, dashboard, placement, spendByFund, GROUPS } from './figures.js';
import { ledgerFigures } from './ledger.js';
import { ListQuery } from '../resources/routes.js';
import { sendTable, type TableColumn, type TableFormat } from '../excel/table.js';
import { badRequest } from '../http/errors.js';

const GROUP_LABELS: Record<string, string> = { region: '盟市', category: '人员类别', training_kind: '培训类型', occupation: '职业（工种）', month: '月份', type: '补贴类型' };
const money = <R extends object>(key: string, header: string): TableColumn<R> => ({ key, header, money: true });

/** The figures of 愿培尽培, each saying what it counts: people (人) or wishes (条, 人次). */
const PlacementFields = {
  wishes: Type.Integer({ description: '培训意愿条数（人次）：一人可经多个渠道登记多条意愿' }),
  placed_wishes: Type.Integer({ description: '已安置参训的培训意愿条数（人次）' }),
  workers: Type.Integer({ description: '有培训意愿的人数（按人去重）：愿培尽培率的分母' }),
  placed_workers: Type.Integer({ description: '已安置参训的人数（至少一条培训意愿已安置，按人去重）：愿培尽培率的分子' }),
  rate: Type.Number({ description: '愿培尽培率（按人）= placed_workers / workers' }),
  wish_rate: Type.Number({ description: '按意愿条数计的安置率 = placed_wishes / wishes（仅供参考）' }),
};
const Placement = Type.Object({
  by_league: Type.Array(Type.Object({ region_code: Type.String(), name: Type.String(), ...PlacementFields })),
  total: Type.Object(PlacementFields, { description: '全部范围：一人在两个盟市都有意愿时在各盟市各计一次，在合计中只计一次' }),
});

const PeriodQuery = Type.Object({
  from: Type.Optional(DateString), to: Type.Optional(DateString), region_code: Type.Optional(RegionCode),
  group_by: Type.Optional(Type.String({ maxLength: 32 })), year: Type.Optional(Type.Integer()),
});

export function reportRoutes(fastify: FastifyInstance, services: Services): void {
  // Typed through the route schemas: params, query and body need no casts.
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['reports'];
  // Every figure aggregates the caller's scoped rows: institution staff see their own institution's figures.
  app.get('/reports/dashboard', { schema: { tags, querystring: PeriodQuery } }, async (req) => dashboard(services, req.ctx, req.query));
  app.get('/reports/summary', { schema: { tags, summary: `Claims by ${GROUPS.join('|')}`, querystring: PeriodQuery } },
    async (req) => {
      const group = req.query.group_by ?? 'region';
      return { group_by: group, rows: await claimSummary(services, req.ctx, group, req.query) };
    });
  app.get('/reports/placement', { schema: { tags, summary: '愿培尽培: willing workers placed in a class over willing workers (people), and the wishes behind them, per 盟市', querystring: PeriodQuery, response: { 200: Placement } } },
    async (req) => placement(services, req.ctx, req.query));
  // The figures of a ledger (台账) for the filter its list shows: wishes (人次) and the people behind them.
  app.get('/reports/ledger', {
    schema: {
      tags, summary: 'A demand ledger\'s figures for a list filter (as GET /api/intentions): wishes and distinct people, open and placed',
      querystring: Type.Pick(ListQuery, ['filter']),
      response: {
        200: Type.Object({
          wishes: Type.Integer({ description: '意愿条数（人次）' }), workers: Type.Integer({ description: '涉及人数（按人去重）' }),
          open_wishes: Type.Integer({ description: '待安置的意愿条数' }), open_workers: Type.Integer({ description: '有待安置意愿的人数' }),
          placed_wishes: Type.Integer({ description: '已安置的意愿条数' }), placed_workers: Type.Integer({ description: '已安置的人数（至少一条意愿已安置）' }),
        }),
      },
    },
  }, async (req) => ledgerFigures(services, req.ctx, req.query.filter));
  app.get('/reports/spend', { schema: { tags, summary: 'Budget, reserved and spent per fund source', querystring: PeriodQuery } },
    async (req) => ({ rows: await spendByFund(services, req.ctx, req.query) }));

  // The same figures as spreadsheets, scoped like the reports themselves.
  const ExportQuery = Type.Composite([PeriodQuery, Type.Object({ format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')])) })]);
  app.get('/reports/:name/export', { schema: { tags, summary: 'A report as xlsx or csv: summary, placement or spend', params: Type.Object({ name: Type.String({ maxLength: 32 }) }), querystring: ExportQuery } }, async (req, reply) => {
    const q = req.query;
    const format: TableFormat = q.format ?? 'xlsx';
    const { name } = req.params;
    await services.audit.appendNow(services.db.knex, req.ctx, { action: 'export', resource: 'reports', recordId: name, changes: { query: q } });
    if (name === 'summary') {
      const group = q.group_by ?? 'region';
      const rows = await claimSummary(services, req.ctx, group, q);
      return sendTable(reply, rows, [
        { key: 'key', header: GROUP_LABELS[group] ?? group, value: (r) => 'name' in r && r.name ? `${r.name}（${r.key}）` : r.key }, { key: 'claims', header: '申请数' }, { key: 'workers', header: '人数' },
        money('requested_fen', '申请金额（元）'), money('approved_fen', '核准金额（元）'), money('paid_fen', '已支付（元）'),
      ], format, `补贴申请汇总-按${GROUP_LABELS[group] ?? group}`);
    }
    if (name === 'placement') {
      const { by_league } = await placement(services, req.ctx, q);
      return sendTable(reply, by_league, [
        { key: 'name', header: '盟市' }, { key: 'workers', header: '有培训意愿人数' }, { key: 'placed_workers', header: '已安置参训人数' },
        { key: 'rate', header: '愿培尽培率（按人）', value: (r) => `${(r.rate * 100).toFixed(1)}%` },
        { key: 'wishes', header: '培训意愿条数（人次）' }, { key: 'placed_wishes', header: '已安置意愿条数（人次）' },
      ], format, '愿培尽培情况');
    }
    if (name === 'spend') {
      const rows = await spendByFund(services, req.ctx, q);
      return sendTable(reply, rows, [
        { key: 'name', header: '资金来源' }, money('budget_fen', '预算（元）'), money('reserved_fen', '已预留（元）'), money('spent_fen', '已支出（元）'), money('remaining_fen', '可用（元）'),
      ], format, '资金预算执行情况');
    }
    throw badRequest('报表名称只能是 summary、placement 或 spend', 'name');
  });
}
