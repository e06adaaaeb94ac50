// The two spreadsheet writers: an .xlsx workbook (exceljs' streaming writer) and a UTF-8 CSV with BOM, row by row,
// both waiting for the reader (backpressure) and stopping when `signal` aborts (the client went away).
import { once } from 'node:events';
import type { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellValue, csvField } from './cells.js';
import type { Row, TableColumn } from './table.js';

function cells(row: Row, columns: TableColumn[]): Array<string | number | null> {
  return columns.map((c) => cellValue(c.value ? c.value(row) : row[c.key], c.money));
}

/** Waits until the reader took what is buffered; rejects when the download is abandoned. */
async function drained(out: PassThrough, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) throw signal.reason ?? new Error('aborted');
  if (out.writableNeedDrain) await once(out, 'drain', { signal });
}

export async function writeXlsx(out: PassThrough, rows: Iterable<Row> | AsyncIterable<Row>, columns: TableColumn[], signal?: AbortSignal): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet('Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header, key: String(i), width: c.width ?? Math.min(40, Math.max(10, c.header.length * 2 + 2)),
    style: c.money ? { numFmt: '#,##0.00' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let n = 0;
  for await (const row of rows) {
    sheet.addRow(cells(row, columns)).commit();
    // The zip stream pipes into `out`: pausing while `out` is full keeps what is buffered to a few hundred rows.
    if (++n % 200 === 0) await drained(out, signal);
  }
  sheet.commit();
  await book.commit();
}

export async function writeCsv(out: PassThrough, rows: Iterable<Row> | AsyncIterable<Row>, columns: TableColumn[], signal?: AbortSignal): Promise<void> {
  out.write('\uFEFF' + columns.map((c) => csvField(c.header)).join(',') + '\r\n');
  let chunk = '';
  for await (const row of rows) {
    chunk += cells(row, columns).map((v, i) => csvField(v, columns[i].money)).join(',') + '\r\n';
    // A few KB per write: fewer, larger chunks for the socket.
    if (chunk.length > 16_384) {
      out.write(chunk);
      chunk = '';
      await drained(out, signal);
    }
  }
  if (chunk) out.write(chunk);
  out.end();
}
