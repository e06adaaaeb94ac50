// Every migration runs up, down and up again, on SQLite and on MySQL.
import { expect, it } from 'vitest';
import { describe } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import crypto from 'node:crypto';
import knexFactory from 'knex';
import { openDatabase, parseDatabaseUrl } from '../core/db/connection.js';
import { migrateDownAll, migrateLatest, migrationStatus } from '../core/db/migrate.js';
import { migrations } from './index.js';
import { MYSQL_URL, TEST_DBS } from '../core/test/build-test-app.js';

async function tables(knex: ReturnType<typeof openDatabase>['knex'], dialect: string): Promise<string[]> {
  const rows = dialect === 'sqlite'
    ? await knex('sqlite_master').where({ type: 'table' }).whereNot('name', 'like', 'sqlite_%').select('name')
    : (await knex.raw('SHOW TABLES'))[0].map((r: Record<string, string>) => ({ name: Object.values(r)[0] }));
  return rows.map((r: { name: string }) => r.name).filter((n: string) => !n.startsWith('knex_')).sort();
}

describe('migrations', () => {
  it('are listed in timestamp order with unique names', () => {
    const names = migrations.map((m) => m.name);
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });

  for (const dialect of TEST_DBS) {
    it(`run up, down and up again on ${dialect}`, async () => {
      let url: string;
      let cleanup = async () => {};
      if (dialect === 'sqlite') {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-mig-'));
        url = `sqlite:${path.join(dir, 'm.sqlite')}`;
        cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
      } else {
        const name = `steppe_m_${crypto.randomBytes(4).toString('hex')}`;
        const admin = knexFactory(parseDatabaseUrl(MYSQL_URL!).config);
        await admin.raw(`CREATE DATABASE \`${name}\``);
        const u = new URL(MYSQL_URL!);
        u.pathname = `/${name}`;
        url = u.toString();
        cleanup = async () => { await admin.raw(`DROP DATABASE \`${name}\``); await admin.destroy(); };
      }
      const db = openDatabase(url);
      try {
        const applied = await migrateLatest(db.knex);
        expect(applied).toEqual(migrations.map((m) => m.name));
        const up = await tables(db.knex, dialect);
        expect(up).toEqual(expect.arrayContaining(['workers', 'claims', 'audit_log', 'configs', 'regions', 'users']));
        expect((await migrationStatus(db.knex)).pending).toEqual([]);
        await migrateDownAll(db.knex);
        expect(await tables(db.knex, dialect)).toEqual([]);
        await migrateLatest(db.knex);
        expect(await tables(db.knex, dialect)).toEqual(up);
      } finally {
        await db.knex.destroy();
        await cleanup();
      }
    });
  }
});
