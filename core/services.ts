// The services every route and hook receives: database, personal-data cipher, audit trail, config.
import type { Logger } from 'pino';
import type { Database } from './db/connection.js';
import type { Env } from './env/env.js';
import type { PiiCipher } from './pii/cipher.js';
import type { AuditTrail } from './audit/trail.js';
import type { ResourceRegistry } from './resources/registry.js';
import type { PluginRegistry } from './plugins/loader.js';
import type { ConfigService } from './configs/service.js';
import type { RulesService } from './rules/service.js';
import type { JobRunner } from './jobs/runner.js';

export interface Services {
  env: Env;
  db: Database;
  log: Logger;
  pii: PiiCipher;
  audit: AuditTrail;
  resources: ResourceRegistry;
  /** Facts, operators, verifiers and risk checks of the loaded plugins. */
  plugins: PluginRegistry;
  /** Configuration documents in force, publishing and form checks. */
  configs: ConfigService;
  /** The rules runtime: evaluate claims, replay decisions, test and dry-run rule sets. */
  rules: RulesService;
  /** Background jobs: submit, run (BullMQ with REDIS_URL, in-process otherwise), recover (core/jobs). */
  jobs: JobRunner;
  /** Today's date (YYYY-MM-DD) in China Standard Time; replaceable in tests. */
  today(): string;
}

export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
