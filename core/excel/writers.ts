// The two spreadsheet writers: an .xlsx workbook (exceljs' streaming writer) and a UTF-8 CSV with BOM, row by row.
import type { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellValue, csvField } from './cells.js';
import type { Row, TableColumn } from './table.js';

function cells(row: Row, columns: TableColumn[]): Array<string | number | null> {
  return columns.map((c) => cellValue(c.value ? c.value(row) : row[c.key], c.money));
}

export async function writeXlsx(out: PassThrough, rows: Iterable<Row> | AsyncIterable<Row>, columns: TableColumn[]): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet('Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header, key: String(i), width: c.width ?? Math.min(40, Math.max(10, c.header.length * 2 + 2)),
    style: c.money ? { numFmt: '#,##0.00' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const row of rows) sheet.addRow(cells(row, columns)).commit();
  sheet.commit();
  await book.commit();
}

export async function writeCsv(out: PassThrough, rows: Iterable<Row> | AsyncIterable<Row>, columns: TableColumn[]): Promise<void> {
  const write = async (line: string) => {
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  };
  await write('\uFEFF' + columns.map((c) => csvField(c.header)).join(',') + '\r\n');
  for await (const row of rows) await write(cells(row, columns).map((v, i) => csvField(v, columns[i].money)).join(',') + '\r\n');
  out.end();
}
