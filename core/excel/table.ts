// sendTable(): rows of any shape as an .xlsx workbook or a UTF-8 CSV (with BOM, so Excel reads Chinese), streamed to the reply.
import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { writeCsv, writeXlsx } from './writers.js';

export type TableFormat = 'xlsx' | 'csv';
/** A row as stored or computed: columns read it by key. */
export type Row = Record<string, unknown>;

export interface TableColumn<R extends object = Row> {
  /** The property of the row; ignored when `value` is given. */
  key: string;
  /** The column title, in Chinese. */
  header: string;
  /** Integer fen in the row, shown in yuan with two decimals. */
  money?: boolean;
  /** Computes the cell from the row (labels, names, joined lists). */
  value?: (row: R) => unknown;
  /**
   * The cell as CSV text, when the column has a quicker way to it than `value` then cellValue and csvField (an export's
   * columns: labels and names quoted once, lists remembered). It must give the same text.
   */
  csv?: (row: R) => string;
  width?: number;
}

/** Rows read a page at a time (an export's keyset pages): the writers await once per page rather than once per row. */
export class Pages<R extends object = Row> {
  constructor(readonly pages: AsyncIterable<R[]>) {}
}

/** What the writers take: rows in memory, rows read one at a time, or pages. */
export type Rows<R extends object = Row> = Iterable<R> | AsyncIterable<R> | Pages<R>;

export const TABLE_FORMATS: TableFormat[] = ['xlsx', 'csv'];
const TYPES: Record<TableFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Content-Disposition with the Chinese name (RFC 5987) and an ASCII fallback. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Sends `rows` as a spreadsheet named `filename` (the extension is added). Rows may be an async
 * iterable or Pages (read while sending); an error while reading ends the download early and is logged.
 * A client that goes away stops the writer, which stops the iteration (and the queries behind it).
 */
export function sendTable<R extends object>(reply: FastifyReply, rows: Rows<R>, columns: TableColumn<R>[], format: TableFormat, filename: string): FastifyReply {
  const out = new PassThrough();
  const abandoned = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) {
      abandoned.abort(new Error('client closed the download'));
      out.destroy();
    }
  });
  writeTable(out, rows, columns, format, abandoned.signal).catch((err) => {
    if (!abandoned.signal.aborted) reply.log.error({ err }, 'spreadsheet export failed while streaming');
    out.destroy(abandoned.signal.aborted ? undefined : err);
  });
  reply.header('Content-Type', TYPES[format]);
  reply.header('Content-Disposition', attachment(`${filename}.${format}`));
  reply.header('Cache-Control', 'no-store');
  return reply.send(out);
}

/** Writes `rows` into `out` in `format` (an export job writes into its stored file this way). */
export function writeTable<R extends object>(out: PassThrough, rows: Rows<R>, columns: TableColumn<R>[], format: TableFormat, signal?: AbortSignal): Promise<void> {
  return (format === 'xlsx' ? writeXlsx : writeCsv)(out, rows, columns, signal);
}

export const CONTENT_TYPES = TYPES;
