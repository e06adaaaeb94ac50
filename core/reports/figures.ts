// Report figures, always computed over the caller's scoped rows: counts and amounts by node, category, kind, occupation, month.
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { badRequest } from '../http/errors.js';
import { refreshedAt, sumsBy } from '../scale/aggregates.js';

export interface Period { from?: string; to?: string; region_code?: string }

const num = (v: unknown) => Number(v ?? 0);

/** Sums and counts come back as numbers or numeric strings depending on the driver: each is read through num(). */
type Sum = number | string | null;
interface SummaryRow { key: string | null; claims: Sum; workers: Sum; requested_fen: Sum; approved_fen: Sum; paid_fen: Sum }
interface SummaryFigures { key: string; claims: number; workers: number; requested_fen: number; approved_fen: number; paid_fen: number }
interface MonthFigures { month: string; claims: number; approved_fen: number; paid_fen: number; enrollments: number }
interface SpendRow { fund_source_id: Sum; name: string; budget_fen: Sum; reserved_fen: Sum; spent_fen: Sum }

/** Region code → its 盟市 (code and name), from the region tree. */
export async function leagueMap(knex: Knex): Promise<Map<string, { code: string; name: string }>> {
  const regions = await knex('regions').select('id', 'name', 'path', 'level');
  const names = new Map(regions.map((r) => [r.id, r.name]));
  return new Map(regions.map((r) => {
    const parts = String(r.path).split('/').filter(Boolean);
    const code = parts[1] ?? parts[0];
    return [r.id, { code, name: names.get(code) ?? code }];
  }));
}

/** A scoped query of a resource, narrowed to a node's subtree when `region_code` is given. */
function scoped(services: Services, ctx: RequestContext, resource: string, regionColumn: string | null, p: Period): Knex.QueryBuilder {
  const q = services.resources.get(resource).scoped(ctx);
  if (p.region_code && regionColumn) {
    q.whereIn(regionColumn, services.db.knex('regions').select('id').where('path', 'like', `%/${p.region_code}/%`));
  }
  return q;
}

function inPeriod(q: Knex.QueryBuilder, column: string, p: Period): Knex.QueryBuilder {
  if (p.from) q.where(column, '>=', p.from);
  if (p.to) q.where(column, '<=', p.to);
  return q;
}

export const GROUPS = ['region', 'category', 'training_kind', 'occupation', 'month', 'type'] as const;
export type GroupBy = (typeof GROUPS)[number];

/** Claims counted and summed by one dimension. */
const isGroupBy = (v: string): v is GroupBy => (GROUPS as readonly string[]).includes(v);

