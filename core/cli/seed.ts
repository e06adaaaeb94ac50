// npm run seed -- --workers 3000000 --claims 1000000: fictional workers and, in proportion, classes, enrolments,
// attendance, certificates, claims and payments (core/scale/seed-scale.ts). Rerun after an interruption: it continues.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadEnv } from '../env/env.js';
import { buildApp } from '../app.js';
import { systemContext } from '../http/context.js';
import { seedScale } from '../scale/seed-scale.js';
import { refreshAggregates } from '../scale/aggregates.js';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '1000' },
    claims: { type: 'string', default: '0' },
    seed: { type: 'string', default: '20240207', short: 's' },
    batch: { type: 'string', default: '20000' },
  },
});
const whole = (name: string, v: string | undefined, min: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number ≥ ${min}`);
    process.exit(2);
  }
  return n;
};
const workers = whole('workers', values.workers, 1);
const claims = whole('claims', values.claims, 0);
const seed = whole('seed', values.seed, 0);
const batch = whole('batch', values.batch, 100);

// No timer of a serving replica in this process: the dashboard refresh's UPDATEs of the tables being loaded would
// meet the loads in deadlocks (the seed refreshes the figures itself at the end).
const env = loadEnv(process.env, { SERVE_UI: false, LOG_LEVEL: 'warn', AGGREGATES_REFRESH_SECONDS: 0 });
const { app, services } = await buildApp(env);
const bar = new cliProgress.SingleBar({
  stream: process.stderr,
  format: '{stage} [{bar}] {percentage}% {value}/{total} | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
  hideCursor: true,
  // Redirected to a file: a line every 10 s instead of a redrawn bar.
  noTTYOutput: true,
  notTTYSchedule: 10_000,
}, cliProgress.Presets.shades_classic);
// MariaDB's redo log bounds a bulk load: at the 96 MB default it fills and flushes every few batches (1 M workers
// seeded at 12.7 k rows/s under load with 96 MB, 32 k rows/s at 200 k workers with 1 GB on the same machine).
if (services.db.dialect === 'mysql') {
  const [[server]] = (await services.db.knex.raw('select @@innodb_log_file_size as log, @@innodb_buffer_pool_size as pool')) as [Array<{ log: number; pool: number }>];
  const mb = (n: number) => Math.round(Number(n) / 2 ** 20);
  if (Number(server.log) < 512 * 2 ** 20) {
    console.error(`Hint: the server's redo log is ${mb(server.log)} MB (buffer pool ${mb(server.pool)} MB); a bulk load goes several times faster ` +
      'with 1 GB or more: SET GLOBAL innodb_log_file_size = 1073741824 (MariaDB 10.11+, or innodb_log_file_size in my.cnf).');
  }
}
const started = Date.now();
let stage = '';
let firstRows: number | null = null;
let interrupted = false;
process.once('SIGINT', () => {
  interrupted = true;
  bar.stop();
  console.error('\nInterrupted: the batches committed so far are kept; run the same command again to continue' +
    ' (a fresh run sets the big tables\' secondary indexes aside while it loads: continuing builds them again at the end).');
  process.exit(130);
});
try {
  const report = await seedScale(services, systemContext('seed-cli'), {
    workers, claims, seed, batch,
    onProgress: (p) => {
      if (p.stage === 'done') return;
      const label = p.stage === 'workers' ? '人员 workers' : p.stage === 'indexes' ? '重建索引 indexes' : '培训与申请 cases';
      // Rows written by this process (a resumed run's earlier rows are not part of its rate).
      firstRows ??= p.rows - (p.stage === 'workers' ? Math.min(batch, p.done) : 0);
      const rate = Math.round((p.rows - firstRows) / Math.max(0.001, (Date.now() - started) / 1000));
      if (stage !== p.stage) {
        if (stage) bar.stop();
        stage = p.stage;
        bar.start(p.total, p.done, { stage: label, rows: p.rows, rate });
      }
      bar.update(p.done, { stage: label, rows: p.rows, rate });
    },
  });
  if (stage) bar.stop();
  const agg = await refreshAggregates(services.db.knex);
  // The rate: rows this command wrote over its whole wall time, index rebuild included.
  console.log(`${report.resumed ? 'Continued' : 'Seeded'} run ${report.run}: ${report.written.toLocaleString('en')} rows in ${report.seconds.toFixed(1)} s ` +
    `(${Math.round(report.written / Math.max(report.seconds, 0.001)).toLocaleString('en')} rows/s) into ${services.db.description}` +
    `${report.resumed ? `, ${report.rows.toLocaleString('en')} rows in the run so far` : ''}.`);
  console.log(Object.entries(report.stages).map(([s, t]) => `${s} ${t.toFixed(1)} s`).join(', '));
  console.log(Object.entries(report.counts).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', '));
  console.log(`Dashboard figures refreshed in ${agg.ms} ms.`);
} catch (err) {
  if (!interrupted) {
    bar.stop();
    // A failed multi-row INSERT carries its whole SQL in the message: the start says enough.
    const message = err instanceof Error ? err.message : String(err);
    console.error(message.length > 600 ? `${message.slice(0, 300)} … ${message.slice(-300)}` : message);
    process.exitCode = 1;
  }
} finally {
  await app.close();
}
