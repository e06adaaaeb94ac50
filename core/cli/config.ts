// npm run config -- validate|import|export [--dir configs]: checks configs/, loads it into DATABASE_URL, or writes the database's documents back out.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadEnv, type Env } from '../env/env.js';
import { openDatabase } from '../db/connection.js';
import { migrateLatest } from '../db/migrate.js';
import { seedRegions } from '../bootstrap/regions.js';
import { loadConfiguredPlugins, type PluginRegistry } from '../plugins/loader.js';
import { createPiiCipher } from '../pii/cipher.js';
import { loadDataKey } from '../pii/key.js';
import { createAuditTrail } from '../audit/trail.js';
import { ResourceRegistry } from '../resources/registry.js';
import { systemContext } from '../http/context.js';
import { chinaToday } from '../services.js';
import { ConfigService } from '../configs/service.js';
import { RulesService } from '../rules/service.js';
import { checkConfigDir, exportConfigDir, importConfigDir, type FileProblem, type ImportDeps } from '../configs/io.js';
import { ROOT } from '../paths.js';

const USAGE = 'Usage: npm run config -- validate|import|export [--dir configs]';
const { positionals, values } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string' } } });
const command = positionals[0];
if (!['validate', 'import', 'export'].includes(command ?? '')) {
  console.error(USAGE);
  process.exit(2);
}
const env = loadEnv(process.env, process.env.LOG_LEVEL ? {} : { LOG_LEVEL: 'warn' });
const dir = path.resolve(values.dir ?? path.join(ROOT, env.CONFIGS_DIR));
const shown = path.relative(process.cwd(), dir) || '.';

/** The plugins named in PLUGINS: their facts and operators are the vocabulary rules may use. */
async function plugins(e: Env): Promise<PluginRegistry> {
  return loadConfiguredPlugins(e.PLUGINS, path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'plugins'));
}

function report(problems: FileProblem[]): void {
  for (const p of problems) console.error(`${p.file}  ${p.path || '/'}  ${p.message}`);
}

async function validate(): Promise<number> {
  const loaded = await checkConfigDir(dir, await plugins(env));
  report(loaded.problems);
  const files = new Set(loaded.problems.map((p) => p.file)).size;
  const summary = `${shown}: ${loaded.files.length} files (${loaded.files.length - loaded.tests.length} documents, ${loaded.tests.length} rule tests)`;
  if (loaded.problems.length === 0) {
    console.log(`${summary}, no problems.`);
    return 0;
  }
  console.error(`${summary}: ${loaded.problems.length} problem(s) in ${files} file(s).`);
  return 1;
}

/**
 * Just what import needs: the database (migrated, with the region tree), the audit trail, the plugins and the
 * configuration service's checks. No resource is registered: import checks and writes documents directly.
 */
async function services(): Promise<ImportDeps> {
  const log = pino({ level: env.LOG_LEVEL });
  const db = openDatabase(env.DATABASE_URL);
  await migrateLatest(db.knex);
  await seedRegions(db.knex);
  const key = loadDataKey(env.STEPPE_DATA_KEY, env.DATA_DIR, log);
  const pii = createPiiCipher(key);
  const audit = createAuditTrail(key);
  const registry = await plugins(env);
  const resources = new ResourceRegistry();
  const today = () => chinaToday();
  const rules = new RulesService({ db, log, pii, plugins: registry, audit, resources, today });
  return { db, plugins: registry, audit, configs: new ConfigService({ db, plugins: registry, audit, resources, rules, today }) };
}

async function importDir(): Promise<number> {
  const s = await services();
  try {
    const result = await importConfigDir(s, systemContext('config-cli'), dir);
    report(result.problems);
    if (result.problems.length > 0) {
      console.error(`Nothing imported into ${s.db.description}: ${result.problems.length} problem(s).`);
      return 1;
    }
    for (const v of result.versions) console.log(`published ${v}`);
    console.log(`Imported ${shown} into ${s.db.description}: ${result.imported} new version(s), ${result.unchanged} unchanged, ${result.tests} rule-test file(s) updated.`);
    return 0;
  } finally {
    await s.db.knex.destroy();
  }
}

async function exportDir(): Promise<number> {
  const db = openDatabase(env.DATABASE_URL);
  try {
    const { written, removed } = await exportConfigDir(db.knex, dir);
    for (const f of removed) console.log(`removed ${f}`);
    console.log(`Exported ${written.length} file(s) from ${db.description} to ${shown}${removed.length ? `, removed ${removed.length}` : ''}.`);
    return 0;
  } finally {
    await db.knex.destroy();
  }
}

process.exitCode = command === 'validate' ? await validate() : command === 'import' ? await importDir() : await exportDir();
