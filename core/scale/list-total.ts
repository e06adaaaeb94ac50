// A list's total: exact when counting is cheap (up to LIST_TOTALS.exactCountCap rows), else an estimate marked as such — the
// scope's size from the aggregates, times the filter's share in a sample of the scope — so that no page of a large
// list pays for counting millions of rows.
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import type { ResourceDefinition } from '../resources/definition.js';
import { LEAGUE_TABLES } from './league.js';
import { refreshedAt, sumsBy } from './aggregates.js';

export const LIST_TOTALS = {
  /**
   * Up to this many matching rows the total is counted exactly. The capped count reads at most cap ÷ (the filter's
   * share) index entries: 2,000 keeps a common name search (王, ~3 % of people) under 70 k entries at any size.
   */
  exactCountCap: 2_000,
  /** Rows of the scope (in id order) whose share matching the filter scales the estimate (±~8 % at a 3 % share). */
  sampleRows: 5_000,
};

async function countOf(knex: Knex, qb: Knex.QueryBuilder, limit?: number): Promise<number> {
  const inner = qb.clone().clearSelect().clearOrder().select(knex.raw('1 as one'));
  if (limit !== undefined) inner.limit(limit);
  const row = await knex.from(inner.as('counted')).count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** The size of the caller's scope of a table from the aggregates, or null when they do not cover it. */
async function scopeSize(services: Pick<Services, 'db'>, def: ResourceDefinition, ctx: RequestContext): Promise<number | null> {
  if (!(def.table in LEAGUE_TABLES) || ctx.user?.role === 'institution_staff') return null;
  const knex = services.db.knex;
  if (!(await refreshedAt(knex))) return null;
  const path = ctx.user?.region_path ?? null;
  const root = !path || path.split('/').filter(Boolean).length === 1;
  const rows = await sumsBy(knex, `${def.table}.rows`, root ? null : path);
  return rows.reduce((a, r) => a + r.n, 0);
}

export async function listTotal(
  services: Pick<Services, 'db'>, def: ResourceDefinition, ctx: RequestContext, filteredQuery: Knex.QueryBuilder, filters: string[], unfiltered: () => Knex.QueryBuilder,
): Promise<{ total: number; estimated: boolean }> {
  const knex = services.db.knex;
  const capped = await countOf(knex, filteredQuery, LIST_TOTALS.exactCountCap + 1);
  if (capped <= LIST_TOTALS.exactCountCap) return { total: capped, estimated: false };
  const scope = await scopeSize(services, def, ctx);
  if (scope === null) return { total: await countOf(knex, filteredQuery), estimated: false };
  if (filters.length === 0) return { total: Math.max(scope, capped), estimated: true };
  const t = def.table;
  const edge = await unfiltered().select(`${t}.id`).orderBy(`${t}.id`, 'asc').offset(LIST_TOTALS.sampleRows - 1).limit(1).first();
  if (!edge) return { total: await countOf(knex, filteredQuery), estimated: false };
  const matches = await countOf(knex, filteredQuery.clone().where(`${t}.id`, '<=', edge.id));
  return { total: Math.max(Math.round((scope * matches) / LIST_TOTALS.sampleRows), capped), estimated: true };
}
