// npm run seed -- --workers 100000: adds fictional workers (and, on an empty database, the demo) for benchmarks.
import { parseArgs } from 'node:util';
import { loadEnv } from '../config/env.js';
import { buildApp } from '../app.js';
import { systemContext } from '../http/context.js';
import { seedWorkers } from '../demo/seed.js';

const { values } = parseArgs({ options: { workers: { type: 'string', default: '1000' }, seed: { type: 'string', default: String(Date.now() % 100000) } } });
const count = Number(values.workers);
if (!Number.isInteger(count) || count < 1) {
  console.error('--workers must be a positive whole number');
  process.exit(2);
}
const env = loadEnv(process.env, { SERVE_UI: false, LOG_LEVEL: 'warn' });
const { app, services } = await buildApp(env);
const started = Date.now();
const added = await seedWorkers(services, systemContext('seed-cli'), count, Number(values.seed));
console.log(`Added ${added} workers in ${((Date.now() - started) / 1000).toFixed(1)} s to ${services.db.description}.`);
await app.close();
