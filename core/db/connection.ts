// Opens the knex connection that DATABASE_URL names: embedded SQLite or MySQL/TiDB.
import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';

export type Dialect = 'sqlite' | 'mysql';

export interface Database {
  knex: Knex;
  dialect: Dialect;
  /** A description without credentials, for health and logs. */
  description: string;
}

export function parseDatabaseUrl(url: string): { dialect: Dialect; config: Knex.Config; description: string } {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (!file) throw new Error('DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:data/steppe.sqlite');
    return {
      dialect: 'sqlite',
      description: `sqlite:${file}`,
      config: {
        client: 'better-sqlite3',
        connection: { filename: file },
        useNullAsDefault: true,
        pool: {
          min: 1,
          max: 1,
          afterCreate: (conn: any, done: (err: Error | null, conn: unknown) => void) => {
            conn.pragma('journal_mode = WAL');
            conn.pragma('foreign_keys = ON');
            conn.pragma('busy_timeout = 5000');
            conn.pragma('synchronous = NORMAL');
            done(null, conn);
          },
        },
      },
    };
  }
  if (url.startsWith('mysql://')) {
    const u = new URL(url);
    const database = u.pathname.replace(/^\//, '');
    if (!database) throw new Error('DATABASE_URL must name a database, e.g. mysql://root@127.0.0.1:3306/test');
    return {
      dialect: 'mysql',
      description: `mysql://${u.hostname}:${u.port || 3306}/${database}`,
      config: {
        client: 'mysql2',
        connection: {
          host: u.hostname,
          port: Number(u.port || 3306),
          user: decodeURIComponent(u.username),
          password: decodeURIComponent(u.password),
          database,
          charset: 'utf8mb4',
          timezone: 'Z',
          dateStrings: true,
          supportBigNumbers: true,
          bigNumberStrings: false,
        },
        pool: { min: 0, max: 20 },
      },
    };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or mysql:// (got "${url.split(':')[0]}:")`);
}

export function openDatabase(url: string): Database {
  const { dialect, config, description } = parseDatabaseUrl(url);
  if (dialect === 'sqlite') {
    const file = (config.connection as { filename: string }).filename;
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  return { knex: knexFactory(config), dialect, description };
}
