// Reads every record of a list in the list's order by keyset pages (sort value, id): no OFFSET, no count per page, so the
// cost is linear in rows however deep the export goes. The order is the list's own (sort field, then id, same direction).
import type { Knex } from 'knex';
import type { RequestContext } from '../http/context.js';
import { applyFilter, parseSort, type ListParams } from '../resources/query.js';
import type { ApiRecord, ResourceService } from '../resources/service.js';
import type { Services } from '../services.js';

export const KEYSET_PAGE = 2000;

/**
 * Rows after (value, id) in ORDER BY col dir, id dir. NULLs sort first ascending and last descending on both MySQL and
 * SQLite, so a NULL cursor value continues among the NULLs and then (ascending) with every non-NULL value.
 */
export function afterKey(qb: Knex.QueryBuilder, col: string, idCol: string, dir: 'asc' | 'desc', value: Knex.Value | undefined, id: Knex.Value): void {
  const cmp = dir === 'asc' ? '>' : '<';
  if (col === idCol) { qb.where(idCol, cmp, id); return; }
  if (value === null || value === undefined) {
    qb.where((w) => {
      w.where((n) => n.whereNull(col).where(idCol, cmp, id));
      if (dir === 'asc') w.orWhereNotNull(col);
    });
    return;
  }
  qb.where((w) => {
    w.where(col, cmp, value).orWhere((e) => e.where(col, value).where(idCol, cmp, id));
    if (dir === 'desc') w.orWhereNull(col);
  });
}

/**
 * Every record the list would show for `params` (scoped, filtered, sorted, masked), one keyset page at a time.
 * Breaking out of the loop (a client that went away) stops the queries: nothing is read ahead.
 */
export async function* keysetRecords<R extends ApiRecord>(services: Services, service: ResourceService<R>, ctx: RequestContext, params: ListParams, pageSize = KEYSET_PAGE): AsyncGenerator<R> {
  const { def } = service;
  const [field, dir] = parseSort(def, params.sort);
  const col = `${def.table}.${field}`;
  const idCol = `${def.table}.id`;
  const base = service.scoped(ctx);
  applyFilter(def, base, params.filter, services);
  /** A stored row: column values as the driver reads them. */
  let last: Record<string, Knex.Value> | null = null;
  for (;;) {
    const page = base.clone().select(`${def.table}.*`).orderBy(col, dir).orderBy(idCol, dir).limit(pageSize);
    if (last) afterKey(page, col, idCol, dir, last[field], last.id);
    const rows: Record<string, Knex.Value>[] = await page;
    for (const r of rows) yield service.toRecord(r);
    if (rows.length < pageSize) return;
    last = rows[rows.length - 1];
  }
}
