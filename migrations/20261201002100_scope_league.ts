// 盟市 code on each scoped row (see core/scale/league.ts) with composite indexes that match the console's sorts:
// a 盟市 user's list becomes an index range in the order asked for, instead of sorting the whole subtree.
import type { Knex } from 'knex';
import { fillLeagueCodes, LEAGUE_TABLES, type LeagueTable } from '../core/scale/league.js';

/**
 * Per table: the sorts and filters the console offers, each indexed after league_code (scoped lists) and alone (the
 * root's lists). A single-column index already ends in the primary key on InnoDB and SQLite, so it serves (col, id).
 */
export const SCOPED_SORTS: Record<LeagueTable, { league: string[]; plain: string[] }> = {
  workers: { league: ['id', 'created_at', 'name', 'category', 'region_code', 'birth_date', 'gender', 'employment_status'], plain: ['created_at', 'category', 'birth_date', 'gender', 'employment_status'] },
  claims: { league: ['id', 'claim_date', 'state', 'type', 'outcome', 'requested_fen', 'decided_fen', 'institution_id', 'worker_id', 'region_code'], plain: ['claim_date', 'type', 'outcome', 'requested_fen', 'decided_fen'] },
  intentions: { league: ['id', 'stated_on', 'status'], plain: ['stated_on'] },
  enrollments: { league: ['id', 'enrolled_on', 'status'], plain: ['enrolled_on'] },
  certificates: { league: ['id', 'issued_on'], plain: ['issued_on'] },
};

export const indexName = (table: string, cols: string[]) => `${table}_scale_${cols.join('_')}`.slice(0, 64);

export async function up(knex: Knex): Promise<void> {
  for (const table of Object.keys(LEAGUE_TABLES) as LeagueTable[]) {
    await knex.schema.alterTable(table, (t) => { t.string('league_code', 12).nullable(); });
    await fillLeagueCodes(knex, table, { all: true });
    const { league, plain } = SCOPED_SORTS[table];
    await knex.schema.alterTable(table, (t) => {
      for (const col of league) t.index(col === 'id' ? ['league_code', 'id'] : ['league_code', col], indexName(table, ['league', col]));
      for (const col of plain) t.index([col], indexName(table, [col]));
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of Object.keys(LEAGUE_TABLES) as LeagueTable[]) {
    const { league, plain } = SCOPED_SORTS[table];
    await knex.schema.alterTable(table, (t) => {
      for (const col of league) t.dropIndex([], indexName(table, ['league', col]));
      for (const col of plain) t.dropIndex([], indexName(table, [col]));
    });
    await knex.schema.alterTable(table, (t) => { t.dropColumn('league_code'); });
  }
}
