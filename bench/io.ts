// npm run bench:io [-- --full]: export and import throughput of a real server process on MariaDB/MySQL, each against the
// raw anchor on the same rows in the same run: a mysql2 row stream (export) and csv-parse + knex batch insert (import),
// with the server's resident memory sampled throughout. Default: import 5,000 rows, export ~25,000; --full: 100,000 / ~1,000,000.
// --db NAME: the scratch database (dropped before and, without --keep, after the run); --import-rows / --export-rows N: other sizes.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import knexFactory from 'knex';
import mysql from 'mysql2';
import { parseDatabaseUrl } from '../core/db/connection.js';
import { createPiiCipher } from '../core/pii/cipher.js';
import { ADMIN_PASSWORD, TEST_KEY } from '../core/test/build-test-app.js';
import { startChildServer } from '../core/test/child-server.js';
import { curl, login } from '../core/test/live.js';
import { checkCharacter } from '../core/validation/resident-id.js';
import { maskIdNumber, maskPhone } from '../core/pii/mask.js';
import { exportReadColumns } from '../core/excel/columns.js';
import { workers } from '../core/resources/definitions/workers.js';

const { values } = parseArgs({ options: { full: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, xlsx: { type: 'boolean' }, db: { type: 'string', default: 'steppe_bench_io' }, 'import-rows': { type: 'string' }, 'export-rows': { type: 'string' } } });
// The .xlsx writer (exceljs) is far slower than CSV: measured by default on the small run only (--xlsx forces it).
const XLSX = values.xlsx ?? !values.full;
const IMPORT_ROWS = Number(values['import-rows'] ?? (values.full ? 100_000 : 5_000));
const EXPORT_ROWS = Number(values['export-rows'] ?? (values.full ? 1_000_000 : 25_000));
const SERVER_URL = process.env.BENCH_MYSQL_URL ?? process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
const DB = values.db;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

/** Samples the child's resident set (VmRSS) every 100 ms; `peak()` since the last `reset()`. */
function rssSampler(pid: number) {
  let peak = 0;
  const read = () => {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m) peak = Math.max(peak, Number(m[1]));
  };
  const timer = setInterval(() => { try { read(); } catch { /* exited */ } }, 100);
  return { reset: () => { peak = 0; read(); }, peak: () => { read(); return peak; }, stop: () => clearInterval(timer) };
}

/** A roster CSV of `n` distinct valid IDs of 阿拉善左旗 (152921), a county the demo seeding never draws. */
function writeRoster(file: string, n: number): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, '\uFEFF公民身份号码,姓名,所属地区代码,人员类别,手机号码,文化程度\r\n');
  let buf = '';
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(1970, 0, 1) + Math.floor(i / 900) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `152921${day}${String((i % 900) + 100)}`;
    buf += `${first17}${checkCharacter(first17)},示例·基准${i},152921,返乡农牧民工,139${String(i).padStart(8, '0')},初中\r\n`;
    if (buf.length > 1 << 20) { fs.writeSync(out, buf); buf = ''; }
  }
  fs.writeSync(out, buf);
  fs.closeSync(out);
}

/**
 * Downloads `url` as a plain HTTP client that only counts the bytes (as curl -o /dev/null would). fetch's web streams
 * took 3–8 times the CPU of http.get for the same 50 MB (294–904 ms against 112–125 ms), on the two cores the server
 * and the database share; the anchor's own reader is mysql2's row stream in this process, as before.
 */
function download(url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      if (res.statusCode !== 200) { reject(new Error(`export: HTTP ${res.statusCode}`)); res.resume(); return; }
      let bytes = 0;
      res.on('data', (chunk: Buffer) => { bytes += chunk.length; }).on('end', () => resolve(bytes)).on('error', reject);
    }).on('error', reject);
  });
}

