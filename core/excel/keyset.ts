// Reads every record of a list in the list's order by keyset pages (sort value, id): no OFFSET, no count per page, so the
// cost is linear in rows however deep the export goes. The order is the list's own (sort field, then id, same direction).
import type { Knex } from 'knex';
import type { RequestContext } from '../http/context.js';
import { applyFilter, parseSort, type ListParams } from '../resources/query.js';
import type { ApiRecord, ResourceService } from '../resources/service.js';
import type { Services } from '../services.js';

/**
 * Rows per page: large enough that the per-query cost vanishes, small enough that a page is garbage while still young.
 * Pages of 5,000 (with one read ahead) outlived the young generation's collections, which then copied them: an export
 * spent 2–3 times as long collecting garbage as with pages of 1,000 (measured over 200,000 workers).
 */
export const KEYSET_PAGE = 1000;

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

/** A row as stored, with the columns a keyset read selected (masks, not the encrypted values, where masks are stored). */
export type StoredPageRow = Record<string, Knex.Value>;

/**
 * Rows per query on MySQL/MariaDB, where a page's rows are taken as the driver decodes them (streamedPages). Each query
 * is a round trip: pages of 1,000 awaited one by one read 200,000 workers at 121,000 rows/s, this process busy a third
 * of that time, where one stream of the same rows ran at 257,000–302,000 (load 7–8, 2 cores).
 */
export const STREAMED_PAGE = 10_000;

/**
 * Every row the list would show for `params` (scoped, filtered, sorted), as stored, `pageSize` rows at a time: a writer
 * awaits once per page, not once per row. `columns` narrows what is read (see readColumns in resources/service.ts); the
 * sort column and the id are always read, for the cursor. Breaking out of the loop (a client that went away) stops the
 * queries: no query after the one already on its way is sent. On MySQL/MariaDB the queries are STREAMED_PAGE rows each
 * (streamedPages); on SQLite, which answers in-process, each page is its own query.
 */
