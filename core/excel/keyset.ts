// Reads every record of a list in the list's order by keyset pages (sort value, id): no OFFSET, no count per page, so the
// cost is linear in rows however deep the export goes. The order is the list's own (sort field, then id, same direction).
import type { Knex } from 'knex';
import type { RequestContext } from '../http/context.js';
import { applyFilter, parseSort, type ListParams } from '../resources/query.js';
import type { ApiRecord, ResourceService } from '../resources/service.js';
import type { Services } from '../services.js';
import { whereAfter } from '../resources/page-anchors.js';

/**
 * Rows per page: large enough that the per-query cost vanishes, small enough that a page is garbage while still young.
 * Pages of 5,000 (with one read ahead) outlived the young generation's collections, which then copied them: an export
 * spent 2–3 times as long collecting garbage as with pages of 1,000 (measured over 200,000 workers).
 */
export const KEYSET_PAGE = 1000;

/** A row as stored, with the columns a keyset read selected (masks, not the encrypted values, where masks are stored). */
export type StoredPageRow = Record<string, Knex.Value>;

/**
 * Every row the list would show for `params` (scoped, filtered, sorted), as stored, a keyset page at a time: a writer
 * awaits once per page, not once per row. `columns` narrows what is read (see readColumns in resources/service.ts); the
 * sort column and the id are always read, for the cursor. Breaking out of the loop (a client that went away) stops the
 * queries: no page after the one already on its way is read.
 */
export async function* keysetRows(services: Services, service: ResourceService, ctx: RequestContext, params: ListParams, pageSize = KEYSET_PAGE, columns?: Array<string | Knex.Raw>): AsyncGenerator<StoredPageRow[]> {
  const { def } = service;
  const [field, dir] = parseSort(def, params.sort);
  const col = `${def.table}.${field}`;
  const idCol = `${def.table}.id`;
  const base = service.scoped(ctx);
  applyFilter(def, base, params.filter, services);
  const select = columns ? [...new Set([idCol, col]), ...columns.filter((c) => c !== idCol && c !== col)] : [`${def.table}.*`];
  /** The page after `last` (a stored row: column values as the driver reads them), its query sent at once. */
  const read = (last: StoredPageRow | null): Promise<StoredPageRow[]> => {
    const page = base.clone().select(select).orderBy(col, dir).orderBy(idCol, dir).limit(pageSize);
    if (last) whereAfter(page, col, idCol, dir, last[field], last.id);
    return page.then((rows: StoredPageRow[]) => rows);
  };
  // One page is read ahead while the caller works on the one before: the database and this process work at once.
  let next: Promise<StoredPageRow[]> | null = read(null);
  try {
    while (next) {
      const rows: StoredPageRow[] = await next;
      next = rows.length < pageSize ? null : read(rows[rows.length - 1]);
      if (rows.length > 0) yield rows;
    }
  } finally {
    // Stopped early: the page read ahead is dropped (its failure, if any, is nobody's concern now).
    next?.catch(() => undefined);
  }
}

/** keysetRows as API records (personal data masked, JSON parsed, booleans and numbers as such). */
export async function* keysetPages<R extends ApiRecord>(services: Services, service: ResourceService<R>, ctx: RequestContext, params: ListParams, pageSize = KEYSET_PAGE, columns?: Array<string | Knex.Raw>): AsyncGenerator<R[]> {
  for await (const rows of keysetRows(services, service, ctx, params, pageSize, columns)) {
    const records = new Array<R>(rows.length);
    for (let i = 0; i < rows.length; i++) records[i] = service.toRecord(rows[i]);
    yield records;
  }
}

/** keysetPages one record at a time. */
export async function* keysetRecords<R extends ApiRecord>(services: Services, service: ResourceService<R>, ctx: RequestContext, params: ListParams, pageSize = KEYSET_PAGE, columns?: Array<string | Knex.Raw>): AsyncGenerator<R> {
  for await (const page of keysetPages(services, service, ctx, params, pageSize, columns)) yield* page;
}