export async function claimSummary(services: Services, ctx: RequestContext, groupBy: string, p: Period) {
  if (!isGroupBy(groupBy)) throw badRequest(`group_by 只能是：${GROUPS.join('、')}`, 'group_by');
  const { knex } = services.db;
  const column: Record<GroupBy, string> = {
    region: 'claims.region_code', category: 'workers.category', training_kind: 'programs.training_kind',
    occupation: 'programs.occupation_code', month: knex.raw('substr(claims.claim_date, 1, 7)') as unknown as string, type: 'claims.type',
  };
  const q = inPeriod(scoped(services, ctx, 'claims', 'claims.region_code', p), 'claims.claim_date', p)
    .leftJoin('workers', 'workers.id', 'claims.worker_id').leftJoin('programs', 'programs.id', 'claims.program_id')
    .groupBy(column[groupBy])
    .select({ key: column[groupBy] })
    .count({ claims: '*' })
    .select(knex.raw('count(distinct claims.worker_id) as workers'))
    .sum({ requested_fen: 'claims.requested_fen' })
    .select(knex.raw("sum(case when claims.state in ('approved','paid') then claims.decided_fen else 0 end) as approved_fen"))
    .select(knex.raw("sum(case when claims.state = 'paid' then claims.decided_fen else 0 end) as paid_fen"));
  const rows: SummaryFigures[] = ((await q) as SummaryRow[]).map((r) => ({ key: r.key ?? '(无)', claims: num(r.claims), workers: num(r.workers), requested_fen: num(r.requested_fen), approved_fen: num(r.approved_fen), paid_fen: num(r.paid_fen) }));
  if (groupBy !== 'region') return rows.sort((a, b) => String(a.key).localeCompare(String(b.key)));
  const leagues = await leagueMap(knex);
  const by = new Map<string, SummaryFigures & { name: string }>();
  for (const r of rows) {
    const l = leagues.get(r.key) ?? { code: r.key, name: r.key };
    const acc = by.get(l.code) ?? { key: l.code, name: l.name, claims: 0, workers: 0, requested_fen: 0, approved_fen: 0, paid_fen: 0 };
    for (const f of ['claims', 'workers', 'requested_fen', 'approved_fen', 'paid_fen'] as const) acc[f] += r[f];
    by.set(l.code, acc);
  }
  return [...by.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** 愿培尽培 per 盟市 and in total: people (the policy's figure) and wishes (人次), each with its placed share. */
export interface PlacementFigures {
  /** Training wishes stated (人次): one person may state several, through several channels. */
  wishes: number;
  /** Of those wishes, the ones placed in a class. */
  placed_wishes: number;
  /** Distinct people with a training wish: the denominator of 愿培尽培. */
  workers: number;
  /** Distinct people with at least one training wish placed in a class. */
  placed_workers: number;
  /** 愿培尽培率 = placed_workers / workers (people, not wishes), 4 decimals. */
  rate: number;
  /** placed_wishes / wishes, for reference only. */
  wish_rate: number;
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 10000) / 10000 : 0);

function figures(r: Record<string, unknown>): PlacementFigures {
  const f = { wishes: num(r.wishes), placed_wishes: num(r.placed_wishes), workers: num(r.workers), placed_workers: num(r.placed_workers) };
  return { ...f, rate: ratio(f.placed_workers, f.workers), wish_rate: ratio(f.placed_wishes, f.wishes) };
}

/**
 * 愿培尽培 (R3): the share of willing workers placed in a class, per 盟市 and in total. People are counted once
 * however many wishes they state (a second channel, a second wish) — a person with wishes in two 盟市 counts once
 * in each and once in the total — and count as placed when any of their training wishes there was placed.
 */
export async function placement(services: Services, ctx: RequestContext, p: Period) {
  const { knex } = services.db;
  const base = () => inPeriod(scoped(services, ctx, 'intentions', 'intentions.region_code', p), 'intentions.stated_on', p)
    .where('intentions.wants_training', true);
  const counts = (q: Knex.QueryBuilder) => q.count({ wishes: '*' })
    .select(knex.raw("sum(case when intentions.status = 'placed' then 1 else 0 end) as placed_wishes"))
    .select(knex.raw('count(distinct intentions.worker_id) as workers'))
    .select(knex.raw("count(distinct case when intentions.status = 'placed' then intentions.worker_id end) as placed_workers"));
  // The 盟市 of a node is the second code of its path (/150000/150200/150203/); the root's own wishes have none.
  const league = knex.raw('substr(regions.path, 9, 6)');
  const rows: (Record<string, unknown> & { league: string | null })[] = await counts(base().join('regions', 'regions.id', 'intentions.region_code').groupBy(league).select({ league }));
  const names = new Map((await knex('regions').whereIn('id', rows.map((r) => r.league).filter(Boolean)).select('id', 'name')).map((r) => [r.id, r.name]));
  const root = await knex('regions').whereNull('parent_id').first('id', 'name');
  const by_league = rows.map((r) => ({ region_code: r.league || root?.id, name: names.get(r.league ?? '') ?? root?.name ?? r.league, ...figures(r) }))
    .sort((a, b) => String(a.region_code).localeCompare(String(b.region_code)));
  const total = figures((await counts(base()).first()) ?? {});
  return { by_league, total };
}

/** Budget, reserved and spent per fund source (and year), over the budgets in scope. */
export async function spendByFund(services: Services, ctx: RequestContext, p: Period & { year?: number }) {
  const q = scoped(services, ctx, 'budgets', 'budgets.region_code', p).join('fund_sources', 'fund_sources.id', 'budgets.fund_source_id')
    .groupBy('budgets.fund_source_id', 'fund_sources.name')
    .select('budgets.fund_source_id', 'fund_sources.name')
    .sum({ budget_fen: 'budgets.amount_fen', reserved_fen: 'budgets.reserved_fen', spent_fen: 'budgets.spent_fen' });
  if (p.year) q.where('budgets.year', p.year);
  return ((await q) as SpendRow[]).map((r) => ({
    fund_source_id: num(r.fund_source_id), name: r.name, budget_fen: num(r.budget_fen), reserved_fen: num(r.reserved_fen), spent_fen: num(r.spent_fen),
    remaining_fen: num(r.budget_fen) - num(r.reserved_fen) - num(r.spent_fen),
  }));
}

/** The figures of the console's dashboard, scoped to the caller's node. */
export async function dashboard(services: Services, ctx: RequestContext, p: Period) {
  const path = await aggregatePath(services, ctx, p);
  if (path !== undefined) return dashboardFromAggregates(services, ctx, p, path);
  return liveDashboard(services, ctx, p);
}

/** Scopes with more workers and claims than `maxRows` read the dashboard from the aggregates (refreshed every minute); smaller ones count live. */
export const LIVE_DASHBOARD = { maxRows: 50_000 };

/**
 * The region path whose aggregates answer the caller's dashboard (null: the whole region; '' : nothing in scope), or
 * undefined when the figures must be counted live: institution staff (scoped by institution), a date period, aggregates
 * never refreshed, or a scope small enough to count exactly now.
 */
async function aggregatePath(services: Services, ctx: RequestContext, p: Period): Promise<string | null | undefined> {
  const { knex } = services.db;
  if (p.from || p.to || ctx.user?.role === 'institution_staff') return undefined;
  if (!(await refreshedAt(knex))) return undefined;
  const own = ctx.user && ctx.user.region_path.split('/').filter(Boolean).length > 1 ? ctx.user.region_path : null;
  let path = own;
  if (p.region_code) {
    const asked = (await knex('regions').where({ id: p.region_code }).first('path'))?.path as string | undefined;
    if (!asked) path = '';
    else if (!own || asked.startsWith(own)) path = asked;
    else if (!own.startsWith(asked)) path = '';
  }
  if (path === '') return path;
  const size = (await sumsBy(knex, 'workers.rows', path)).reduce((a, r) => a + r.n, 0) + (await sumsBy(knex, 'claims.rows', path)).reduce((a, r) => a + r.n, 0);
  return size > LIVE_DASHBOARD.maxRows ? path : undefined;
}

/** The dashboard from `scope_counts`: a few hundred rows summed, whatever the number of workers and claims. */
async function dashboardFromAggregates(services: Services, ctx: RequestContext, p: Period, path: string | null) {
  const { knex } = services.db;
  const read = (subject: string) => (path === '' ? Promise.resolve([]) : sumsBy(knex, subject, path));
  const [byCategory, byState, claimMonths, enrolMonths] = await Promise.all([read('workers.category'), read('claims.state'), read('claims.month'), read('enrollments.month')]);
  const months = new Map<string, MonthFigures>();
  for (const r of claimMonths) months.set(r.key, { month: r.key, claims: r.n, approved_fen: r.approved_fen, paid_fen: r.paid_fen, enrollments: 0 });
  for (const r of enrolMonths) {
    const m = months.get(r.key) ?? { month: r.key, claims: 0, approved_fen: 0, paid_fen: 0, enrollments: 0 };
    m.enrollments = r.n;
    months.set(r.key, m);
  }
  const nonzero = <T extends { n: number }>(rows: T[]) => rows.filter((r) => r.n > 0);
  return {
    workers_by_category: nonzero(byCategory).map((r) => ({ key: r.key, count: r.n })),
    placement_by_league: (await placement(services, ctx, p)).by_league,
    claims_by_state: nonzero(byState).map((r) => ({ key: r.key, count: r.n, amount_fen: r.amount_fen })),
    spend_by_fund: await spendByFund(services, ctx, p),
    monthly: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)).slice(-24),
    as_of: await refreshedAt(knex),
  };
}

