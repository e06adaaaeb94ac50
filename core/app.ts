// Builds the Steppe application in tiers: infrastructure → core services → routes → console.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import pino from 'pino';
import type { Env } from './env/env.js';
import { openDatabase } from './db/connection.js';
import { migrateLatest } from './db/migrate.js';
import { scheduleReceiptPruning } from './db/receipt-pruning.js';
import { createPiiCipher } from './pii/cipher.js';
import { loadDataKey } from './pii/key.js';
import { createAuditTrail } from './audit/trail.js';
import { createCheckpointStore, scheduleCheckpoints } from './audit/checkpoint.js';
import { scheduleAggregates } from './scale/aggregates.js';
import { syslogSender } from './audit/syslog.js';
import { ResourceRegistry } from './resources/registry.js';
import { resourceRoutes } from './resources/routes.js';
import { definitions } from './resources/definitions/index.js';
import { chinaToday, type Services } from './services.js';
import { registerErrorHandler } from './http/error-handler.js';
import { serveConsole } from './http/console-static.js';
import { loggerOptions } from './http/logger.js';
import { registerAuthentication, requestId } from './auth/authenticate.js';
import { registerHardening, trustProxy } from './http/hardening/index.js';
import { loadConfiguredPlugins } from './plugins/loader.js';
import type { SteppePlugin } from './plugins/contract.js';
import { MODULES, VERSION } from './modules.js';
import { ConfigService } from './configs/service.js';
import { RulesService } from './rules/service.js';
import { bootstrap, type BootstrapReport } from './bootstrap/index.js';
import { ROOT } from './paths.js';
import { createJobRunner } from './jobs/index.js';
import { JOB_KINDS } from './job-kinds.js';
import { publicSite } from './public/site/routes.js';
import { indexesSetAside } from './scale/bulk-indexes.js';


export interface BuiltApp {
  app: FastifyInstance;
  services: Services;
  bootstrap: BootstrapReport;
}

export interface BuildOptions {
  /** Replace "today" (tests that need a fixed date). */
  today?: () => string;
  /** Where logs go (tests capture them); stdout by default. */
  logStream?: NodeJS.WritableStream;
  /** Plugin objects loaded after those PLUGINS names (the plugin testing kit boots a plugin under test this way). */
  plugins?: readonly SteppePlugin[];
}

export async function buildApp(env: Env, opts: BuildOptions = {}): Promise<BuiltApp> {
  // Tier 1: infrastructure.
  const app = Fastify({
    logger: loggerOptions(env.LOG_LEVEL, opts.logStream),
    genReqId: requestId,
    trustProxy: trustProxy(env.TRUST_PROXY),
    bodyLimit: 20 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  const log = app.log as unknown as pino.Logger;
  const db = openDatabase(env.DATABASE_URL, {
    onFailover: (from, to, reason) => log.warn({ from, to, reason }, from ? 'database connections moved to another node' : 'database node chosen'),
  });
  const dataKey = loadDataKey(env.STEPPE_DATA_KEY, env.DATA_DIR, log);
  const pii = createPiiCipher(dataKey);
  // Migrations that move personal data (encrypting a column) get the cipher.
  const applied = await migrateLatest(db.knex, { pii });
  if (applied.length) log.info({ applied }, 'migrations applied');

  // Tier 2: core services, each given what it uses, in the order they depend on each other.
  const plugins = await loadConfiguredPlugins(env.PLUGINS, path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'plugins'), opts.plugins);
  // The audit chain's head is signed into DATA_DIR (and syslog) so that a cut tail shows (core/audit/checkpoint.ts).
  const checkpoints = createCheckpointStore({
    dataKey, dir: env.DATA_DIR, database: db.description, log, syslog: env.AUDIT_SYSLOG ? syslogSender(env.AUDIT_SYSLOG) : undefined,
  });
  const audit = createAuditTrail(dataKey, checkpoints);
  const today = opts.today ?? (() => chinaToday());
  // Filled below, once configs exist (forms, catalogs): rules and configs look resources up only when called.
  const resources = new ResourceRegistry();
  const rules = new RulesService({ db, log, pii, plugins, audit, resources, today });
  // Publishing a rule set runs its tests: the configuration service depends on the rules runtime, not the reverse.
  const configs = new ConfigService({ db, plugins, audit, resources, rules, today });
  const jobs = createJobRunner({ env, db, log, audit }, JOB_KINDS);
  for (const def of definitions) resources.register(def, { env, db, audit, pii, configs, resources, today });
  const services: Services = { env, db, log, pii, audit, resources, plugins, configs, rules, jobs, today };
  app.addHook('onClose', async () => { await db.knex.destroy(); });
  // Running jobs stop at their next batch and go back to the queue while the database is still open.
  app.addHook('preClose', async () => { await services.jobs.close(); });

  // Tier 3: routes.
  registerErrorHandler(app);
  // Rate limits, Unicode checks, security headers and CORS (core/http/hardening), before authentication.
  await registerHardening(app, env, log);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Steppe API', version: VERSION, description: 'Skills-training subsidy case management. Lists follow ra-data-simple-rest.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerAuthentication(app, services);
  await app.register(async (api) => {
    for (const module of MODULES) module(api, services);
    for (const service of resources.all()) resourceRoutes(api, service);
  }, { prefix: '/api' });

  // Tier 4: the public site (server-rendered, no build step), then the console.
  publicSite(app, services);
  if (env.SERVE_UI) await serveConsole(app, path.join(ROOT, 'admin-ui', 'dist'));

  const report = await bootstrap(services);
  // A bulk seed interrupted while the big tables' secondary indexes were set aside: say so loudly (lists are slow).
  for (const aside of await indexesSetAside(db.knex, db.dialect)) {
    log.warn(aside, `seed run ${aside.run} set ${aside.missing.length} indexes of ${aside.table} aside and was interrupted: lists are slow until the same \`npm run seed\` command is run again (it finishes and builds them)`);
  }
  await scheduleCheckpoints(app, checkpoints, db.knex, env.AUDIT_CHECKPOINT_SECONDS, log);
  scheduleReceiptPruning(app, db.knex, log);
  // The dashboard's figures for large scopes and the totals of large lists (core/scale/aggregates.ts).
  scheduleAggregates(app, db.knex, env.AGGREGATES_REFRESH_SECONDS, log);
  await app.ready();
  // After bootstrap: jobs left queued or orphaned by a crash are taken up now.
  await services.jobs.start(services);
  return { app, services, bootstrap: report };
}
