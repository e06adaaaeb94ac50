// DATABASE_URL listing several nodes: parsed, and connections go to the first node that answers.
import { describe, expect, it } from 'vitest';
import { openDatabase, parseMysqlUrl } from './connection.js';
import { MYSQL_URL } from '../test/build-test-app.js';

describe('a DATABASE_URL with several nodes', () => {
  it('lists every node with its port, in order', () => {
    expect(parseMysqlUrl('mysql://root:p%40ss@db1:3306,db2,[::1]:3308/steppe?x=1')).toEqual({
      user: 'root', password: 'p@ss', database: 'steppe',
      hosts: [{ host: 'db1', port: 3306 }, { host: 'db2', port: 3306 }, { host: '::1', port: 3308 }],
    });
  });

  it('refuses a URL without a database or with a bad node', () => {
    expect(() => parseMysqlUrl('mysql://root@db1:3306/')).toThrow(/name a database/);
    expect(() => parseMysqlUrl('mysql://root@db1:x/steppe')).toThrow(/not host or host:port/);
  });
});

if (MYSQL_URL) {
  describe('failover between nodes [mysql]', () => {
    it('skips a node that refuses connections and uses the next one', async () => {
      const { hosts, user, database } = parseMysqlUrl(MYSQL_URL!);
      const live = `${hosts[0].host}:${hosts[0].port}`;
      // Port 1 on loopback refuses at once: a node that is down.
      const db = openDatabase(`mysql://${user}@127.0.0.1:1,${live}/${database}`);
      try {
        const row = await db.knex.raw('SELECT 1 AS one');
        expect(row[0][0].one).toBe(1);
        expect(db.failover?.currentHost).toEqual(hosts[0]);
        expect(db.description).toBe(`mysql://127.0.0.1:1,${live}/${database}`);
      } finally {
        await db.knex.destroy();
      }
    });

    it('says which nodes failed and why when none answers', async () => {
      const db = openDatabase('mysql://root@127.0.0.1:1,127.0.0.1:2/steppe');
      try {
        await expect(db.knex.raw('SELECT 1')).rejects.toThrow(/no database node is available \(127\.0\.0\.1:1: .*; 127\.0\.0\.1:2: /);
      } finally {
        await db.knex.destroy();
      }
    });
  });
}
