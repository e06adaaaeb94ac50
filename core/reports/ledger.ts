// A demand ledger's figures (台账, R3) for the filter its list shows: wishes (人次) and the distinct people behind them.
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { applyFilter } from '../resources/query.js';

const num = (v: unknown) => Number(v ?? 0);

/**
 * Counts the intentions a list with this filter would show (same scope, same filter rules): every wish, and every
 * person once however many wishes they stated, split into open and placed. A person with an open and a placed wish
 * counts in both open_workers and placed_workers.
 */
export async function ledgerFigures(services: Services, ctx: RequestContext, filter: string | undefined) {
  const intentions = services.resources.get('intentions');
  await intentions.authorize(ctx, 'r');
  const { knex } = services.db;
  const q = intentions.scoped(ctx);
  applyFilter(intentions.def, q, filter, services);
  const row = await q.count({ wishes: '*' })
    .select(knex.raw('count(distinct intentions.worker_id) as workers'))
    .select(knex.raw("sum(case when intentions.status = 'open' then 1 else 0 end) as open_wishes"))
    .select(knex.raw("count(distinct case when intentions.status = 'open' then intentions.worker_id end) as open_workers"))
    .select(knex.raw("sum(case when intentions.status = 'placed' then 1 else 0 end) as placed_wishes"))
    .select(knex.raw("count(distinct case when intentions.status = 'placed' then intentions.worker_id end) as placed_workers"))
    .first();
  return {
    wishes: num(row?.wishes), workers: num(row?.workers), open_wishes: num(row?.open_wishes), open_workers: num(row?.open_workers),
    placed_wishes: num(row?.placed_wishes), placed_workers: num(row?.placed_workers),
  };
}
