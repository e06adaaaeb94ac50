// npm run bench:scale: seeds a database (20k workers by default; --full: 3M workers / 1M claims on MariaDB) and a
// 10k-worker one, then times every list, filter, sort and search the console offers, as a 盟市 reviewer
// (baotou_reviewer) and as the platform admin, plus get-by-id and the dashboard, and prints p95 and the ratio to the
// same query on 10k workers. Options: --full, --mysql (small run on MariaDB), --workers N --claims N, --runs N,
// --db NAME (MariaDB database of the large run, kept between runs: seeding resumes or is skipped; its 10k baseline is
// NAME_10k), --as-is (time the
// large database as it is, without seeding it further: e.g. one an interrupted `npm run seed` left).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import knexFactory from 'knex';
import { loadEnv } from '../core/env/env.js';
import { buildApp, type BuiltApp } from '../core/app.js';
import { parseDatabaseUrl } from '../core/db/connection.js';
import { systemContext } from '../core/http/context.js';
import { createSession } from '../core/auth/sessions.js';
import { seedScale } from '../core/scale/seed-scale.js';
import { refreshAggregates } from '../core/scale/aggregates.js';

const { values } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    mysql: { type: 'boolean', default: false },
    workers: { type: 'string' },
    claims: { type: 'string' },
    runs: { type: 'string', default: '20' },
    db: { type: 'string' },
    'as-is': { type: 'boolean', default: false },
  },
});
const mysqlBase = process.env.BENCH_MYSQL_URL ?? process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
const onMysql = values.full || values.mysql;
const WORKERS = Number(values.workers ?? (values.full ? 3_000_000 : 20_000));
const CLAIMS = Number(values.claims ?? (values.full ? 1_000_000 : Math.round(WORKERS / 3)));
const BASE_WORKERS = 10_000;
const BASE_CLAIMS = Math.round((BASE_WORKERS * CLAIMS) / WORKERS);
const RUNS = Number(values.runs);
const PASSWORD = 'Bench-Scale-Pass-73#q';
const TARGETS = { list: 100, get: 10, dashboard: 200, ratio: 3 };

/** A database URL for the bench: a MariaDB database (created when missing) or a SQLite file in a temp folder. */
async function databaseUrl(name: string): Promise<string> {
  if (!onMysql) return `sqlite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-bench-')), `${name}.sqlite`)}`;
  const admin = knexFactory(parseDatabaseUrl(mysqlBase).config);
  await admin.raw(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4`);
  await admin.destroy();
  const u = new URL(mysqlBase);
  u.pathname = `/${name}`;
  return u.toString();
}

async function open(name: string, workers: number, claims: number, seed = true): Promise<BuiltApp> {
  const url = await databaseUrl(name);
  const dataDir = path.join(os.tmpdir(), `steppe-bench-data-${name}`);
  fs.mkdirSync(dataDir, { recursive: true });
  const env = loadEnv({}, {
    DATABASE_URL: url, DATA_DIR: dataDir, STEPPE_DATA_KEY: process.env.STEPPE_DATA_KEY ?? Buffer.alloc(32, 9).toString('base64'), ADMIN_PASSWORD: 'Tuul-Gol-Steppe-58#Kx',
    DEMO_PASSWORD: PASSWORD, DEMO_WORKERS: 50, LOG_LEVEL: 'silent', SERVE_UI: false, PASSWORD_CHANGE_AT_FIRST_LOGIN: false, AGGREGATES_REFRESH_SECONDS: 0,
    RATE_LIMIT_API_PER_MINUTE: 0,
  });
  const built = await buildApp(env);
  const started = Date.now();
  let shown = 0;
  if (!seed) {
    await refreshAggregates(built.services.db.knex);
    const counts = await Promise.all(['workers', 'enrollments', 'certificates', 'claims'].map(async (t) => `${t} ${Number((await built.services.db.knex(t).count({ n: '*' }).first())?.n ?? 0).toLocaleString('en')}`));
    console.log(`${name}: ${built.services.db.description}, as it is: ${counts.join(', ')}`);
    return built;
  }
  const report = await seedScale(built.services, systemContext('bench-scale'), {
    workers, claims,
    onProgress: (p) => {
      if (Date.now() - shown < 5000 || p.stage === 'done') return;
      shown = Date.now();
      process.stderr.write(`  ${name}: ${p.stage} ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} (${Math.round(p.rows / ((Date.now() - started) / 1000)).toLocaleString('en')} rows/s)\n`);
    },
  });
  await refreshAggregates(built.services.db.knex);
  console.log(`${name}: ${built.services.db.description}, ${Object.entries(report.counts).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}` +
    (report.written ? ` — seeded ${report.written.toLocaleString('en')} rows now in ${report.seconds.toFixed(0)} s (${Math.round(report.written / report.seconds).toLocaleString('en')} rows/s; ` +
      `${Object.entries(report.stages).map(([s, t]) => `${s} ${t.toFixed(0)} s`).join(', ')}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})` : ' — already seeded'));
  return built;
}

async function tokenFor(app: BuiltApp, username: string): Promise<string> {
  const { knex } = app.services.db;
  const user = await knex('users').where({ username }).first('id');
  if (!user) throw new Error(`user ${username} is missing from ${app.services.db.description}`);
  await knex('users').where({ id: user.id }).update({ must_change_password: false, password_changed_at: new Date().toISOString() });
  return (await createSession(knex, user.id, 12, null)).token;
}

interface Probe {
  kind: 'list' | 'get' | 'dashboard';
  label: string;
  url: (ctx: ProbeContext) => string;
  /** Forget the keyset anchors before every call: a page jumped to cold, read by OFFSET. */
  cold?: string;
}
interface ProbeContext { deep: number; workerId: number; claimId: number; idNumber: string }

const list = (resource: string, sort: [string, string], filter: object = {}, range: [number, number] = [0, 24]) =>
  `/api/${resource}?sort=${encodeURIComponent(JSON.stringify(sort))}&range=${encodeURIComponent(JSON.stringify(range))}&filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** What the console offers: each list's default sort, every sortable column, its filters and its search. */
