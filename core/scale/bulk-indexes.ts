// Secondary indexes set aside during a bulk load: read from the database (so indexes a later migration adds are
// covered too), dropped before the load, and re-created afterwards in one statement per table (a sorted build, far
// faster than maintaining ~20 indexes row by row). Unique indexes and those a foreign key leans on stay in place:
// the first guard the data while it loads, the second keep the constraints working for the app meanwhile.
import type { Knex } from 'knex';
import type { Dialect } from '../db/connection.js';

/** An index set aside: its name and how to create it again (a MySQL `ADD INDEX` clause, or SQLite's CREATE INDEX). */
export interface SetAsideIndex {
  name: string;
  create: string;
  /** A unique index (set aside only where the caller guarantees uniqueness itself): built after the others. */
  unique?: boolean;
}

const quote = (name: string) => `\`${name.replaceAll('`', '``')}\``;

/**
 * The plain (non-unique) secondary indexes of a table that are not the leading columns of one of its foreign keys, and
 * the unique index on exactly `uniqueOn` when given (its caller keeps the values unique meanwhile).
 */
export async function droppableIndexes(knex: Knex, dialect: Dialect, table: string, uniqueOn?: string[]): Promise<SetAsideIndex[]> {
  const uniqueAllowed = (names: string[]) => !!uniqueOn && names.join(',') === uniqueOn.join(',');
  if (dialect === 'sqlite') {
    // origin 'c': made by CREATE INDEX (not a UNIQUE or PRIMARY KEY constraint's own index).
    const list = (await knex.raw(`PRAGMA index_list(${quote(table)})`)) as Array<{ name: string; unique: number; origin: string; partial: number }>;
    const fks = (await knex.raw(`PRAGMA foreign_key_list(${quote(table)})`)) as Array<{ id: number; seq: number; from: string }>;
    const fkColumns = new Map<number, string[]>();
    for (const f of [...fks].sort((a, b) => a.seq - b.seq)) fkColumns.set(f.id, [...(fkColumns.get(f.id) ?? []), f.from]);
    const out: SetAsideIndex[] = [];
    for (const ix of list) {
      if (ix.origin !== 'c') continue;
      const names = ((await knex.raw(`PRAGMA index_info(${quote(ix.name)})`)) as Array<{ seqno: number; name: string }>).sort((a, b) => a.seqno - b.seqno).map((c) => c.name);
      if (ix.unique && !uniqueAllowed(names)) continue;
      if ([...fkColumns.values()].some((fk) => fk.every((c, i) => names[i] === c))) continue;
      const row = await knex('sqlite_master').where({ type: 'index', name: ix.name }).first('sql');
      if (row?.sql) out.push({ name: ix.name, create: String(row.sql), ...(ix.unique ? { unique: true } : {}) });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }
  const stats = (await knex('information_schema.STATISTICS')
    .whereRaw('TABLE_SCHEMA = DATABASE()').andWhere({ TABLE_NAME: table })
    .orderBy([{ column: 'INDEX_NAME' }, { column: 'SEQ_IN_INDEX' }])
    .select('INDEX_NAME as name', 'NON_UNIQUE as nonUnique', 'COLUMN_NAME as column', 'SUB_PART as part', 'COLLATION as collation', 'INDEX_TYPE as type')) as
    Array<{ name: string; nonUnique: number | string; column: string | null; part: number | null; collation: string | null; type: string }>;
  const fks = (await knex('information_schema.KEY_COLUMN_USAGE')
    .whereRaw('TABLE_SCHEMA = DATABASE()').andWhere({ TABLE_NAME: table }).whereNotNull('REFERENCED_TABLE_NAME')
    .orderBy([{ column: 'CONSTRAINT_NAME' }, { column: 'ORDINAL_POSITION' }])
    .select('CONSTRAINT_NAME as name', 'COLUMN_NAME as column')) as Array<{ name: string; column: string }>;
  const fkColumns = new Map<string, string[]>();
  for (const f of fks) fkColumns.set(f.name, [...(fkColumns.get(f.name) ?? []), f.column]);
  const indexes = new Map<string, typeof stats>();
  for (const s of stats) indexes.set(s.name, [...(indexes.get(s.name) ?? []), s]);
  const out: SetAsideIndex[] = [];
  for (const [name, cols] of indexes) {
    if (name === 'PRIMARY' || cols[0].type !== 'BTREE' || cols.some((c) => !c.column)) continue;
    const names = cols.map((c) => c.column!);
    const unique = Number(cols[0].nonUnique) === 0;
    if (unique && !uniqueAllowed(names)) continue;
    if ([...fkColumns.values()].some((fk) => fk.every((c, i) => names[i] === c))) continue;
    const parts = cols.map((c) => `${quote(c.column!)}${c.part ? `(${Number(c.part)})` : ''}${c.collation === 'D' ? ' DESC' : ''}`);
    out.push({ name, create: `ADD ${unique ? 'UNIQUE ' : ''}INDEX ${quote(name)} (${parts.join(', ')})`, ...(unique ? { unique: true } : {}) });
  }
  return out;
}

/** The names of a table's indexes as they stand. */
async function present(knex: Knex, dialect: Dialect, table: string): Promise<Set<string>> {
  if (dialect === 'sqlite') return new Set(((await knex.raw(`PRAGMA index_list(${quote(table)})`)) as Array<{ name: string }>).map((r) => r.name));
  const rows = await knex('information_schema.STATISTICS').whereRaw('TABLE_SCHEMA = DATABASE()').andWhere({ TABLE_NAME: table }).distinct('INDEX_NAME as name');
  return new Set(rows.map((r: { name: string }) => r.name));
}

/** Drops those of the indexes still present (all in one statement on MySQL). */
export async function dropIndexes(knex: Knex, dialect: Dialect, table: string, indexes: SetAsideIndex[]): Promise<void> {
  const have = await present(knex, dialect, table);
  const gone = indexes.filter((ix) => have.has(ix.name));
  if (!gone.length) return;
  if (dialect === 'sqlite') {
    for (const ix of gone) await knex.raw(`DROP INDEX ${quote(ix.name)}`);
    return;
  }
  await knex.raw(`ALTER TABLE ${quote(table)} ${gone.map((ix) => `DROP INDEX ${quote(ix.name)}`).join(', ')}`);
}

/**
 * Creates again those of the indexes that are missing: on MySQL the plain ones in one statement (one scan, a sorted
 * build each), then the unique ones, so that a duplicate that slipped in cannot hold the others back.
 */
export async function restoreIndexes(knex: Knex, dialect: Dialect, table: string, indexes: SetAsideIndex[]): Promise<number> {
  const have = await present(knex, dialect, table);
  const missing = indexes.filter((ix) => !have.has(ix.name));
  if (!missing.length) return 0;
  const ordered = [...missing.filter((ix) => !ix.unique), ...missing.filter((ix) => ix.unique)];
  if (dialect === 'sqlite') {
    for (const ix of ordered) await knex.raw(ix.create);
    return missing.length;
  }
  for (const group of [ordered.filter((ix) => !ix.unique), ordered.filter((ix) => ix.unique)]) {
    if (group.length) await knex.raw(`ALTER TABLE ${quote(table)} ${group.map((ix) => ix.create).join(', ')}`);
  }
  return missing.length;
}

/** Indexes a table should have but lacks: those recorded as set aside by an unfinished seed run. */
export async function missingIndexes(knex: Knex, dialect: Dialect, table: string, indexes: SetAsideIndex[]): Promise<string[]> {
  const have = await present(knex, dialect, table);
  return indexes.filter((ix) => !have.has(ix.name)).map((ix) => ix.name);
}

/** Indexes an unfinished seed run set aside and that are still missing, per run and table: for a warning at start-up. */
export async function indexesSetAside(knex: Knex, dialect: Dialect): Promise<Array<{ run: string; table: string; missing: string[] }>> {
  const out: Array<{ run: string; table: string; missing: string[] }> = [];
  if (!(await knex.schema.hasTable('seed_runs'))) return out;
  for (const run of await knex('seed_runs').select('id', 'progress')) {
    let aside: Record<string, SetAsideIndex[]> | undefined;
    try {
      aside = (JSON.parse(String(run.progress)) as { indexes?: Record<string, SetAsideIndex[]> }).indexes;
    } catch {
      continue;
    }
    for (const [table, indexes] of Object.entries(aside ?? {})) {
      const missing = await missingIndexes(knex, dialect, table, indexes);
      if (missing.length) out.push({ run: String(run.id), table, missing });
    }
  }
  return out;
}
