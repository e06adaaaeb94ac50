// The ordered list of migrations, loaded explicitly (no directory scanning): works the same from source and from dist.
import type { Knex } from 'knex';
import * as trust from './20261125000100_trust.js';
import * as cases from './20261125000200_cases.js';
import * as configs from './20261125000300_configs.js';

export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

export const migrations: Migration[] = [
  { name: '20261125000100_trust', ...trust },
  { name: '20261125000200_cases', ...cases },
  { name: '20261125000300_configs', ...configs },
];
