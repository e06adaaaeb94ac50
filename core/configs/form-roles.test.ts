// Role-limited form fields: a field the form shows only to some roles is not asked of others, and they cannot write it.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber, workerBody } from '../test/fixtures.js';
import { hiddenFieldChanges, hiddenFields, roleLimitedFields } from './form-roles.js';
import { TODAY, publishDoc, userAt } from './test-support.js';

const body = {
  entity: 'worker',
  schema: {
    type: 'object', required: ['site_check'],
    properties: { site_check: { type: 'string', title: '实地核查意见' }, steel_years: { type: 'integer', title: '钢铁行业从业年限', minimum: 0 } },
  },
  ui_schema: { site_check: { 'ui:options': { roles: ['reviewer', 'platform_admin'] } }, steel_years: { 'ui:options': { roles: [] } } },
};

describe('role-limited fields of a form', () => {
  it('reads the roles of each field; an empty list is everyone', () => {
    expect([...roleLimitedFields(body)]).toEqual([['site_check', ['reviewer', 'platform_admin']]]);
    expect([...hiddenFields(body, 'region_admin')]).toEqual(['site_check']);
    expect([...hiddenFields(body, 'reviewer')]).toEqual([]);
    expect([...hiddenFields(body, null)]).toEqual([]);
  });

  it('refuses only a changed hidden value, naming the roles in Chinese', () => {
    expect(hiddenFieldChanges(body, 'region_admin', { steel_years: 2, site_check: '已核查' }, { site_check: '已核查' })).toEqual([]);
    expect(hiddenFieldChanges(body, 'region_admin', { steel_years: 2 }, {})).toEqual([]);
    expect(hiddenFieldChanges(body, 'region_admin', { site_check: '改了' }, { site_check: '已核查' })).toEqual([{
      field: 'extra.site_check', message: '扩展字段「实地核查意见」（extra.site_check）仅限审核员、平台管理员填写，盟市（旗县）管理员不能修改',
    }]);
    expect(hiddenFieldChanges(body, 'region_admin', {}, { site_check: '已核查' })).toHaveLength(1);
    expect(hiddenFieldChanges(body, 'reviewer', { site_check: '改了' }, {})).toEqual([]);
  });
});

describeEachDb('role-limited form fields through the API', (t) => {
  let admin: TestClient;
  let baotou: TestClient;
  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    baotou = await userAt(t().app, admin, 'baotou_roles_admin', 'region_admin', '150200');
    await publishDoc(admin, { kind: 'form', key: 'worker', node: '150200', mode: 'extend', title: '包头市劳动者登记补充信息（示例）', effective_from: '2026-01-01', effective_to: null, body });
  });

  it('a region administrator saves without the field hidden from them, and cannot write it', async () => {
    const created = await baotou.post('/api/workers', workerBody({ region_code: '150203', id_number: idNumber('150203', '19870707'), extra: { steel_years: 3 } }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.extra).toEqual({ steel_years: 3 });

    const sneaked = await baotou.post('/api/workers', workerBody({ region_code: '150203', id_number: idNumber('150203', '19870708'), extra: { steel_years: 3, site_check: '已核查' } }));
    expect(sneaked.status).toBe(400);
    expect(sneaked.body.field).toBe('extra.site_check');
    expect(sneaked.body.message).toBe('扩展字段「实地核查意见」（extra.site_check）仅限审核员、平台管理员填写，盟市（旗县）管理员不能修改');
  });

  it('a role that sees the field must fill it; another role keeps it as stored and cannot change or clear it', async () => {
    const missing = await admin.post('/api/workers', workerBody({ region_code: '150203', id_number: idNumber('150203', '19860606'), extra: { steel_years: 1 } }));
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('「实地核查意见」（extra.site_check）为必填项');
    const w = await admin.post('/api/workers', workerBody({ region_code: '150203', id_number: idNumber('150203', '19860606'), extra: { steel_years: 1, site_check: '已实地核查' } }));
    expect(w.status, JSON.stringify(w.body)).toBe(201);

    const kept = await baotou.put(`/api/workers/${w.body.id}`, { ...w.body, extra: { steel_years: 2, site_check: '已实地核查' } });
    expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    expect(kept.body.extra).toEqual({ steel_years: 2, site_check: '已实地核查' });
    for (const extra of [{ steel_years: 2, site_check: '未核查' }, { steel_years: 2 }]) {
      const r = await baotou.put(`/api/workers/${w.body.id}`, { ...kept.body, extra });
      expect(r.status, JSON.stringify(extra)).toBe(400);
      expect(r.body.field).toBe('extra.site_check');
    }
    expect((await admin.get(`/api/workers/${w.body.id}`)).body.extra).toEqual({ steel_years: 2, site_check: '已实地核查' });
  });
}, {}, TODAY);