export async function* keysetRows(services: Services, service: ResourceService, ctx: RequestContext, params: ListParams, pageSize = KEYSET_PAGE, columns?: Array<string | Knex.Raw>): AsyncGenerator<StoredPageRow[]> {
  const { def } = service;
  const [field, dir] = parseSort(def, params.sort);
  const col = `${def.table}.${field}`;
  const idCol = `${def.table}.id`;
  const base = service.scoped(ctx);
  applyFilter(def, base, params.filter, services);
  const select = columns ? [...new Set([idCol, col]), ...columns.filter((c) => c !== idCol && c !== col)] : [`${def.table}.*`];
  /** The query of the `size` rows after `last` (a stored row: column values as the driver reads them). */
  const after = (last: StoredPageRow | null, size: number): Knex.QueryBuilder => {
    const page = base.clone().select(select).orderBy(col, dir).orderBy(idCol, dir).limit(size);
    if (last) afterKey(page, col, idCol, dir, last[field], last.id);
    return page;
  };
  if (services.db.dialect === 'mysql') {
    yield* streamedPages(services.db.knex, (last) => after(last, STREAMED_PAGE), STREAMED_PAGE, pageSize);
    return;
  }
  const read = (last: StoredPageRow | null): Promise<StoredPageRow[]> => after(last, pageSize).then((rows: StoredPageRow[]) => rows);
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

/** The parts of knex's client and of a mysql2 connection a streamed page uses (knex types neither). */
interface PoolClient {
  acquireConnection(): Promise<MysqlConnection>;
  releaseConnection(conn: MysqlConnection): Promise<void>;
  emit(event: 'query', query: object): boolean;
}
interface MysqlConnection {
  __knexUid?: string;
  query(options: { sql: string; values: readonly unknown[] }): NodeJS.EventEmitter;
  pause(): void;
  resume(): void;
}

/** Batches waiting for the reader before the connection stops reading (the rest waits in the socket's buffers). */
const QUEUED = 2;
/**
 * Longest pause of a connection: a download stalled longer lets the rest of its page come into memory instead, before
 * MariaDB gives up on a client that does not read (net_write_timeout, 60 s by default).
 */
const STALL_MS = 10_000;

/**
 * One query's rows, taken as mysql2 decodes them ('result' events: no stream objects in between) and kept in batches
 * until the reader takes them. The connection pauses while QUEUED batches wait: rows held here longer outlive the young
 * generation's collections, which then copy them (why awaited pages of 5,000 were slower than pages of 1,000).
 */
class StreamedPage {
  private readonly batches: StoredPageRow[][] = [];
  private batch: StoredPageRow[] = [];
  private wake: (() => void) | null = null;
  private failure: unknown = null;
  private ended = false;
  private stopped = false;
  private onEnd: (() => void) | null = null;
  private conn: MysqlConnection | null = null;
  private stall: NodeJS.Timeout | null = null;
  /** The page stalled once: its rows no longer wait in the socket. */
  private stalled = false;
  rows = 0;
  last: StoredPageRow | null = null;

  constructor(knex: Knex, query: Knex.QueryBuilder, private readonly batchSize: number) {
    void this.run(knex.client as PoolClient, query.toSQL().toNative());
  }

  private async run(client: PoolClient, { sql, bindings }: Knex.SqlNative): Promise<void> {
    let conn: MysqlConnection;
    try {
      conn = await client.acquireConnection();
    } catch (err) {
      this.finish(err);
      return;
    }
    if (this.stopped) {
      // The reader left while the connection was on its way: nothing is asked.
      void client.releaseConnection(conn);
      this.finish(null);
      return;
    }
    this.conn = conn;
    // Seen by knex.on('query') like any other query.
    client.emit('query', { __knexUid: conn.__knexUid, method: 'select', sql, bindings });
    let released = false;
    const release = () => { if (!released) { released = true; void client.releaseConnection(conn); } };
    conn.query({ sql, values: bindings })
      .on('result', (row: StoredPageRow) => {
        if (this.stopped) return;
        this.rows++;
        this.last = row;
        this.batch.push(row);
        if (this.batch.length === this.batchSize) this.hand();
      })
      .on('error', (err: unknown) => { this.finish(err); release(); })
      .on('end', () => { this.finish(null); release(); });
  }

  /** The batch gathered so far, to the reader. */
  private hand(): void {
    this.batches.push(this.batch);
    this.batch = [];
    this.wake?.();
    if (this.batches.length >= QUEUED && !this.stall && !this.stalled && !this.ended) {
      this.conn?.pause();
      this.stall = setTimeout(() => { this.stalled = true; this.resume(); }, STALL_MS).unref();
    }
  }

  private resume(): void {
    if (!this.stall) return;
    clearTimeout(this.stall);
    this.stall = null;
    this.conn?.resume();
  }

  private finish(err: unknown): void {
    if (this.ended) return;
    // Ended first: handing the last batch must not pause a connection that is going back to the pool.
    this.ended = true;
    this.resume();
    if (this.batch.length > 0) this.hand();
    this.failure = err;
    this.wake?.();
    if (!err && !this.stopped) this.onEnd?.();
  }

  /** The next batch of rows, or null once the query's rows are all taken. */
  async next(): Promise<StoredPageRow[] | null> {
    while (this.batches.length === 0 && !this.ended) await new Promise<void>((resolve) => { this.wake = resolve; });
    this.wake = null;
    if (this.failure) throw this.failure;
    const batch = this.batches.shift() ?? null;
    if (this.batches.length < QUEUED) this.resume();
    return batch;
  }

  /** Calls `fn` once every row is here (now, if they are). */
  whenAllHere(fn: () => void): void {
    if (this.ended) { if (!this.failure) fn(); } else this.onEnd = fn;
  }

  /** The reader left: rows still on their way are dropped, and the query's end starts nothing. */
  stop(): void {
    this.stopped = true;
    this.batches.length = 0;
    // The query reads on to its end (MySQL cannot drop a result half read), then its connection goes back to the pool.
    this.resume();
  }
}

/**
 * keysetRows on MySQL/MariaDB: queries of `pageSize` rows, handed on in batches of `batchSize`. The next query is sent
 * as soon as the one the reader is working through has delivered all its rows (its last row is the cursor), so the
 * database is never idle while this process writes; at most two queries' rows wait in memory.
 */
async function* streamedPages(knex: Knex, query: (last: StoredPageRow | null) => Knex.QueryBuilder, pageSize: number, batchSize: number): AsyncGenerator<StoredPageRow[]> {
  let page: StoredPageRow[] | null;
  let current: StreamedPage | null = new StreamedPage(knex, query(null), batchSize);
  let next: StreamedPage | null = null;
  try {
    while (current) {
      const reading: StreamedPage = current;
      reading.whenAllHere(() => { if (reading.rows === pageSize) next = new StreamedPage(knex, query(reading.last), batchSize); });
      while ((page = await reading.next())) yield page;
      current = next;
      next = null;
    }
  } finally {
    current?.stop();
    (next as StreamedPage | null)?.stop();
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
