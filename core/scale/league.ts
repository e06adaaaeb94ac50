// The 盟市 (league) of each scoped row, stored on the row (`league_code`) so that a 盟市 user's scope is one equality
// that composite indexes (league_code, <sort>, id) serve together with the console's sort: no region-subtree scan.
import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

/** The league of a node from its path (/150000/150200/150203/ → 150200); the root is its own league. */
export function leagueOfPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts[1] ?? parts[0];
}

/** Region code → league code for every node (the tree is small: one query). */
export async function leagueMapOf(db: Db): Promise<Map<string, string>> {
  const rows = await db('regions').select('id', 'path');
  return new Map(rows.map((r) => [String(r.id), leagueOfPath(String(r.path))]));
}

/** The league of one node, or null when the node does not exist. */
export async function leagueOfRegion(db: Db, regionCode: string | null | undefined): Promise<string | null> {
  if (!regionCode) return null;
  const row = await db('regions').where({ id: regionCode }).first('path');
  return row ? leagueOfPath(String(row.path)) : null;
}

/**
 * The tables that carry `league_code` and where it comes from: the row's own region, or the region of the record it
 * belongs to (an enrolment sits where its class is, a certificate where its holder is registered).
 */
export const LEAGUE_TABLES = {
  workers: { region: 'region_code' },
  claims: { region: 'region_code' },
  intentions: { region: 'region_code' },
  enrollments: { via: { table: 'programs', key: 'program_id' } },
  certificates: { via: { table: 'workers', key: 'worker_id' } },
} as const satisfies Record<string, { region: string } | { via: { table: string; key: string } }>;

export type LeagueTable = keyof typeof LEAGUE_TABLES;

/**
 * Sets `league_code` on rows of `table` that lack it or, with `all`, on every row: one UPDATE per league, so the cost is
 * a few statements whatever the row count. Used by the migration's backfill and by the aggregate refresher as a safety
 * net for a write path that inserted rows without the column (such rows stay hidden from 盟市 users, never shown wrongly).
 */
export async function fillLeagueCodes(db: Db, table: LeagueTable, opts: { all?: boolean } = {}): Promise<number> {
  const map = await leagueMapOf(db);
  const byLeague = new Map<string, string[]>();
  for (const [code, league] of map) byLeague.set(league, [...(byLeague.get(league) ?? []), code]);
  const spec = LEAGUE_TABLES[table] as { region?: string; via?: { table: string; key: string } };
  let changed = 0;
  for (const [league, codes] of byLeague) {
    const q = db(table);
    if (spec.region) q.whereIn(`${table}.${spec.region}`, codes);
    else q.whereIn(`${table}.${spec.via!.key}`, db(spec.via!.table).whereIn('region_code', codes).select('id'));
    if (!opts.all) q.whereNull(`${table}.league_code`);
    else q.where((w) => w.whereNull(`${table}.league_code`).orWhereNot(`${table}.league_code`, league));
    changed += await q.update({ league_code: league });
  }
  return changed;
}

/** After a worker moves: the certificates it holds follow it (a certificate is scoped by its holder's region). */
export async function followWorker(db: Db, workerId: number, league: string): Promise<void> {
  await db('certificates').where({ worker_id: workerId }).where((w) => w.whereNull('league_code').orWhereNot('league_code', league)).update({ league_code: league });
}

/** After a class moves: its enrolments follow it. */
export async function followProgram(db: Db, programId: number, league: string): Promise<void> {
  await db('enrollments').where({ program_id: programId }).where((w) => w.whereNull('league_code').orWhereNot('league_code', league)).update({ league_code: league });
}

/**
 * The `league_code` a row of `table` gets from its region or parent, for a row about to be written (`row` holds the
 * columns being written, `before` the stored row on update). Returns undefined when nothing that decides it changes.
 */
export async function leagueFor(db: Db, table: string, row: Record<string, unknown>, before?: Record<string, unknown>): Promise<string | null | undefined> {
  const spec = (LEAGUE_TABLES as Record<string, { region?: string; via?: { table: string; key: string } }>)[table];
  if (!spec) return undefined;
  if (spec.region) {
    if (row[spec.region] === undefined || (before && row[spec.region] === before[spec.region] && before.league_code)) return undefined;
    return leagueOfRegion(db, row[spec.region] as string | null);
  }
  const key = row[spec.via!.key];
  if (key === undefined || key === null || (before && String(key) === String(before[spec.via!.key]) && before.league_code)) return undefined;
  const parent = await db(spec.via!.table).where({ id: key }).first('region_code');
  return parent ? leagueOfRegion(db, parent.region_code) : null;
}

/** Sets `league_code` on a row about to be inserted or updated, when its region or parent decides it. */
export async function withLeague(db: Db, table: string, row: Record<string, unknown>, before?: Record<string, unknown>): Promise<Record<string, unknown>> {
  const league = await leagueFor(db, table, row, before);
  if (league !== undefined) row.league_code = league;
  return row;
}

/** After a write: records scoped through this one follow a change of its region (certificates a worker, enrolments a class). */
export async function propagateLeague(db: Db, table: string, id: number | string, row: Record<string, unknown>, before?: Record<string, unknown>): Promise<void> {
  if (!before || row.region_code === undefined || row.region_code === before.region_code) return;
  const league = await leagueOfRegion(db, row.region_code as string | null);
  if (!league) return;
  // Workers and programs have integer ids.
  if (table === 'workers') await followWorker(db, Number(id), league);
  if (table === 'programs') await followProgram(db, Number(id), league);
}
