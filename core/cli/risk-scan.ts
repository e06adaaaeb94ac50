// npm run risk:scan -- --region 150200: runs every risk check over a node's subtree, files cases and prints the summary.
import { parseArgs } from 'node:util';
import { loadEnv } from '../env/env.js';
import { buildApp } from '../app.js';
import { systemContext } from '../http/context.js';
import { runRiskScan } from '../risk/scan.js';

const { values } = parseArgs({ options: { region: { type: 'string', default: '150000' }, json: { type: 'boolean', default: false } } });
if (!/^\d{6}(\d{3}(\d{3})?)?$/.test(values.region!)) {
  console.error('--region must be a GB/T 2260 region code, e.g. --region 150200');
  process.exit(2);
}
const env = loadEnv(process.env, { SERVE_UI: false, LOG_LEVEL: 'warn' });
const { app, services } = await buildApp(env);
try {
  const summary = await runRiskScan(services, systemContext('risk-scan-cli'), { regionCode: values.region! });
  if (values.json) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    console.log(`Risk scan of ${summary.region_code} on ${services.db.description}:`);
    for (const c of summary.checks) {
      const counts = `hits ${c.hits}, new ${c.new}, existing ${c.existing}, reopened ${c.reopened}, kept resolved ${c.kept_resolved}`;
      console.log(`  ${c.check_id.padEnd(24)} ${c.title}: ${c.error ? `FAILED: ${c.error}` : counts} (${c.ms} ms)`);
    }
    const t = summary.totals;
    console.log(`Total: ${t.hits} findings, ${t.new} new cases, ${t.reopened} reopened, ${t.errors} failed checks.`);
  }
  if (summary.totals.errors > 0) process.exitCode = 1;
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await app.close();
}
