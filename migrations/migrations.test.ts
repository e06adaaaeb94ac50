// Every migration runs up, down and up again, on SQLite and on MySQL.
import { expect, it } from 'vitest';
import { describe } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import crypto from 'node:crypto';
import knexFactory from 'knex';
import { openDatabase, parseDatabaseUrl } from '../core/db/connection.js';
import { migrateDownAll, migrateLatest, migrateStep, migrationStatus } from '../core/db/migrate.js';
import { migrations } from './index.js';
import { MYSQL_URL, TEST_DBS, TEST_KEY } from '../core/test/build-test-app.js';
import { createPiiCipher } from '../core/pii/cipher.js';

async function tables(knex: ReturnType<typeof openDatabase>['knex'], dialect: string): Promise<string[]> {
  const rows = dialect === 'sqlite'
    ? await knex('sqlite_master').where({ type: 'table' }).whereNot('name', 'like', 'sqlite_%').select('name')
    : (await knex.raw('SHOW TABLES'))[0].map((r: Record<string, string>) => ({ name: Object.values(r)[0] }));
  return rows.map((r: { name: string }) => r.name).filter((n: string) => !n.startsWith('knex_')).sort();
}

/** A fresh empty database of the dialect, and how to drop it. */
async function freshDatabase(dialect: string): Promise<{ url: string; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-mig-'));
    return { url: `sqlite:${path.join(dir, 'm.sqlite')}`, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `steppe_m_${crypto.randomBytes(4).toString('hex')}`;
  const admin = knexFactory(parseDatabaseUrl(MYSQL_URL!).config);
  await admin.raw(`CREATE DATABASE \`${name}\``);
  const u = new URL(MYSQL_URL!);
  u.pathname = `/${name}`;
  return { url: u.toString(), cleanup: async () => { await admin.raw(`DROP DATABASE \`${name}\``); await admin.destroy(); } };
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
      let cleanup: () => Promise<void>;
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
    }, 180_000); // three passes of DDL over every migration: slow on MySQL on a busy machine
  }

  for (const dialect of TEST_DBS) {
    it(`encrypt institutions' contact phones going up and restore them going down on ${dialect}`, async () => {
      const { url, cleanup } = await freshDatabase(dialect);
      const db = openDatabase(url);
      const pii = createPiiCipher(Buffer.from(TEST_KEY, 'base64'));
      const target = '20261201003200_institution_contact_pii';
      try {
        // Up to the migration before it, with two institutions whose phones are in clear.
        while ((await migrationStatus(db.knex)).pending[0] !== target) await migrateStep(db.knex, 'up');
        const now = new Date().toISOString();
        const book = { created_at: now, updated_at: now, version: 1 };
        await db.knex('regions').insert({ id: '150000', name: '内蒙古自治区', level: 'region', parent_id: null, path: '/150000/', ...book });
        const institution = (n: number, phone: string | null) => ({ name: `示例机构${n}`, credit_code: `91150000MA0000000${n}`, region_code: '150000', kind: 'training_org', contact_phone: phone, ...book });
        await db.knex('institutions').insert([institution(1, '13912345678'), institution(2, '0471-6543210'), institution(3, null)]);
        await expect(migrateStep(db.knex, 'up')).rejects.toThrow(/needs the data key/);
        await migrateStep(db.knex, 'up', { pii });
        const rows = await db.knex('institutions').orderBy('id').select('*');
        expect(rows.every((r: Record<string, unknown>) => !('contact_phone' in r))).toBe(true);
        expect(rows.map((r: { contact_phone_enc: string | null }) => (r.contact_phone_enc ? pii.decrypt(r.contact_phone_enc) : null))).toEqual(['13912345678', '0471-6543210', null]);
        expect(rows[0].contact_phone_idx).toBe(pii.blindIndex('13912345678'));
        expect(JSON.stringify(rows)).not.toContain('13912345678');
        await migrateStep(db.knex, 'down', { pii });
        const back = await db.knex('institutions').orderBy('id').select('contact_phone');
        expect(back.map((r: { contact_phone: string | null }) => r.contact_phone)).toEqual(['13912345678', '0471-6543210', null]);
        await migrateLatest(db.knex, { pii });
        expect((await migrationStatus(db.knex)).pending).toEqual([]);
      } finally {
        await db.knex.destroy();
        await cleanup();
      }
    });
  }
});
