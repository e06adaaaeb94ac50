// Personal data: encrypted at rest, masked in responses, revealed only to allowed roles (audited), never in logs.
import fs from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber, make, workerBody } from '../test/fixtures.js';
import { maskIdNumber, maskPhone, maskText } from './mask.js';
import { createPiiCipher } from './cipher.js';

describe('masks and cipher', () => {
  it('masks as the console shows', () => {
    expect(maskIdNumber('15010219850315123X')).toBe('150102********123X');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskText('id 15010219850315123X tel 13812345678')).toBe('id 150102********123X tel 138****5678');
  });
  it('encrypts with a fresh IV each time and indexes deterministically', () => {
    const c = createPiiCipher(Buffer.alloc(32, 1));
    const a = c.encrypt('15010219850315123X');
    expect(a).not.toBe(c.encrypt('15010219850315123X'));
    expect(c.decrypt(a)).toBe('15010219850315123X');
    expect(c.blindIndex('15010219850315123x')).toBe(c.blindIndex('15010219850315123X'));
    expect(() => createPiiCipher(Buffer.alloc(32, 2)).decrypt(a)).toThrow();
  });
});

describe('personal data end to end (SQLite file)', () => {
  let t: TestApp;
  let logs = '';
  const sink = new Writable({ write(chunk, _enc, cb) { logs += chunk.toString(); cb(); } });
  beforeAll(async () => { t = await buildTestApp('sqlite', { LOG_LEVEL: 'info' }, undefined, sink); });
  afterAll(async () => { await t.close(); });

  it('keeps no clear ID or phone in the database file, logs or masked responses', async () => {
    const admin = await TestClient.login(t.app);
    const id = idNumber('150203', '19820909');
    const phone = '13755556666';
    const w = await make(admin, 'workers', workerBody({ id_number: id, phone, region_code: '150203', payee_account: '6228480012345678901' }));
    expect(w.id_number).toBe(maskIdNumber(id));
    expect(w.phone).toBe('137****6666');
    expect(w.payee_account).toBe('****8901');
    await admin.list('workers', { filter: { id_number: id } });
    await admin.get(`/api/workers?filter=${encodeURIComponent(JSON.stringify({ phone }))}`);
    const masked = JSON.stringify((await admin.list('workers')).body);
    expect(masked).not.toContain(id);
    expect(masked).not.toContain(phone);

    const revealed = await admin.get(`/api/workers/${w.id}?reveal=true`);
    expect(revealed.body.id_number).toBe(id);
    expect(revealed.body.phone).toBe(phone);

    const file = (t.services.db.description).replace(/^sqlite:/, '');
    await t.services.db.knex.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    const bytes = fs.readFileSync(file).toString('latin1');
    expect(bytes.includes(id)).toBe(false);
    expect(bytes.includes(phone)).toBe(false);
    expect(bytes.includes(id.slice(0, 17))).toBe(false);
    expect(logs.length).toBeGreaterThan(100);
    expect(logs).toContain('150203********');
    expect(logs.includes(id)).toBe(false);
    expect(logs.includes(phone)).toBe(false);
  });

  it('lets only administrators and reviewers reveal, and audits every reveal', async () => {
    const admin = await TestClient.login(t.app);
    const w = await make(admin, 'workers', workerBody({ region_code: '150203' }));
    await make(admin, 'users', { username: 'pii_auditor', display_name: '审计员', role: 'auditor', region_code: '150200', password: 'Audit-pass-123' });
    const auditor = await TestClient.login(t.app, 'pii_auditor', 'Audit-pass-123');
    const refused = await auditor.get(`/api/workers/${w.id}?reveal=true`);
    expect(refused.status).toBe(403);
    const reveals = (await admin.list('audit', { filter: { action: 'reveal' }, range: [0, 99] })).body;
    expect(reveals.length).toBeGreaterThanOrEqual(1);
    const denied = (await admin.list('audit', { filter: { action: 'denied', username: 'pii_auditor' } })).body;
    expect(denied).toHaveLength(1);
  });

  it('keeps the stored value when react-admin sends the masked value back, and refuses a partly masked one', async () => {
    const admin = await TestClient.login(t.app);
    const w = await make(admin, 'workers', workerBody({ region_code: '150203', phone: '13600001111' }));
    const read = (await admin.get(`/api/workers/${w.id}`)).body;
    const put = await admin.put(`/api/workers/${w.id}`, { ...read, name: '示例·改名' });
    expect(put.status).toBe(200);
    expect((await admin.get(`/api/workers/${w.id}?reveal=true`)).body.phone).toBe('13600001111');
    const bad = await admin.put(`/api/workers/${w.id}`, { ...put.body, phone: '136****9999' });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('phone');
  });
});
