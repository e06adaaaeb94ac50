// Bulk inserts for seeding: explicit ids in chunks, one audit entry per table.
import type { Knex } from 'knex';
import { fillLeagueCodes, LEAGUE_TABLES, type LeagueTable } from '../scale/league.js';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';

export async function nextId(knex: Knex | Knex.Transaction, table: string): Promise<number> {
  const row = await knex(table).max({ m: 'id' }).first();
  return Number(row?.m ?? 0) + 1;
}

export async function bulkInsert(services: Services, ctx: RequestContext, table: string, rows: Record<string, unknown>[], chunk = 500): Promise<void> {
  if (rows.length === 0) return;
  const now = new Date().toISOString();
  await services.db.knex.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += chunk) {
      await trx(table).insert(rows.slice(i, i + chunk).map((r) => ({ created_at: now, updated_at: now, created_by: ctx.user?.id ?? null, updated_by: ctx.user?.id ?? null, version: 1, ...r })));
    }
    // Rows inserted without their 盟市 code get it here (one UPDATE per league), before anyone can list them.
    if (table in LEAGUE_TABLES) await fillLeagueCodes(trx, table as LeagueTable);
    await services.audit.append(trx, ctx, { action: 'import', resource: table, changes: { rows: rows.length, first_id: rows[0].id ?? null, last_id: rows.at(-1)?.id ?? null } });
  });
}