/** The dashboard counted now from the scoped rows. */
async function liveDashboard(services: Services, ctx: RequestContext, p: Period) {
  const { knex } = services.db;
  const byCategory = await scoped(services, ctx, 'workers', 'workers.region_code', p).groupBy('workers.category').select({ key: 'workers.category' }).count({ count: '*' });
  const byState = await scoped(services, ctx, 'claims', 'claims.region_code', p).groupBy('claims.state').select({ key: 'claims.state' }).count({ count: '*' })
    .select(knex.raw('sum(coalesce(claims.decided_fen, claims.requested_fen)) as amount_fen'));
  const month = knex.raw('substr(claims.claim_date, 1, 7)');
  const monthly = await scoped(services, ctx, 'claims', 'claims.region_code', p).groupBy(month).select({ month }).count({ claims: '*' })
    .select(knex.raw("sum(case when claims.state in ('approved','paid') then claims.decided_fen else 0 end) as approved_fen"))
    .select(knex.raw("sum(case when claims.state = 'paid' then claims.decided_fen else 0 end) as paid_fen"));
  const emonth = knex.raw('substr(enrollments.enrolled_on, 1, 7)');
  const enrol = await services.resources.get('enrollments').scoped(ctx).groupBy(emonth).select({ month: emonth }).count({ n: '*' });
  const months = new Map<string, MonthFigures>();
  for (const r of monthly as { month: string; claims: Sum; approved_fen: Sum; paid_fen: Sum }[]) months.set(r.month, { month: r.month, claims: num(r.claims), approved_fen: num(r.approved_fen), paid_fen: num(r.paid_fen), enrollments: 0 });
  for (const r of enrol as { month: string; n: Sum }[]) {
    const m = months.get(r.month) ?? { month: r.month, claims: 0, approved_fen: 0, paid_fen: 0, enrollments: 0 };
    m.enrollments = num(r.n);
    months.set(r.month, m);
  }
  return {
    workers_by_category: (byCategory as { key: string; count: Sum }[]).map((r) => ({ key: r.key, count: num(r.count) })),
    placement_by_league: (await placement(services, ctx, p)).by_league,
    claims_by_state: (byState as { key: string; count: Sum; amount_fen: Sum }[]).map((r) => ({ key: r.key, count: num(r.count), amount_fen: num(r.amount_fen) })),
    spend_by_fund: await spendByFund(services, ctx, p),
    monthly: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)).slice(-24),
  };
}
