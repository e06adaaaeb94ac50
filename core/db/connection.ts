// Opens the knex connection that DATABASE_URL names: embedded SQLite, or MySQL/TiDB/MariaDB Galera on one or several nodes.
import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { HostFailover, type Host } from './failover.js';
import { retryReadsOnLostNodes } from './read-retry.js';
import { registerFailover } from './transact.js';

export type Dialect = 'sqlite' | 'mysql';

export interface Database {
  knex: Knex;
  dialect: Dialect;
  /** A description without credentials, for health and logs. */
  description: string;
  /** Present when DATABASE_URL lists several nodes: which one connections go to, and the hook that makes it look again. */
  failover?: HostFailover;
}

/**
 * `mysql://user:pass@host[:port][,host[:port]…]/database[?…]`: one or several nodes of the same database (a Galera
 * cluster), tried in the listed order. Parsed by hand: WHATWG URL takes a single host only.
 */
export function parseMysqlUrl(url: string): { user: string; password: string; hosts: Host[]; database: string } {
  const m = /^mysql:\/\/(?:([^@/]*)@)?([^/?#]+)\/([^?#]*)/.exec(url);
  if (!m) throw new Error('DATABASE_URL must look like mysql://user:pass@host:3306/db (several nodes: mysql://user@h1:3306,h2:3306,h3:3306/db)');
  const [user = '', password = ''] = (m[1] ?? '').split(/:(.*)/s, 2);
  const hosts = m[2].split(',').map((part) => {
    const hp = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(part.trim());
    if (!hp) throw new Error(`DATABASE_URL: "${part}" is not host or host:port`);
    return { host: hp[1].replace(/^\[|\]$/g, ''), port: Number(hp[2] ?? 3306) };
  });
  const database = decodeURIComponent(m[3]);
  if (!database) throw new Error('DATABASE_URL must name a database, e.g. mysql://root@127.0.0.1:3306/test');
  return { user: decodeURIComponent(user), password: decodeURIComponent(password), hosts, database };
}

export function parseDatabaseUrl(url: string): { dialect: Dialect; config: Knex.Config; description: string; hosts?: Host[] } {
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
          afterCreate: (conn: { pragma(sql: string): unknown }, done: (err: Error | null, conn: unknown) => void) => {
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
    const { user, password, hosts, database } = parseMysqlUrl(url);
    const connection = {
      host: hosts[0].host,
      port: hosts[0].port,
      user,
      password,
      database,
      charset: 'utf8mb4',
      timezone: 'Z',
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: false,
    };
    return {
      dialect: 'mysql',
      hosts,
      description: `mysql://${hosts.map((h) => `${h.host}:${h.port}`).join(',')}/${database}`,
      config: { client: 'mysql2', connection, pool: { min: 0, max: 20 } },
    };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or mysql:// (got "${url.split(':')[0]}:")`);
}

export interface OpenOptions {
  /** Told when connections move to another node (logged by the app). */
  onFailover?: (from: Host | null, to: Host, reason: string) => void;
}

export function openDatabase(url: string, opts: OpenOptions = {}): Database {
  const { dialect, config, description, hosts } = parseDatabaseUrl(url);
  if (dialect === 'sqlite') {
    const file = (config.connection as { filename: string }).filename;
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return { knex: knexFactory(config), dialect, description };
  }
  if (!hosts || hosts.length < 2) {
    const knex = knexFactory(config);
    retryReadsOnLostNodes(knex);
    return { knex, dialect, description };
  }
  const { host: _h, port: _p, ...settings } = config.connection as Record<string, unknown>;
  const failover = new HostFailover(hosts, settings, { onChange: opts.onFailover });
  const knex = knexFactory({
    ...config,
    connection: () => failover.connectionSettings(),
    pool: { ...(config.pool as object), validate: (conn: { config?: { host?: string; port?: number } }) => failover.isCurrent(conn) } as Knex.PoolConfig,
  });
  retryReadsOnLostNodes(knex, failover);
  registerFailover(knex, failover);
  return { knex, dialect, description, failover };
}
