// The two spreadsheet writers: an .xlsx workbook (exceljs' streaming writer) and a UTF-8 CSV with BOM, row by row,
// both waiting for the reader (backpressure) and stopping when `signal` aborts (the client went away).
import { once } from 'node:events';
import type { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellValue, csvField } from './cells.js';
import { Pages, type Rows, type TableColumn } from './table.js';

/** Rows in memory go to the writers in slices of this many. */
const SLICE = 1000;
/** Bytes of CSV gathered before one write: few, large chunks for the socket. */
const CSV_CHUNK = 256 * 1024;

/** Each column's value getter, made once per table rather than looked up per cell. */
function getters<R extends object>(columns: TableColumn<R>[]): Array<(row: R) => unknown> {
  // a column without `value` reads the row's property named `key`
  return columns.map((c) => c.value ?? ((row: R) => (row as Record<string, unknown>)[c.key]));
}

function cells<R extends object>(row: R, columns: TableColumn<R>[], get: Array<(row: R) => unknown>): Array<string | number | null> {
  const out = new Array<string | number | null>(columns.length);
  for (let i = 0; i < columns.length; i++) out[i] = cellValue(get[i](row), columns[i].money);
  return out;
}

/** `rows` a page at a time: Pages as read, rows in memory in slices, rows read one by one as pages of one. */
async function* pagesOf<R extends object>(rows: Rows<R>): AsyncGenerator<R[]> {
  if (rows instanceof Pages) {
    // yield* passes a writer's early return on to the reader: its queries stop.
    yield* rows.pages;
    return;
  }
  if (Symbol.iterator in rows) {
    let page: R[] = [];
    for (const row of rows) {
      page.push(row);
      if (page.length === SLICE) { yield page; page = []; }
    }
    if (page.length > 0) yield page;
    return;
  }
  for await (const row of rows) yield [row];
}

function stopIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason ?? new Error('aborted');
}

/** Waits until the reader took what is buffered; rejects when the download is abandoned. */
async function drained(out: PassThrough, signal?: AbortSignal): Promise<void> {
  stopIfAborted(signal);
  if (out.writableNeedDrain) await once(out, 'drain', { signal });
}

export async function writeXlsx<R extends object>(out: PassThrough, rows: Rows<R>, columns: TableColumn<R>[], signal?: AbortSignal): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet('Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header, key: String(i), width: c.width ?? Math.min(40, Math.max(10, c.header.length * 2 + 2)),
    style: c.money ? { numFmt: '#,##0.00' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const get = getters(columns);
  let n = 0;
  for await (const page of pagesOf(rows)) {
    for (const row of page) {
      sheet.addRow(cells(row, columns, get)).commit();
      // The zip stream pipes into `out`: pausing while `out` is full keeps what is buffered to a few hundred rows.
      if (++n % 200 === 0) await drained(out, signal);
    }
  }
  sheet.commit();
  await book.commit();
}

/** One CSV line per row (with its CRLF), each column's cell worked out by a function made once per table. */
function csvLine<R extends object>(columns: TableColumn<R>[]): (row: R) => string {
  const field = getters(columns).map((get, i) => {
    const money = columns[i].money ?? false;
    return columns[i].csv ?? ((row: R) => csvField(cellValue(get(row), money), money));
  });
  // One array reused for every line: join makes the flat string at once, where `+=` made a chain of pieces per cell
  // that writing then flattened (less garbage per row; 1.6 against 1.7–2.4 µs a worker's line, encoding included).
  const texts = new Array<string>(field.length);
  return (row) => {
    for (let i = 0; i < field.length; i++) texts[i] = field[i](row);
    return texts.join(',') + '\r\n';
  };
}

/**
 * Writes each line as UTF-8 into a buffer of CSV_CHUNK bytes, sent when full. Gathering the lines in one long string
 * first, then encoding it, cost more than reading the rows: V8 flattens a string of thousands of pieces slowly, and a
 * string that long lives in the large-object space, where the collector ran all the time.
 */
export async function writeCsv<R extends object>(out: PassThrough, rows: Rows<R>, columns: TableColumn<R>[], signal?: AbortSignal): Promise<void> {
  out.write('\uFEFF' + columns.map((c) => csvField(c.header)).join(',') + '\r\n');
  const line = csvLine(columns);
  let chunk = Buffer.allocUnsafe(CSV_CHUNK);
  let used = 0;
  for await (const page of pagesOf(rows)) {
    stopIfAborted(signal);
    for (const row of page) {
      const text = line(row);
      // A UTF-16 unit takes at most 3 bytes of UTF-8 (a surrogate pair 4 for two units).
      if (used + text.length * 3 > CSV_CHUNK) {
        if (used > 0) {
          // The stream keeps the buffer it was given: the next lines go into a new one.
          out.write(chunk.subarray(0, used));
          chunk = Buffer.allocUnsafe(CSV_CHUNK);
          used = 0;
        }
        // A line longer than a chunk is sent by itself.
        if (text.length * 3 > CSV_CHUNK) out.write(text);
        else used = chunk.write(text, 0);
        // Awaited only when the reader is behind: no promise per chunk otherwise.
        if (out.writableNeedDrain) await drained(out, signal);
        continue;
      }
      used += chunk.write(text, used);
    }
  }
  if (used > 0) out.write(chunk.subarray(0, used));
  out.end();
}
