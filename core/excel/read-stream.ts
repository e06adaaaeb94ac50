// Reads an uploaded sheet (.csv or .xlsx) as a stream of rows of trimmed text with the row numbers a clerk sees; memory stays bounded.
import { Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { badRequest } from '../http/errors.js';
import { cellText } from './cell-text.js';

export interface SheetRow {
  /** The row number in Excel (the header is usually row 1), or the record number of a CSV. */
  row: number;
  cells: string[];
}

/** Decodes bytes as UTF-8 or, when the start of the file is not UTF-8, as GB18030 (what Excel on Chinese Windows saves). */
function decoder(): Transform {
  let decode: TextDecoder | null = null;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!decode) {
        // Streaming mode: a multi-byte character cut at the end of the first chunk is not held against it.
        let utf8 = true;
        try { new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true }); } catch { utf8 = false; }
        decode = new TextDecoder(utf8 ? 'utf-8' : 'gb18030');
      }
      done(null, decode.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decode ? decode.decode() : '');
    },
  });
}

async function* csvRows(input: Readable): AsyncGenerator<SheetRow> {
  const parser = input.pipe(decoder()).pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  let n = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      n++;
      yield { row: n, cells: record.map((c) => c.trim()) };
    }
  } catch (err) {
    throw badRequest(`CSV 文件第 ${n + 1} 条记录无法读取：${(err as Error).message}`, 'file');
  }
}

async function* xlsxRows(input: Readable): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' });
  let found = false;
  try {
    for await (const sheet of reader) {
      // The first sheet with rows is the roster; the others are read past.
      let rows = false;
      for await (const r of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        if (found) continue;
        rows = true;
        const values = (r.values as unknown[]) ?? [];
        yield { row: r.number, cells: values.slice(1).map(cellText) };
      }
      found ||= rows;
    }
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode) throw err;
    throw badRequest('文件不是有效的 Excel（.xlsx）文件；旧版 .xls 请在 Excel 中另存为 .xlsx', 'file');
  }
}

/**
 * The rows of the file with at least one filled cell, header first.
 * @example for await (const { row, cells } of sheetRows('花名册.csv', fs.createReadStream(path))) …
 */
export async function* sheetRows(filename: string, input: Readable): AsyncGenerator<SheetRow> {
  const rows = filename.toLowerCase().endsWith('.csv') ? csvRows(input) : xlsxRows(input);
  for await (const r of rows) if (r.cells.some((c) => c !== '')) yield r;
}
