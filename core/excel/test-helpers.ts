// Helpers of the spreadsheet tests: binary downloads, reading sheets back with exceljs, users of one node.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { TestClient } from '../test/client.js';
import { make } from '../test/fixtures.js';

export const PASSWORD = 'Secret-pass-123';

/** GET with the client's token; the raw bytes and headers. */
export async function download(app: FastifyInstance, c: TestClient, url: string) {
  const res = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${c.token}` } });
  return { status: res.statusCode, bytes: res.rawPayload, headers: res.headers, text: res.body };
}

/** The sheet's rows as arrays of cell values (row 1 = headers). */
export async function readBack(bytes: Buffer, format: 'xlsx' | 'csv'): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  if (format === 'xlsx') await book.xlsx.load(bytes as unknown as ArrayBuffer);
  else await book.csv.read(Readable.from(bytes.subarray(3))); // after the BOM
  const rows: unknown[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** An .xlsx file of the given rows (first row = headers). */
export async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('花名册');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Creates a user through the API and logs them in. */
export async function userAt(app: FastifyInstance, admin: TestClient, username: string, role: string, region: string): Promise<TestClient> {
  await make(admin, 'users', { username, display_name: username, role, region_code: region, password: PASSWORD });
  return TestClient.login(app, username, PASSWORD);
}
