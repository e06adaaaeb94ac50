// First start on an empty database: the region tree, fund sources, the first administrator, demo data.
import type { Services } from '../services.js';
import { systemContext } from '../http/context.js';
import { seedRegions } from './regions.js';
import { seedFundSources } from './fund-sources.js';
import { ensureAdmin } from './admin.js';
import { seedDemo, type DemoReport } from '../demo/seed.js';
import { importConfigDir } from '../configs/io.js';
import { ROOT } from '../paths.js';
import path from 'node:path';

export interface BootstrapReport {
  regionsAdded: number;
  configsImported?: number;
  /** Set only when the password was generated now: printed once, never stored in clear. */
  generatedAdminPassword?: string;
  demo?: DemoReport;
}

export async function bootstrap(services: Services): Promise<BootstrapReport> {
  const { knex } = services.db;
  const ctx = systemContext('bootstrap');
  const report: BootstrapReport = { regionsAdded: await seedRegions(knex) };
  await seedFundSources(services, ctx);
  if (!(await knex('configs').first('id'))) {
    const result = await importConfigDir(services, ctx, path.resolve(ROOT, services.env.CONFIGS_DIR));
    if (result.problems.length > 0) {
      throw new Error(`configs/ has ${result.problems.length} problem(s); first: ${result.problems.slice(0, 3).map((p) => `${p.file} ${p.path}: ${p.message}`).join('; ')}`);
    }
    report.configsImported = result.imported;
  }
  const admin = await ensureAdmin(services, ctx);
  if (admin.generatedPassword) report.generatedAdminPassword = admin.generatedPassword;
  if (admin.created && services.env.SEED_DEMO) report.demo = await seedDemo(services, { workers: services.env.DEMO_WORKERS });
  return report;
}
