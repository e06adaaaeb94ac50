// Reads an uploaded sheet (.xlsx or .csv) into its header row and data rows of trimmed text, with sheet row numbers.
import ExcelJS from 'exceljs';
import { badRequest } from '../http/errors.js';
import { cellText } from './cell-text.js';
import { decodeText, parseCsv } from './csv.js';

export interface Sheet {
  headers: string[];
  /** `row` is the row number a clerk sees in Excel (the header is usually row 1). */
  rows: Array<{ row: number; cells: string[] }>;
}

export const MAX_ROWS = 50_000;

async function xlsxRecords(bytes: Buffer): Promise<Array<{ row: number; cells: string[] }>> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badRequest('文件不是有效的 Excel（.xlsx）文件；旧版 .xls 请在 Excel 中另存为 .xlsx', 'content_base64');
  }
  const sheet = book.worksheets.find((s) => s.actualRowCount > 0);
  const out: Array<{ row: number; cells: string[] }> = [];
  sheet?.eachRow({ includeEmpty: false }, (r, n) => {
    const values = r.values as unknown[];
    out.push({ row: n, cells: values.slice(1).map(cellText) });
  });
  return out;
}

function csvRecords(bytes: Buffer): Array<{ row: number; cells: string[] }> {
  return parseCsv(decodeText(bytes).replace(/^\uFEFF/, '')).map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }));
}

/** The sheet of a file; refuses a file without a header row, without data, or with too many rows. */
export async function readSheet(filename: string, bytes: Buffer): Promise<Sheet> {
  const ext = filename.toLowerCase().split('.').pop();
  const records = ext === 'csv' ? csvRecords(bytes) : await xlsxRecords(bytes);
  const filled = records.filter((r) => r.cells.some((c) => c !== ''));
  if (filled.length === 0) throw badRequest('文件中没有内容', 'content_base64');
  const [head, ...rows] = filled;
  if (rows.length === 0) throw badRequest('文件只有表头，没有数据行', 'content_base64');
  if (rows.length > MAX_ROWS) throw badRequest(`一次最多导入 ${MAX_ROWS} 行，本文件有 ${rows.length} 行，请分批导入`, 'content_base64');
  const headers = head.cells.map((h) => h.trim());
  return { headers, rows: rows.map((r) => ({ row: r.row, cells: headers.map((_, i) => r.cells[i] ?? '') })) };
}
