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

const isMysql = (knex: Knex) => knex.client.config.client === 'mysql2';

/** The indexes of a table: (league_code, col) for scoped sorts, (col) for the root's. */
function indexesOf(table: LeagueTable): Array<[string, string[]]> {
  const { league, plain } = SCOPED_SORTS[table];
  return [
    ...league.map((col): [string, string[]] => [indexName(table, ['league', col]), ['league_code', col]]),
    ...plain.map((col): [string, string[]] => [indexName(table, [col]), [col]]),
  ];
}

export async function up(knex: Knex): Promise<void> {
  for (const table of Object.keys(LEAGUE_TABLES) as LeagueTable[]) {
    const indexes = indexesOf(table);
    const adds = indexes.map(() => 'ADD INDEX ?? (??)').join(', ');
    const addBindings = indexes.flatMap(([name, cols]) => [name, knex.raw(cols.map(() => '??').join(', '), cols)]);
    const filled = !!(await knex(table).first('id'));
    if (isMysql(knex) && !filled) {
      // An empty table (a new database): the column and its indexes in one ALTER.
      await knex.raw(`ALTER TABLE ?? ADD COLUMN league_code varchar(12) NULL, ${adds}`, [table, ...addBindings]);
      continue;
    }
    await knex.schema.alterTable(table, (t) => { t.string('league_code', 12).nullable(); });
    // Back-filled before the indexes exist, so that a large table is updated once and indexed once.
    if (filled) await fillLeagueCodes(knex, table, { all: true });
    if (isMysql(knex)) {
      // One ALTER for all of a table's indexes: MySQL builds them in one pass.
      await knex.raw(`ALTER TABLE ?? ${adds}`, [table, ...addBindings]);
    } else {
      await knex.schema.alterTable(table, (t) => { for (const [name, cols] of indexes) t.index(cols, name); });
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of Object.keys(LEAGUE_TABLES) as LeagueTable[]) {
    const indexes = indexesOf(table);
    if (isMysql(knex)) {
      await knex.raw(`ALTER TABLE ?? ${indexes.map(() => 'DROP INDEX ??').join(', ')}, DROP COLUMN league_code`, [table, ...indexes.map(([name]) => name)]);
      continue;
    }
    await knex.schema.alterTable(table, (t) => { for (const [name] of indexes) t.dropIndex([], name); });
    await knex.schema.alterTable(table, (t) => { t.dropColumn('league_code'); });
  }
}
