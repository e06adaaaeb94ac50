// Bulk writes for the seed. On MySQL rows go in by LOAD DATA LOCAL INFILE from a buffer built here (parsed faster by
// the server than a multi-row INSERT, and cheaper to write than SQL), checked to have loaded every row without a
// warning; where the server refuses LOCAL INFILE, as multi-row INSERTs written here with mysql2's escaping (knex's
// insert builder spends more CPU per row than encrypting it does). SQLite keeps knex's builder.
import { Readable } from 'node:stream';
import mysql from 'mysql2';
import type { Knex } from 'knex';
import type { Dialect } from '../db/connection.js';

type Row = Record<string, unknown>;

/** Statement size: well within max_allowed_packet (16 MB by default), large enough that round trips vanish. */
const STATEMENT_BYTES = 1 << 20;
const LOAD_BYTES = 4 << 20;
/** MySQL/MariaDB errors saying LOAD DATA LOCAL is disabled (server or client side). */
const LOCAL_INFILE_REFUSED = new Set([1148, 3948, 2068]);
let localInfile = true;

/** Inserts rows (their keys may differ: a missing column takes its default) into a table. */
export async function insertRows(trx: Knex.Transaction | Knex, dialect: Dialect, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  if (dialect === 'sqlite') {
    // knex fills a column one row leaves out with NULL there, not its default: rows go in runs of the same columns.
    const columnsOf = (r: Row) => Object.keys(r).filter((c) => r[c] !== undefined).join(',');
    for (let at = 0; at < rows.length;) {
      const shape = columnsOf(rows[at]);
      const per = Math.min(500, Math.max(1, Math.floor(30_000 / Math.max(1, shape.split(',').length))));
      let end = at + 1;
      while (end < rows.length && end - at < per && columnsOf(rows[end]) === shape) end++;
      await trx(table).insert(rows.slice(at, end));
      at = end;
    }
    return;
  }
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  // A column some row leaves out takes its default: only an INSERT can say so row by row.
  const uniform = rows.every((r) => columns.every((c) => r[c] !== undefined));
  if (localInfile && uniform) {
    try {
      await loadRows(trx, table, columns, rows);
      return;
    } catch (err) {
      if (!LOCAL_INFILE_REFUSED.has(Number((err as { errno?: number }).errno))) throw err;
      localInfile = false; // a refused LOAD DATA wrote nothing: the same rows go in as INSERTs
    }
  }
  await insertStatements(trx, table, columns, rows);
}

async function insertStatements(trx: Knex.Transaction | Knex, table: string, columns: string[], rows: Row[]): Promise<void> {
  const head = `INSERT INTO ${mysql.escapeId(table)} (${columns.map((c) => mysql.escapeId(c)).join(', ')}) VALUES `;
  let values: string[] = [];
  let size = 0;
  for (const row of rows) {
    const tuple = `(${columns.map((c) => (row[c] === undefined ? 'DEFAULT' : mysql.escape(row[c] as mysql.SqlValue))).join(', ')})`;
    values.push(tuple);
    size += tuple.length;
    if (size >= STATEMENT_BYTES) {
      await trx.raw(head + values.join(', '));
      values = [];
      size = 0;
    }
  }
  if (values.length) await trx.raw(head + values.join(', '));
}

/** A value as LOAD DATA reads it with FIELDS TERMINATED BY '\t' ESCAPED BY '\\': NULL is \N, specials escaped. */
function field(v: unknown): string {
  if (v === null) return '\\N';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v);
  return /[\\\t\n\r\0]/.test(s) ? s.replace(/[\\\t\n\r\0]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\0')) : s;
}

async function loadRows(trx: Knex.Transaction | Knex, table: string, columns: string[], rows: Row[]): Promise<void> {
  const sql = `LOAD DATA LOCAL INFILE 'steppe-seed.tsv' INTO TABLE ${mysql.escapeId(table)} CHARACTER SET utf8mb4 ` +
    `FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (${columns.map((c) => mysql.escapeId(c)).join(', ')})`;
  let lines: string[] = [];
  let size = 0;
  const flush = async () => {
    const data = Buffer.from(`${lines.join('\n')}\n`);
    const sent = lines.length;
    lines = [];
    size = 0;
    // Whatever file the server asks for, it gets this buffer only.
    const [result] = await trx.raw(sql).options({ infileStreamFactory: () => Readable.from([data]) });
    // With LOCAL the server turns a duplicate key or a bad value into a warning and goes on: both are errors here.
    if (Number(result.affectedRows) !== sent || Number(result.warningStatus)) {
      throw new Error(`Loading ${table}: ${sent} rows sent, ${result.affectedRows} written, ${result.warningStatus} warnings (${String(result.info ?? '')})`);
    }
  };
  for (const row of rows) {
    const line = columns.map((c) => field(row[c])).join('\t');
    lines.push(line);
    size += line.length;
    if (size >= LOAD_BYTES) await flush();
  }
  if (lines.length) await flush();
}
