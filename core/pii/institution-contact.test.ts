// Institutions' contact phones: encrypted at rest like workers' phones, masked for everyone, revealed only to those who decide and supervise, and audited.
import { expect, it } from 'vitest';
import { describeEachDb, USER_PASSWORD } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { institutionBody, make } from '../test/fixtures.js';

describeEachDb('institution contact phones', (t) => {
  it('stores the phone encrypted, answers it masked, and finds it through the blind index', async () => {
    const admin = await TestClient.login(t().app);
    const phone = '13911112222';
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150203', contact_name: '示例联系人', contact_phone: '139 1111 2222' }));
    expect(inst.contact_phone).toBe('139****2222');
    const row = await t().services.db.knex('institutions').where({ id: inst.id }).first();
    expect(row.contact_phone).toBeUndefined();
    expect(t().services.pii.decrypt(row.contact_phone_enc)).toBe(phone);
    expect(JSON.stringify(row)).not.toContain(phone);
    const list = await admin.list('institutions', { filter: { contact_phone: phone } });
    expect(list.body.map((i: { id: number }) => i.id)).toEqual([inst.id]);
    expect(JSON.stringify(list.body)).not.toContain(phone);
    const audit = (await admin.list('audit', { filter: { resource: 'institutions', record_id: String(inst.id) } })).body;
    expect(JSON.stringify(audit)).not.toContain(phone);
    // A landline with its area code is accepted; anything else is refused naming the field.
    expect((await admin.post('/api/institutions', institutionBody({ contact_phone: '0471-6543210' }))).status).toBe(201);
    const bad = await admin.post('/api/institutions', institutionBody({ contact_phone: '12345' }));
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('contact_phone');
    // The console sends the masked value back unchanged: the stored number stays.
    const read = (await admin.get(`/api/institutions/${inst.id}`)).body;
    expect((await admin.put(`/api/institutions/${inst.id}`, { ...read, brand_level: 'county' })).status).toBe(200);
    expect((await admin.get(`/api/institutions/${inst.id}?reveal=true`)).body.contact_phone).toBe(phone);
  });

  it('reveals the number to administrators and reviewers only, auditing each reveal and each refusal', async () => {
    const admin = await TestClient.login(t().app);
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150203', contact_phone: '13766667777' }));
    const users: Array<[string, string, number | null]> = [['ic_region', 'region_admin', null], ['ic_reviewer', 'reviewer', null], ['ic_auditor', 'auditor', null], ['ic_staff', 'institution_staff', inst.id]];
    const as: Record<string, TestClient> = {};
    for (const [username, role, institution] of users) {
      await make(admin, 'users', { username, display_name: username, role, region_code: '150200', institution_id: institution, password: USER_PASSWORD });
      as[role] = await TestClient.login(t().app, username, USER_PASSWORD);
    }
    for (const role of ['region_admin', 'reviewer']) {
      const r = await as[role].get(`/api/institutions/${inst.id}?reveal=true`);
      expect(r.status, role).toBe(200);
      expect(r.body.contact_phone).toBe('13766667777');
    }
    for (const role of ['auditor', 'institution_staff']) {
      const r = await as[role].get(`/api/institutions/${inst.id}?reveal=true`);
      expect(r.status, role).toBe(403);
      expect((await as[role].get(`/api/institutions/${inst.id}`)).body.contact_phone).toBe('137****7777');
    }
    const entries = (await admin.list('audit', { filter: { resource: 'institutions', record_id: String(inst.id) }, range: [0, 99] })).body;
    expect(entries.filter((e: { action: string }) => e.action === 'reveal').map((e: { username: string }) => e.username).sort()).toEqual(['ic_region', 'ic_reviewer']);
    expect(entries.filter((e: { action: string }) => e.action === 'denied').map((e: { username: string }) => e.username).sort()).toEqual(['ic_auditor', 'ic_staff']);
  });
});
