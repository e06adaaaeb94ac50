// Runs the knex migrations listed in migrations/index.ts, up or down.
import type { Knex } from 'knex';
import { migrations, type Migration, type MigrationContext } from '../../migrations/index.js';

/** The migrations as knex runs them, each given the context (the data key's cipher) when it moves personal data. */
function configFor(ctx: MigrationContext = {}): Knex.MigratorConfig {
  const source: Knex.MigrationSource<Migration> = {
    getMigrations: async () => migrations,
    getMigrationName: (m) => m.name,
    getMigration: async (m) => ({ up: (knex: Knex) => m.up(knex, ctx), down: (knex: Knex) => m.down(knex, ctx) }),
  };
  return { migrationSource: source, tableName: 'knex_migrations' };
}

const config = configFor();

export async function migrateLatest(knex: Knex, ctx?: MigrationContext): Promise<string[]> {
  const [, applied] = await knex.migrate.latest(configFor(ctx));
  return applied as string[];
}

export async function migrateDownAll(knex: Knex, ctx?: MigrationContext): Promise<void> {
  await knex.migrate.rollback(configFor(ctx), true);
}

/** Runs the next pending migration (or undoes the last one): the migration test walks one step at a time. */
export async function migrateStep(knex: Knex, direction: 'up' | 'down', ctx?: MigrationContext): Promise<void> {
  await (direction === 'up' ? knex.migrate.up(configFor(ctx)) : knex.migrate.down(configFor(ctx)));
}

export async function migrationStatus(knex: Knex): Promise<{ applied: string[]; pending: string[] }> {
  const [applied, pending] = (await knex.migrate.list(config)) as [Array<{ name: string }>, Migration[]];
  return { applied: applied.map((m) => m.name), pending: pending.map((m) => m.name) };
}