async function until<T>(fn: () => Promise<T | null | false>, ms = 3_600_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const admin = knexFactory(parseDatabaseUrl(SERVER_URL).config);
try {
  await admin.raw(`DROP DATABASE IF EXISTS \`${DB}\``);
  await admin.raw(`CREATE DATABASE \`${DB}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
} catch (err) {
  console.log(`bench:io needs MariaDB/MySQL (BENCH_MYSQL_URL, now ${SERVER_URL}): ${(err as Error).message}`);
  process.exit(0);
}
await admin.destroy();
const url = new URL(SERVER_URL);
url.pathname = `/${DB}`;
const dbUrl = url.toString();
const knex = knexFactory(parseDatabaseUrl(dbUrl).config);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-bench-io-'));
const server = await startChildServer(dbUrl, dataDir, { JOBS_CONCURRENCY: '1', RATE_LIMIT_API_PER_MINUTE: '0', LOG_LEVEL: 'error', SERVE_UI: 'false' }, 'dist');
const rss = rssSampler(server.process.pid!);
const token = await login(server.api, 'admin', ADMIN_PASSWORD);
const idleRss = rss.peak();
const results: string[][] = [];
console.log(`bench:io on ${url.host} (${values.full ? 'full' : 'small; --full for 100,000 / 1,000,000 rows'}), node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}; server (dist) RSS at rest ${mb(idleRss)}`);

try {
  // ---- Import: the roster through the API (a job, streamed, in batches) against csv-parse + knex batch insert.
  const file = path.join(dataDir, 'roster.csv');
  writeRoster(file, IMPORT_ROWS);
  rss.reset();
  let started = Date.now();
  // Node's fetch streams any async iterable as the body; the DOM's BodyInit (the types compiled against) does not list one.
  const roster = fs.createReadStream(file) as unknown as BodyInit;
  const up = await curl(`${server.api}/workers/import/upload?filename=roster.csv`, { method: 'POST', token, headers: { 'content-type': 'text/csv' }, body: roster, duplex: 'half' });
  if (up.status !== 202) throw new Error(`upload: ${up.status} ${up.text}`);
  const job = await until(async () => { const j = (await curl(`${server.api}/jobs/${up.body.job_id}`, { token })).body; return j.status === 'done' || j.status === 'failed' ? j : null; });
  const steppeImport = IMPORT_ROWS / ((Date.now() - started) / 1000);
  const importRss = rss.peak();
  if (job.succeeded !== IMPORT_ROWS) throw new Error(`import wrote ${job.succeeded} of ${IMPORT_ROWS}: ${job.message}`);

  // The anchor: the same file parsed and batch-inserted, as the same rows, into a copy of the table. Its personal data is
  // encrypted, indexed and masked before the clock starts (a cost only Steppe's path pays, as production must); the
  // values Steppe derives per region (league, form version) are copied from a row it wrote.
  await knex.raw('CREATE TABLE workers_raw LIKE workers');
  const pii = createPiiCipher(Buffer.from(TEST_KEY, 'base64'));
  const sample = await knex('workers').whereNotNull('id_number_mask').first('league_code', 'form_version', 'created_by', 'registered_by_institution_id');
  const sealed = new Map<string, Record<string, string>>();
  for await (const [id, , , , phone] of fs.createReadStream(file).pipe(parse({ bom: true, from_line: 2 })) as AsyncIterable<string[]>) {
    sealed.set(id, {
      id_number_enc: pii.encrypt(id), id_number_idx: pii.blindIndex(id), id_number_mask: maskIdNumber(id),
      phone_enc: pii.encrypt(phone), phone_idx: pii.blindIndex(phone), phone_mask: maskPhone(phone),
    });
  }
  started = Date.now();
  let batch: Record<string, unknown>[] = [];
  const now = new Date().toISOString();
  for await (const [id, name, region] of fs.createReadStream(file).pipe(parse({ bom: true, from_line: 2 })) as AsyncIterable<string[]>) {
    batch.push({
      ...sealed.get(id), name, gender: Number(id[16]) % 2 ? 'male' : 'female', birth_date: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      home_region_code: region, region_code: region, category: 'returnee', traits: '[]', education: 'junior', ...sample,
      created_at: now, updated_at: now, updated_by: sample?.created_by ?? null, version: 1,
    });
    if (batch.length === 500) { await knex('workers_raw').insert(batch); batch = []; }
  }
  if (batch.length) await knex('workers_raw').insert(batch);
  const rawImport = IMPORT_ROWS / ((Date.now() - started) / 1000);
  results.push(['import roster (rows/s)', fmt(rawImport), fmt(steppeImport), `${Math.round((steppeImport / rawImport) * 100)} %`, '≥ 50 %', mb(importRss), '< 300 MB']);

  // ---- Export: seed fictional workers through the demo_seed job, then the whole table both ways.
  const seed = await curl(`${server.api}/jobs`, { method: 'POST', token, json: { kind: 'demo_seed', params: { workers: EXPORT_ROWS - IMPORT_ROWS, seed: 11 } } });
  await until(async () => { const j = (await curl(`${server.api}/jobs/${seed.body.job_id}`, { token })).body; return j.status === 'done' ? j : null; });
  const rows = Number((await knex('workers').count({ n: '*' }).first())?.n);

  // The anchor reads exactly the columns the export reads (its masks rather than the ciphertext), in the same order, as
  // one mysql2 row stream in this process. It runs before and after the CSV export and the faster run counts: on a
  // shared machine one run of either side can be 30 % off the next.
  const conn = mysql.createConnection({ uri: dbUrl, charset: 'utf8mb4', dateStrings: true });
  const rawStream = async () => {
    const t0 = Date.now();
    let streamed = 0;
    await new Promise<void>((resolve, reject) => {
      conn.query(knex('workers').select(exportReadColumns(workers, knex)).orderBy('workers.id').toString()).stream().on('data', () => { streamed++; }).on('end', () => resolve()).on('error', reject);
    });
    return streamed / ((Date.now() - t0) / 1000);
  };
  const anchorRuns = [await rawStream()];

  // Steppe's side: the export downloaded over HTTP by download() above, which only counts the bytes.
  const exports: Array<{ format: string; rate: number; bytes: number; rss: number }> = [];
  for (const format of XLSX ? ['csv', 'xlsx'] as const : ['csv'] as const) {
    rss.reset();
    started = Date.now();
    const bytes = await download(`${server.api}/workers/export?format=${format}`, token);
    exports.push({ format, rate: rows / ((Date.now() - started) / 1000), bytes, rss: rss.peak() });
    if (format === 'csv') anchorRuns.push(await rawStream());
  }
  conn.end();
  const rawExport = Math.max(...anchorRuns);
  console.log(`export anchor runs (mysql2 row stream, rows/s): ${anchorRuns.map(fmt).join(', ')}; the faster counts`);
  for (const { format, rate, bytes, rss: peak } of exports) {
    results.push([`export ${rows.toLocaleString('en-US')} workers, ${format} (rows/s)`, fmt(rawExport), fmt(rate), `${Math.round((rate / rawExport) * 100)} %`, '≥ 50 %', mb(peak), `flat (${(bytes / 1e6).toFixed(0)} MB sent)`]);
  }
} finally {
  rss.stop();
  await server.stop();
  await knex.destroy();
  if (!values.keep) {
    const k = knexFactory(parseDatabaseUrl(SERVER_URL).config);
    await k.raw(`DROP DATABASE IF EXISTS \`${DB}\``);
    await k.destroy();
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const head = ['what', 'raw anchor', 'Steppe', 'ratio', 'target', 'server RSS peak', 'memory target'];
const widths = head.map((h, i) => Math.max(h.length, ...results.map((r) => r[i].length)));
for (const row of [head, ...results]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));
