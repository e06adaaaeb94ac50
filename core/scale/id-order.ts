// The platform admin's page jumped to cold in id order is read by OFFSET over the whole table. On InnoDB the primary key
// is the table itself, so walking 500,000 ids read 500,000 rows' pages (114 ms at row 500,000 of 3 M workers, 150 ms
// for claims). A secondary index on (id) alone holds the ids only and walks the same distance in ~30 ms; MariaDB's
// optimizer still prefers the primary key, so the read names the index (FORCE INDEX).
import { LEAGUE_TABLES } from './league.js';

/** The large listed tables: those that carry a 盟市 code. */
export const ID_ORDER_TABLES: ReadonlySet<string> = new Set(Object.keys(LEAGUE_TABLES));

/** The name of a table's (id) index. */
export const idOrderIndex = (table: string) => `${table}_id_order`;

/** MySQL's error for an index hint naming an index the table lacks (a bulk load sets secondary indexes aside meanwhile). */
export const isMissingIndex = (err: unknown) => (err as { errno?: number } | null)?.errno === 1176;
