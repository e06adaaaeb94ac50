// Starts Steppe: the API and the console on one port.
import v8 from 'node:v8';
import { loadEnv } from './env/env.js';
import { buildApp } from './app.js';

// The old generation may grow 20 % past what the last full collection kept before the next one, instead of the up to
// fourfold V8 picks when collections are quick: a 100,000-row roster import (bench:io's roster, dist server) kept about
// 100 MB alive yet peaked at 524 MB of RSS as garbage piled up; with this, 278 MB. Not a cap: the heap still grows as
// far as the load needs.
v8.setFlagsFromString('--heap-growing-percent=20');

async function main(): Promise<void> {
  const env = loadEnv();
  const { app, bootstrap } = await buildApp(env);
  // Shown once on the console, never written to the logs.
  if (bootstrap.generatedAdminPassword) {
    process.stdout.write(`\n  First start: user "admin" (平台管理员) was created with password: ${bootstrap.generatedAdminPassword}\n  Save it now; it is not shown again. Set ADMIN_PASSWORD to choose it yourself.\n`);
  }
  if (bootstrap.demo) {
    const d = bootstrap.demo;
    process.stdout.write(`\n  Demo data: ${d.workers} workers, ${d.institutions} institutions, ${d.cases.classes} classes, ${d.cases.claims} claims (${d.cases.paid} paid); ${d.riskCases} risk cases from ${d.planted.length} planted fraud patterns.\n  Demo users (one per role): ${d.users.map((u) => u.username).join(', ')}\n`);
    if (d.generatedDemoPassword) process.stdout.write(`  Their password: ${d.generatedDemoPassword}  (set DEMO_PASSWORD to choose it)\n`);
  }
  await app.listen({ port: env.PORT, host: env.HOST });
  process.stdout.write(`\n  Steppe is running: console http://localhost:${env.PORT}/  API http://localhost:${env.PORT}/api  docs http://localhost:${env.PORT}/api/docs\n\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => { void app.close().then(() => process.exit(0)); });
  }
}

main().catch((err) => {
  process.stderr.write(`Steppe failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
