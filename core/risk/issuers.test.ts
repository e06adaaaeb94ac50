// The issuer register: edited by administrators within their region, read by everyone, validated, audited.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient, total } from '../test/client.js';
import { institutionBody, make } from '../test/fixtures.js';

describeEachDb('issuers', (t) => {
  let admin: TestClient;
  const as: Record<string, TestClient> = {};
  const body = (over: Record<string, unknown> = {}) => ({ name: '包头市示例职业技能等级认定站', occupation_codes: ['6-18-02-04'], region_code: '150200', valid_from: '2024-01-01', valid_to: '2027-12-31', ...over });

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    const inst = (await make(admin, 'institutions', institutionBody({ region_code: '150203' }))).id;
    for (const [username, role, region, institution] of [['i_admin', 'region_admin', '150200', null], ['i_reviewer', 'reviewer', '150200', null], ['i_staff', 'institution_staff', '150203', inst]] as const) {
      await make(admin, 'users', { username, display_name: username, role, region_code: region, institution_id: institution, password: 'Issuer-pass-1234' });
      as[username] = await TestClient.login(t().app, username, 'Issuer-pass-1234');
    }
  }, 60_000);

  it('lets a region administrator create, change and delete within the league; every change audited', async () => {
    const created = await as.i_admin.post('/api/issuers', body());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.occupation_codes).toEqual(['6-18-02-04']);
    const updated = await as.i_admin.put(`/api/issuers/${created.body.id}`, { ...created.body, occupation_codes: ['6-18-02-04', '4-03-02-01'] });
    expect(updated.body).toMatchObject({ version: 2, occupation_codes: ['6-18-02-04', '4-03-02-01'] });
    const audit = await admin.list('audit', { filter: { resource: 'issuers', record_id: String(created.body.id) } });
    expect(audit.body.map((a: any) => a.action).sort()).toEqual(['create', 'update']);
    expect((await as.i_admin.delete(`/api/issuers/${created.body.id}`)).status).toBe(200);
  });

  it('refuses bad input with the field named', async () => {
    const dates = await admin.post('/api/issuers', body({ name: '日期颠倒的机构', valid_from: '2026-01-01', valid_to: '2025-01-01' }));
    expect([dates.status, dates.body.field]).toEqual([400, 'valid_to']);
    expect((await admin.post('/api/issuers', body({ name: '没有职业的机构', occupation_codes: [] }))).body.field).toBe('occupation_codes');
    await make(admin, 'issuers', body({ name: '重名机构' }));
    const dup = await admin.post('/api/issuers', body({ name: '重名机构' }));
    expect([dup.status, dup.body.field]).toEqual([409, 'name']);
    expect((await admin.post('/api/issuers', body({ name: '重名机构', region_code: '150100' }))).status).toBe(201);
  });

  it('is read by reviewers and institution staff of the node, written by neither, and scoped', async () => {
    await make(admin, 'issuers', body({ name: '呼和浩特示例鉴定所', region_code: '150100' }));
    const seen = await as.i_reviewer.list('issuers', { range: [0, 99] });
    expect(seen.body.every((i: any) => i.region_code.startsWith('1502'))).toBe(true);
    expect(total(seen)).toBeGreaterThan(0);
    expect((await as.i_staff.list('issuers')).status).toBe(200);
    expect((await as.i_reviewer.post('/api/issuers', body({ name: '审核员新建' }))).status).toBe(403);
    expect((await as.i_staff.post('/api/issuers', body({ name: '机构新建' }))).status).toBe(403);
    expect((await as.i_admin.post('/api/issuers', body({ name: '越界新建', region_code: '150100' }))).status).toBe(403);
    expect((await as.i_admin.list('issuers', { filter: { q: '呼和浩特' } })).body).toEqual([]);
  });
});