function probes(): Probe[] {
  const out: Probe[] = [];
  const add = (kind: Probe['kind'], label: string, url: Probe['url'], cold?: string) => out.push({ kind, label, url, cold });
  add('list', 'workers default (created_at desc)', () => list('workers', ['created_at', 'DESC']));
  for (const col of ['id', 'name', 'birth_date', 'category', 'region_code', 'gender', 'employment_status']) add('list', `workers sort ${col}`, () => list('workers', [col, 'ASC']));
  add('list', 'workers q=王', () => list('workers', ['created_at', 'DESC'], { q: '王' }));
  add('list', 'workers q=<ID number>', (c) => list('workers', ['created_at', 'DESC'], { q: c.idNumber }));
  add('list', 'workers region_code=150203', () => list('workers', ['created_at', 'DESC'], { region_code: '150203' }));
  add('list', 'workers category=returnee', () => list('workers', ['created_at', 'DESC'], { category: 'returnee' }));
  add('list', 'workers gender=female', () => list('workers', ['created_at', 'DESC'], { gender: 'female' }));
  // A deep page paged to (next, previous, revisited: from a keyset anchor), and the same page jumped to cold (OFFSET).
  add('list', 'workers deep page (paged to)', (c) => list('workers', ['id', 'ASC'], {}, [c.deep, c.deep + 24]));
  add('list', 'workers deep page (cold jump)', (c) => list('workers', ['id', 'ASC'], {}, [c.deep, c.deep + 24]), 'workers');
  add('list', 'claims default (claim_date desc)', () => list('claims', ['claim_date', 'DESC']));
  for (const col of ['id', 'type', 'worker_id', 'institution_id', 'requested_fen', 'decided_fen', 'outcome', 'state']) add('list', `claims sort ${col}`, () => list('claims', [col, 'DESC']));
  add('list', 'claims state=submitted', () => list('claims', ['claim_date', 'DESC'], { state: 'submitted' }));
  add('list', 'claims type=training', () => list('claims', ['claim_date', 'DESC'], { type: 'training' }));
  add('list', 'claims outcome=needs_review', () => list('claims', ['claim_date', 'DESC'], { outcome: 'needs_review' }));
  add('list', 'claims region_code=150203', () => list('claims', ['claim_date', 'DESC'], { region_code: '150203' }));
  add('list', 'claims deep page (paged to)', (c) => list('claims', ['id', 'DESC'], {}, [Math.floor(c.deep / 3), Math.floor(c.deep / 3) + 24]));
  add('list', 'claims deep page (cold jump)', (c) => list('claims', ['id', 'DESC'], {}, [Math.floor(c.deep / 3), Math.floor(c.deep / 3) + 24]), 'claims');
  add('list', 'enrollments default', () => list('enrollments', ['enrolled_on', 'DESC']));
  add('list', 'certificates default', () => list('certificates', ['issued_on', 'DESC']));
  add('get', 'GET workers/:id', (c) => `/api/workers/${c.workerId}`);
  add('get', 'GET claims/:id', (c) => `/api/claims/${c.claimId}`);
  add('dashboard', 'dashboard', () => '/api/reports/dashboard');
  return out;
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function time(app: BuiltApp, token: string, url: string, runs: number, cold?: string): Promise<{ p95: number; median: number; status: number; total: string }> {
  const call = () => {
    if (cold) app.services.resources.get(cold).anchors.clear();
    return app.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  };
  let res = await call();
  await call();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    res = await call();
    xs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const range = String(res.headers['content-range'] ?? '');
  return { p95: p95(xs), median: median(xs), status: res.statusCode, total: range ? `${res.headers['x-total-estimated'] ? '约' : ''}${range.split('/')[1]}` : '' };
}

/** Ids to read and an ID number to search, visible to baotou_reviewer (a 包头 record). */
async function probeContext(app: BuiltApp, rows: number): Promise<ProbeContext> {
  const { knex } = app.services.db;
  const worker = await knex('workers').where({ league_code: '150200' }).orderBy('id', 'desc').first('id', 'id_number_enc');
  const claim = await knex('claims').where({ league_code: '150200' }).orderBy('id', 'desc').first('id');
  return { deep: Math.min(500_000, Math.floor(rows / 2)), workerId: worker.id, claimId: claim.id, idNumber: app.services.pii.decrypt(worker.id_number_enc) };
}

const large = await open(values.db ?? (values.full ? 'steppe_bench_full' : onMysql ? 'steppe_bench_small' : 'large'), WORKERS, CLAIMS, !values['as-is']);
// Beside a named large database its own baseline (two benches on one server do not share one).
const base = await open(onMysql ? (values.db ? `${values.db}_10k` : 'steppe_bench_10k') : 'base10k', BASE_WORKERS, BASE_CLAIMS);
const users = ['baotou_reviewer', 'admin'];
/** Workers a user sees: a deep page is half-way down their own list (the admin's capped at row 500,000). */
const rowsOf = async (app: BuiltApp, username = 'admin') => {
  const { knex } = app.services.db;
  const user = await knex('users').join('regions', 'regions.id', 'users.region_code').where('users.username', username).first('regions.path');
  const league = String(user?.path ?? '').split('/').filter(Boolean)[1];
  const q = knex('workers');
  if (league) q.where({ league_code: league });
  return Number((await q.count({ n: '*' }).first())?.n ?? 0);
};
const largeRows = await rowsOf(large);

const fmt = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toString());
const size = `${(largeRows / 1000).toLocaleString('en', { maximumFractionDigits: 0 })}k`;
// The median beside the p95: on a shared machine one stall in a few runs is the p95 (see bench/README.md).
const table: string[][] = [['user', 'query', `p95 ms (${size})`, `median (${size})`, 'total', 'p95 ms (10k)', 'median (10k)', 'ratio', 'target', 'ok']];
let failures = 0;
for (const username of users) {
  const [tl, tb] = [await tokenFor(large, username), await tokenFor(base, username)];
  const ctxLarge = await probeContext(large, await rowsOf(large, username));
  const ctxBase = await probeContext(base, await rowsOf(base, username));
  for (const probe of probes()) {
    const a = await time(large, tl, probe.url(ctxLarge), RUNS, probe.cold);
    const b = await time(base, tb, probe.url(ctxBase), RUNS, probe.cold);
    const limit = TARGETS[probe.kind];
    const ratio = a.p95 / b.p95;
    const ok = a.status === 200 && a.p95 < limit && ratio <= TARGETS.ratio;
    if (!ok) failures++;
    table.push([username, probe.label, a.status === 200 ? fmt(a.p95) : `HTTP ${a.status}`, fmt(a.median), a.total, fmt(b.p95), fmt(b.median), `${ratio.toFixed(1)}×`, `<${limit} ms, ≤${TARGETS.ratio}×`, ok ? 'yes' : a.p95 < limit && a.status === 200 ? 'time ok' : 'NO']);
  }
}
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
console.log(`\n${onMysql ? 'MariaDB/MySQL' : 'SQLite'}, ${RUNS} timed runs per query after 2 warm-ups, in-process HTTP (fastify inject), Node ${process.version}`);
for (const row of table) console.log(`| ${row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`);
console.log(`\n${table.length - 1 - failures} of ${table.length - 1} queries meet the time target and the ratio; ${failures} do not.`);
await large.app.close();
await base.app.close();
