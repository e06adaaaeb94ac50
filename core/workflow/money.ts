// Budgets: approval reserves, payment spends, each one conditional UPDATE so that no budget is ever overspent.
// Each bumps the version: an edit form read before it is stale (409), not a refused change of a read-only field.
import type { Knex } from 'knex';
import { conflict } from '../http/errors.js';
import { regionChain } from '../configs/resolve.js';

const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** A budgets row as stored (BIGINT amounts may come back as numeric strings). */
export type StoredBudget = Record<string, unknown> & { id: number };

/** The budget that funds a claim: the fund source's budget of the year at the nearest node up the tree. */
export async function budgetFor(trx: Knex.Transaction, regionCode: string, fundSourceId: number, year: number): Promise<StoredBudget | null> {
  const chain = (await regionChain(trx, regionCode)).map((r) => r.id);
  const rows = await trx('budgets').whereIn('region_code', chain).where({ fund_source_id: fundSourceId, year });
  return chain.map((code) => rows.find((r) => r.region_code === code)).find(Boolean) ?? null;
}

/** Reserves an amount; refuses (and changes nothing) when what is left is less. Safe under concurrency. */
export async function reserve(trx: Knex.Transaction, budget: StoredBudget, amountFen: number): Promise<void> {
  const n = await trx('budgets').where({ id: budget.id })
    .whereRaw('amount_fen - reserved_fen - spent_fen >= ?', [amountFen])
    .update({ reserved_fen: trx.raw('reserved_fen + ?', [amountFen]), updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
  if (n !== 1) {
    const now = await trx('budgets').where({ id: budget.id }).first();
    const left = Number(now.amount_fen) - Number(now.reserved_fen) - Number(now.spent_fen);
    throw conflict(`预算不足：${now.year} 年该资金来源在 ${now.region_code} 的预算剩余 ${yuan(left)}，本次需要 ${yuan(amountFen)}`, 'fund_source_id');
  }
}

/** Moves a reserved amount to spent. */
export async function spend(trx: Knex.Transaction, budgetId: number, amountFen: number): Promise<void> {
  const n = await trx('budgets').where({ id: budgetId }).where('reserved_fen', '>=', amountFen)
    .update({ reserved_fen: trx.raw('reserved_fen - ?', [amountFen]), spent_fen: trx.raw('spent_fen + ?', [amountFen]), updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
  if (n !== 1) throw conflict('该申请的预算预留记录不一致，无法支付；请联系管理员核对预算', 'budget_id');
}

/** Gives back a reservation (a rejected approval). */
export async function release(trx: Knex.Transaction, budgetId: number, amountFen: number): Promise<void> {
  await trx('budgets').where({ id: budgetId }).where('reserved_fen', '>=', amountFen)
    .update({ reserved_fen: trx.raw('reserved_fen - ?', [amountFen]), updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
}

export { yuan };
