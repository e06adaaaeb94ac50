// The REST conventions on every resource: list, filter, sort, page, read, create, update with version, delete.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient, total } from '../test/client.js';
import { idNumber, institutionBody, make, programBody, workerBody, creditCode } from '../test/fixtures.js';

describeEachDb('resources', (t) => {
  let c: TestClient;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    c = await TestClient.login(t().app);
    ids.institution = (await make(c, 'institutions', institutionBody())).id;
    ids.worker = (await make(c, 'workers', workerBody())).id;
    ids.program = (await make(c, 'programs', programBody(ids.institution))).id;
    ids.enrollment = (await make(c, 'enrollments', { program_id: ids.program, worker_id: ids.worker, enrolled_on: '2026-03-01' })).id;
    ids.fund = (await c.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
  });

  // One valid body and one change per resource, created after the shared records above.
  const cases: Array<{ resource: string; body: () => Record<string, unknown>; change: Record<string, unknown>; filter: Record<string, unknown> }> = [
    { resource: 'regions', body: () => ({ id: '150124', name: '清水河县', level: 'county', parent_id: '150100', is_example: true }), change: { name: '清水河县（示例）' }, filter: { parent_id: '150100' } },
    { resource: 'users', body: () => ({ username: 'clerk1', display_name: '经办员', role: 'region_admin', region_code: '150100', password: 'Secret-pass-123' }), change: { display_name: '经办员甲' }, filter: { role: 'region_admin' } },
    { resource: 'institutions', body: () => institutionBody({ name: '示例职业学校' }), change: { brand_level: 'league' }, filter: { q: '示例职业' } },
    { resource: 'workers', body: () => workerBody({ name: '示例·其其格', category: 'returnee' }), change: { category: 'employed' }, filter: { category: 'returnee' } },
    { resource: 'bases', body: () => ({ name: '示例实训基地', institution_id: ids.institution, region_code: '150102', area_type: 'pastoral', capacity: 120, occupations: ['6-18-02-04'], level: 'league' }), change: { capacity: 150 }, filter: { area_type: 'pastoral' } },
    { resource: 'programs', body: () => programBody(ids.institution, { name: '育婴员培训班', occupation_code: '4-10-01-02', level: '4', status: 'draft' }), change: { capacity: 30 }, filter: { level: '4' } },
    { resource: 'intentions', body: () => ({ worker_id: ids.worker, region_code: '150102', channel: 'gig_market', stated_on: '2026-02-01', occupation_code: '6-18-02-04', orientation: 'local' }), change: { job_wish: '焊接岗位' }, filter: { channel: 'gig_market' } },
    { resource: 'attendance', body: () => ({ enrollment_id: ids.enrollment, session_date: '2026-03-02', hours: 8 }), change: { hours: 6 }, filter: { session_date_gte: '2026-03-01' } },
    { resource: 'certificates', body: () => ({ worker_id: ids.worker, kind: 'skill_level', number: 'S1234567', occupation_code: '6-18-02-04', level: '5', issuer: '示例评价机构', issued_on: '2026-05-10' }), change: { issuer: '示例评价中心' }, filter: { kind: 'skill_level' } },
    { resource: 'budgets', body: () => ({ fund_source_id: ids.fund, region_code: '150100', year: 2026, amount_fen: 100_000_00 }), change: { amount_fen: 200_000_00 }, filter: { year: 2026 } },
    { resource: 'claims', body: () => ({ type: 'training', worker_id: ids.worker, program_id: ids.program, enrollment_id: ids.enrollment, institution_id: ids.institution, region_code: '150102', claim_date: '2026-05-20', requested_fen: 120000 }), change: { requested_fen: 110000 }, filter: { state: 'draft' } },
    { resource: 'follow_ups', body: () => ({ enrollment_id: ids.enrollment, worker_id: ids.worker, region_code: '150102', due_on: '2026-06-30', months_after: 1 }), change: { employed: true }, filter: { months_after: 1 } },
    { resource: 'job_postings', body: () => ({ employer: '示例建筑公司', title: '焊工', region_code: '150102', occupation_code: '6-18-02-04', min_level: '5', positions: 5, wage_min_fen: 500000 }), change: { positions: 8 }, filter: { q: '示例建筑' } },
    { resource: 'fund_sources', body: () => ({ code: 'talent_development', name: 'x' }), change: {}, filter: {} },
  ];

  for (const k of cases.filter((x) => x.resource !== 'fund_sources')) {
    it(`${k.resource}: create, read, list with filter and Content-Range, update with version, stale version, delete`, async () => {
      const created = await c.post(`/api/${k.resource}`, k.body());
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.id;
      expect(created.body.version).toBe(1);
      expect(created.body.created_by).toBeGreaterThan(0);

      const read = await c.get(`/api/${k.resource}/${id}`);
      expect(read.status).toBe(200);
      expect(read.body.id).toBe(id);

      const list = await c.list(k.resource, { filter: k.filter, range: [0, 99], sort: ['id', 'DESC'] });
      expect(list.status).toBe(200);
      expect(list.body.map((r: any) => r.id)).toContain(id);
      expect(String(list.headers['content-range'])).toMatch(new RegExp(`^${k.resource} 0-\\d+/\\d+$`));

      // react-admin sends the whole record back with the change.
      const updated = await c.put(`/api/${k.resource}/${id}`, { ...read.body, ...k.change });
      expect(updated.status, JSON.stringify(updated.body)).toBe(200);
      expect(updated.body.version).toBe(2);
      for (const [f, v] of Object.entries(k.change)) expect(updated.body[f]).toEqual(v);

      const stale = await c.put(`/api/${k.resource}/${id}`, { ...read.body, ...k.change });
      expect(stale.status).toBe(409);
      expect(stale.body.field).toBe('version');

      const del = await c.delete(`/api/${k.resource}/${id}`);
      expect(del.status, JSON.stringify(del.body)).toBe(200);
      expect((await c.get(`/api/${k.resource}/${id}`)).status).toBe(404);
    });
  }

  it('pages and sorts with react-admin parameters', async () => {
    for (let i = 0; i < 5; i++) await make(c, 'workers', workerBody({ name: `示例·分页${i}`, region_code: '150203' }));
    const page = await c.list('workers', { filter: { region_code: '150203' }, sort: ['name', 'DESC'], range: [1, 2] });
    expect(page.status).toBe(200);
    expect(page.body.map((w: any) => w.name)).toEqual(['示例·分页3', '示例·分页2']);
    expect(page.headers['content-range']).toBe('workers 1-2/5');
    const ranged = await c.list('workers', { filter: { region_code: ['150203', '150102'], birth_date_gte: '1985-01-01', birth_date_lte: '1985-12-31' }, range: [0, 99] });
    expect(total(ranged)).toBeGreaterThanOrEqual(6);
    const byIds = await c.list('workers', { filter: { id: [ids.worker] } });
    expect(byIds.body).toHaveLength(1);
    const empty = await c.list('workers', { filter: { name: '没有这个人' } });
    expect(empty.body).toEqual([]);
    expect(empty.headers['content-range']).toBe('workers */0');
  });

  it('exposes Content-Range through CORS to an origin CORS_ORIGINS allows, and to no other', async () => {
    const r = await c.call('GET', '/api/workers', undefined, { origin: 'http://localhost:5173' });
    expect(String(r.headers['access-control-expose-headers'])).toContain('Content-Range');
    const other = await c.call('GET', '/api/workers', undefined, { origin: 'http://localhost:9999' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses unknown sort and filter fields and malformed parameters with 400', async () => {
    const bad = [
      await c.list('workers', { sort: ['password_hash', 'ASC'] }),
      await c.list('workers', { sort: ['name; drop table workers', 'ASC'] }),
      await c.list('workers', { filter: { nope: 1 } }),
      await c.list('workers', { filter: { id_number_enc: 'x' } }),
      await c.get('/api/workers?sort=notjson'),
      await c.get('/api/workers?range=[5,1]'),
      await c.list('workers', { sort: ['name', 'SIDEWAYS'] }),
      await c.list('workers', { filter: { birth_date_gte: { a: 1 } } }),
    ];
    for (const r of bad) {
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(typeof r.body.message).toBe('string');
    }
  });

  it('rejects bad input with the field named, and writes nothing', async () => {
    const before = total(await c.list('workers'));
    const badIds: Array<[string, RegExp]> = [
      ['15010219850315001', /18位/],
      [idNumber().slice(0, 17) + (idNumber().endsWith('0') ? '1' : '0'), /./],
      ['150102198502300011', /出生日期/],
      [idNumber('150102', '20200101'), /年龄/],
      [idNumber('150102', '19300101'), /年龄/],
    ];
    for (const [id] of badIds) {
      const r = await c.post('/api/workers', workerBody({ id_number: id }));
      expect(r.status, id).toBe(400);
      expect(r.body.field).toBe('id_number');
    }
    const wrongCheck = idNumber();
    const flipped = wrongCheck.slice(0, 17) + (wrongCheck[17] === '1' ? '2' : '1');
    expect((await c.post('/api/workers', workerBody({ id_number: flipped }))).body.message).toContain('校验位');
    const schema = await c.post('/api/workers', workerBody({ category: 'tourist' }));
    expect(schema.status).toBe(400);
    expect(schema.body.field).toBe('category');
    expect(schema.body.message).toContain('「人员类别」');
    const missing = await c.post('/api/workers', { id_number: idNumber(), region_code: '150102', category: 'returnee' });
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('name');
    const phone = await c.post('/api/workers', workerBody({ phone: '12345' }));
    expect(phone.body.field).toBe('phone');
    const unknown = await c.post('/api/workers', workerBody({ salary: 1 }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe('salary');
    expect(total(await c.list('workers'))).toBe(before);

    const code = creditCode();
    const badCode = await c.post('/api/institutions', institutionBody({ credit_code: code.slice(0, 17) + (code[17] === 'A' ? 'B' : 'A') }));
    expect(badCode.status).toBe(400);
    expect(badCode.body.field).toBe('credit_code');
    const dates = await c.post('/api/programs', programBody(ids.institution, { start_date: '2026-05-01', end_date: '2026-04-01' }));
    expect(dates.status).toBe(400);
    expect(dates.body.field).toBe('end_date');
    const badJson = await c.call('POST', '/api/workers', undefined, { 'content-type': 'application/json' });
    expect([400, 415]).toContain(badJson.status);
  });

  it('answers 409 for a duplicate resident ID or credit code, and 404 for unknown ids', async () => {
    const id = idNumber('150203', '19790101');
    await make(c, 'workers', workerBody({ id_number: id }));
    const dup = await c.post('/api/workers', workerBody({ id_number: id.toLowerCase() }));
    expect(dup.status).toBe(409);
    expect(dup.body.field).toBe('id_number');
    const inst = institutionBody();
    await make(c, 'institutions', inst);
    const dupInst = await c.post('/api/institutions', { ...inst, name: '另一个名字' });
    expect(dupInst.status).toBe(409);
    expect(dupInst.body.field).toBe('credit_code');
    for (const url of ['/api/workers/999999', '/api/workers/abc', '/api/regions/999999']) {
      const r = await c.get(url);
      expect(r.status).toBe(404);
      expect(r.body.statusCode).toBe(404);
    }
    expect((await c.put('/api/workers/999999', { name: 'x', version: 1 })).status).toBe(404);
    expect((await c.delete('/api/workers/999999')).status).toBe(404);
  });

  it('refuses to delete a record others refer to, with 409', async () => {
    const r = await c.delete(`/api/institutions/${ids.institution}`);
    expect(r.status).toBe(409);
  });

  it('finds a worker by full ID number through the blind index, and returns it masked', async () => {
    const id = idNumber('150105', '19900704');
    await make(c, 'workers', workerBody({ id_number: id, phone: '13900001234' }));
    const r = await c.list('workers', { filter: { id_number: id } });
    expect(r.body).toHaveLength(1);
    expect(r.body[0].id_number).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
    expect(r.body[0].phone).toBe('139****1234');
    expect(r.body[0].birth_date).toBe('1990-07-04');
    expect(r.body[0].home_region_code).toBe('150105');
  });

  it('publishes an OpenAPI document', async () => {
    const r = await c.get('/api/docs/json');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toContain('/api/workers/{id}');
    expect(r.body.paths['/api/workers'].post.requestBody).toBeTruthy();
  });
}, { CORS_ORIGINS: 'http://localhost:5173' });
