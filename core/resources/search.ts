// The `q` text search. Small tables match the text anywhere (LIKE '%text%'); a people table of millions matches names by
// prefix (LIKE 'text%'), a range of the (league_code, name) index, since a match anywhere cannot use an index and reads
// every row of the scope (measured at 1 M workers on MariaDB: a rare name 170 ms for a 盟市 user, over 1 s for admin).
import type { Knex } from 'knex';

export type SearchMode = 'contains' | 'prefix';

/** Fictional people (demo data, seeded scale data) carry this marker before their names; a prefix search looks past it. */
export const DEMO_NAME_MARKER = '示例·';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The LIKE patterns that the text matches under the mode. */
export function searchPatterns(text: string, mode: SearchMode): string[] {
  const escaped = escapeLike(text);
  if (mode === 'contains') return [`%${escaped}%`];
  return text.startsWith(DEMO_NAME_MARKER) ? [`${escaped}%`] : [`${escaped}%`, `${escapeLike(DEMO_NAME_MARKER)}${escaped}%`];
}

/** Narrows the query to rows whose columns match the text; `dialect` picks the LIKE escape literal. */
export function whereSearch(qb: Knex.QueryBuilder, columns: string[], text: string, mode: SearchMode, dialect: 'mysql' | 'sqlite'): void {
  const escape = dialect === 'mysql' ? "'\\\\'" : "'\\'";
  const patterns = searchPatterns(text, mode);
  qb.where((w) => { for (const column of columns) for (const p of patterns) w.orWhereRaw(`?? like ? escape ${escape}`, [column, p]); });
}
