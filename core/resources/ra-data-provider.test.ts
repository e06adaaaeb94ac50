// react-admin's own data provider (ra-data-simple-rest over fetchJson) against the app on a real port: every method, resource and role.
import { beforeAll, expect, it } from 'vitest';
import { HttpError, type DataProvider, type RaRecord } from 'ra-core';
import { describeEachDb } from '../test/build-test-app.js';
import { curl, listen, login, raProvider } from '../test/live.js';
import { creditCode, idNumber, institutionBody, programBody, workerBody } from '../test/fixtures.js';
import { definitions as entities } from './definitions/index.js';
import { can } from './definition.js';
import { ROLES } from '../schemas/common.js';

const CHINESE = /[\u4e00-\u9fa5]/;
const PASSWORD = 'Console-pass-2026';
/** The one origin this suite's app allows (CORS is off unless CORS_ORIGINS names it). */
const CONSOLE_ORIGIN = 'https://console.example.gov.cn';

/** The HttpError a data-provider call rejects with (and nothing else). */
async function rejection(p: Promise<unknown>): Promise<HttpError> {
  const err = await p.then(() => null, (e: unknown) => e);
  if (!(err instanceof HttpError)) throw new Error(`expected an HttpError, got ${err === null ? 'success' : String(err)}`);
  expect(err.message).toMatch(CHINESE);
  expect(err.body).toMatchObject({ statusCode: err.status, error: expect.any(String), message: err.message });
  return err;
}

describeEachDb('react-admin data provider', (t) => {
  let api: string;
  let dp: DataProvider;
  const as: Record<string, DataProvider> = {};
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    api = await listen(t().app);
    dp = raProvider(api, await login(api));
    ids.institution = (await dp.create('institutions', { data: institutionBody() })).data.id;
    ids.worker = (await dp.create('workers', { data: workerBody() })).data.id;
    ids.program = (await dp.create('programs', { data: programBody(ids.institution) })).data.id;
    ids.enrollment = (await dp.create('enrollments', { data: { program_id: ids.program, worker_id: ids.worker, enrolled_on: '2026-03-01' } })).data.id;
    ids.claim = (await dp.create('claims', { data: { type: 'training', enrollment_id: ids.enrollment, requested_fen: 120000 } })).data.id;
    ids.fund = (await dp.getList('fund_sources', { filter: { code: 'employment_subsidy' }, pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' } })).data[0].id;
    // One console user per role, all at 呼和浩特 (the shared records are at 新城区 150102); staff belong to the institution.
    for (const role of ROLES) {
      const username = `ra_${role}`;
      await dp.create('users', { data: { username, display_name: username, role, region_code: role === 'platform_admin' ? '150000' : '150100', institution_id: role === 'institution_staff' ? ids.institution : null, password: PASSWORD } });
      as[role] = raProvider(api, await login(api, username, PASSWORD));
    }
  }, 60_000);

  // A valid new record and a change for every writable resource; `filter` finds it with getList.
  const cases: Array<{ resource: string; data: () => Promise<Record<string, unknown>>; change: Record<string, unknown>; filter: Record<string, unknown> }> = [
    { resource: 'regions', data: async () => ({ id: '150124', name: '清水河县', level: 'county', parent_id: '150100', is_example: true }), change: { name: '清水河县（示例）' }, filter: { parent_id: '150100', q: '清水河' } },
    { resource: 'users', data: async () => ({ username: 'ra_clerk', display_name: '经办员', role: 'region_admin', region_code: '150100', password: 'Secret-pass-123' }), change: { display_name: '经办员甲' }, filter: { role: 'region_admin', q: 'ra_clerk' } },
    { resource: 'institutions', data: async () => institutionBody({ name: '示例职业学校RA' }), change: { brand_level: 'league' }, filter: { q: '示例职业学校RA' } },
    { resource: 'workers', data: async () => workerBody({ name: '示例·其其格', category: 'returnee' }), change: { category: 'employed', notes: '已在岗' }, filter: { category: 'returnee', q: '其其格' } },
    { resource: 'bases', data: async () => ({ name: '示例实训基地', institution_id: ids.institution, region_code: '150102', area_type: 'pastoral', capacity: 120, occupations: ['6-18-02-04'], level: 'league' }), change: { capacity: 150 }, filter: { area_type: 'pastoral' } },
    { resource: 'programs', data: async () => programBody(ids.institution, { name: '育婴员培训班', occupation_code: '4-10-01-02', level: '4', status: 'draft' }), change: { capacity: 30 }, filter: { level: '4', institution_id: ids.institution } },
    { resource: 'intentions', data: async () => ({ worker_id: ids.worker, region_code: '150102', channel: 'gig_market', stated_on: '2026-02-01', occupation_code: '6-18-02-04', orientation: 'local', wants_training: false, wants_job: true }), change: { job_wish: '焊接岗位' }, filter: { channel: 'gig_market', wants_job: true } },
    {
      resource: 'enrollments',
      data: async () => ({ program_id: ids.program, worker_id: (await dp.create('workers', { data: workerBody() })).data.id, enrolled_on: '2026-03-03' }),
      change: { status: 'withdrawn' }, filter: { program_id: ids.program, enrolled_on_gte: '2026-03-02' },
    },
    { resource: 'attendance', data: async () => ({ enrollment_id: ids.enrollment, session_date: '2026-03-02', hours: 8 }), change: { hours: 6 }, filter: { enrollment_id: ids.enrollment, session_date_gte: '2026-03-01', session_date_lte: '2026-03-31' } },
    { resource: 'certificates', data: async () => ({ worker_id: ids.worker, kind: 'skill_level', number: 'RA-1234567', occupation_code: '6-18-02-04', level: '5', issuer: '示例评价机构', issued_on: '2026-05-10' }), change: { issuer: '示例评价中心' }, filter: { q: 'RA-1234' } },
    { resource: 'budgets', data: async () => ({ fund_source_id: ids.fund, region_code: '150100', year: 2026, amount_fen: 100_000_00 }), change: { amount_fen: 200_000_00 }, filter: { year: 2026, amount_fen_gte: 1 } },
    {
      resource: 'claims',
      data: async () => ({ type: 'training', enrollment_id: ids.enrollment, claim_date: '2026-05-20', requested_fen: 120000 }),
      change: { requested_fen: 110000 }, filter: { state: 'draft', worker_id: ids.worker, requested_fen_lte: 200000 },
    },
    { resource: 'follow_ups', data: async () => ({ enrollment_id: ids.enrollment, worker_id: ids.worker, region_code: '150102', due_on: '2026-06-30', months_after: 1 }), change: { employed: true, satisfaction: 5 }, filter: { months_after: 1, due_on_lte: '2026-12-31' } },
    { resource: 'job_postings', data: async () => ({ employer: '示例建筑公司', title: '焊工', region_code: '150102', occupation_code: '6-18-02-04', min_level: '5', positions: 5, wage_min_fen: 500000 }), change: { positions: 8 }, filter: { q: '示例建筑', min_level: ['5', '4'] } },
    { resource: 'issuers', data: async () => ({ name: '示例评价机构RA', occupation_codes: ['6-18-02-04'], region_code: '150100' }), change: { valid_to: '2030-12-31' }, filter: { q: '示例评价机构RA' } },
    {
      resource: 'configs',
      data: async () => ({ node_code: '150100', kind: 'catalog', key: 'default', mode: 'extend', title: '示例·呼和浩特目录草稿', effective_from: '2027-01-01', body: { entries: [] } }),
      change: { title: '示例·呼和浩特目录草稿（改）' }, filter: { node_code: '150100', state: 'draft', kind: 'catalog' },
    },
  ];

  for (const k of cases) {
    it(`${k.resource}: create, getOne, getList, getMany, update with the whole record, stale update, delete`, async () => {
      const created = (await dp.create(k.resource, { data: await k.data() })).data;
      expect(created.version).toBe(1);
      const one = (await dp.getOne(k.resource, { id: created.id })).data;
      expect(one).toEqual(created);

      const list = await dp.getList(k.resource, { filter: k.filter, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 50 } });
      expect(list.data.map((r) => r.id)).toContain(created.id);
      expect(list.total).toBeGreaterThanOrEqual(1);
      expect(list.total).toBeGreaterThanOrEqual(list.data.length);
      // A list row leaves out the large fields its own page reads (a claim's decision): the rest is the record.
      const listed = Object.fromEntries(Object.entries(one).filter(([f]) => !(k.resource === 'claims' && f === 'decision')));
      expect((await dp.getMany(k.resource, { ids: [created.id] })).data).toEqual([listed]);
      if (k.resource === 'claims') expect(list.data.find((r) => r.id === created.id)).not.toHaveProperty('decision');

      // react-admin's edit form sends the whole record with the change, and the record it read.
      const updated = (await dp.update(k.resource, { id: created.id, data: { ...one, ...k.change }, previousData: one })).data;
      expect(updated).toMatchObject({ ...k.change, id: created.id, version: 2 });
      const again = (await dp.update(k.resource, { id: created.id, data: { ...updated }, previousData: updated })).data;
      expect(again.version).toBe(3);

      // A second tab still holding version 1 is told the record changed.
      const stale = await rejection(dp.update(k.resource, { id: created.id, data: { ...one, ...k.change }, previousData: one }));
      expect(stale.status).toBe(409);
      expect(stale.body.field).toBe('version');
      expect(stale.message).toContain('版本');

      expect((await dp.delete(k.resource, { id: created.id, previousData: again })).data.id).toBe(created.id);
      expect((await rejection(dp.getOne(k.resource, { id: created.id }))).status).toBe(404);
      expect((await dp.getMany(k.resource, { ids: [created.id] })).data).toEqual([]);
    });
  }

  it('getList sorts, pages, searches and filters by range, array and JSON membership, with the total from Content-Range', async () => {
    const births = ['19700101', '19800101', '19900101', '20000101', '19950101'];
    const made: RaRecord[] = [];
    for (let i = 0; i < births.length; i++) {
      made.push((await dp.create('workers', { data: workerBody({ name: `示例·分页${i}`, region_code: '150203', id_number: idNumber('150203', births[i]), traits: i < 2 ? ['older'] : ['youth'] }) })).data);
    }
    const page = await dp.getList('workers', { filter: { region_code: '150203' }, sort: { field: 'name', order: 'DESC' }, pagination: { page: 2, perPage: 2 } });
    expect(page.total).toBe(5);
    expect(page.data.map((w) => w.name)).toEqual(['示例·分页2', '示例·分页1']);
    const last = await dp.getList('workers', { filter: { region_code: '150203' }, sort: { field: 'name', order: 'DESC' }, pagination: { page: 3, perPage: 2 } });
    expect(last.data.map((w) => w.name)).toEqual(['示例·分页0']);
    expect(last.total).toBe(5);
    const beyond = await dp.getList('workers', { filter: { region_code: '150203' }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 9, perPage: 2 } });
    expect(beyond).toMatchObject({ data: [], total: 5 });

    const q = await dp.getList('workers', { filter: { q: '分页3' }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 10 } });
    expect(q.data.map((w) => w.id)).toEqual([made[3].id]);
    const range = await dp.getList('workers', { filter: { region_code: '150203', birth_date_gte: '1985-01-01', birth_date_lte: '1999-12-31' }, sort: { field: 'birth_date', order: 'ASC' }, pagination: { page: 1, perPage: 10 } });
    expect(range.data.map((w) => w.birth_date)).toEqual(['1990-01-01', '1995-01-01']);
    const arrays = await dp.getList('workers', { filter: { region_code: ['150203', '150204'], id: [made[0].id, made[4].id, ids.worker] }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 10 } });
    expect(arrays.data.map((w) => w.id)).toEqual([made[0].id, made[4].id]);
    const older = await dp.getList('workers', { filter: { region_code: '150203', traits: 'older' }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 10 } });
    expect(older.total).toBe(2);

    const empty = await dp.getList('workers', { filter: { name: '没有这个人' }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 10 } });
    expect(empty).toEqual({ data: [], total: 0 });
    // The provider's other counting mode reads X-Total-Count.
    const counted = raProvider(api, await login(api), 'X-Total-Count');
    expect((await counted.getList('workers', { filter: { region_code: '150203' }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 2 } })).total).toBe(5);
  });

  it('finds a worker by the full ID number and returns it masked; the masked number finds nothing', async () => {
    const number = idNumber('150105', '19900704');
    const w = (await dp.create('workers', { data: workerBody({ id_number: number, phone: '13900001234', region_code: '150105' }) })).data;
    expect(w.id_number).toBe(`150105********${number.slice(-4)}`);
    expect(w.phone).toBe('139****1234');
    const found = await dp.getList('workers', { filter: { id_number: number }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 10 } });
    expect(found.data.map((r) => r.id)).toEqual([w.id]);
    expect(found.data[0].id_number).toBe(w.id_number);
    const masked = await dp.getList('workers', { filter: { id_number: w.id_number }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 10 } });
    expect(masked.total).toBe(0);
  });

  it('getManyReference: enrolments of a class, claims and certificates of a worker, counties of a league, audit of a record', async () => {
    const enrolments = await dp.getManyReference('enrollments', { target: 'program_id', id: ids.program, filter: {}, sort: { field: 'enrolled_on', order: 'DESC' }, pagination: { page: 1, perPage: 25 } });
    expect(enrolments.total).toBeGreaterThanOrEqual(1);
    expect(enrolments.data.every((e) => e.program_id === ids.program)).toBe(true);
    const claims = await dp.getManyReference('claims', { target: 'worker_id', id: ids.worker, filter: { state: 'draft' }, sort: { field: 'claim_date', order: 'DESC' }, pagination: { page: 1, perPage: 25 } });
    expect(claims.data.map((c) => c.id)).toContain(ids.claim);
    expect(claims.data.every((c) => c.worker_id === ids.worker)).toBe(true);
    const certs = await dp.getManyReference('certificates', { target: 'worker_id', id: ids.worker, filter: {}, sort: { field: 'issued_on', order: 'DESC' }, pagination: { page: 1, perPage: 25 } });
    expect(certs.total).toBe(certs.data.length);
    const counties = await dp.getManyReference('regions', { target: 'parent_id', id: '150200', filter: {}, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 3 } });
    expect(counties.data.map((r) => r.id)).toEqual(['150202', '150203', '150204']);
    expect(counties.total).toBeGreaterThan(3);
    const trail = await dp.getManyReference('audit', { target: 'record_id', id: String(ids.worker), filter: { resource: 'workers' }, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 25 } });
    expect(trail.data.map((a) => a.action)).toContain('create');
    const attendance = await dp.getManyReference('attendance', { target: 'enrollment_id', id: ids.enrollment, filter: {}, sort: { field: 'session_date', order: 'ASC' }, pagination: { page: 1, perPage: 25 } });
    expect(attendance.total).toBe(attendance.data.length);
  });

  it('updateMany and deleteMany act on each id, with the version each record was read at', async () => {
    const made = [];
    for (let i = 0; i < 3; i++) {
      made.push((await dp.create('job_postings', { data: { employer: `示例企业批量${i}`, title: '保安', region_code: '150102', occupation_code: '4-07-05-01', positions: 1 } })).data);
    }
    const ids3 = made.map((r) => r.id);
    // react-admin's bulk update sends one data object for every id: here each record is still at version 1.
    expect((await dp.updateMany('job_postings', { ids: ids3, data: { positions: 4, version: 1 } })).data).toEqual(ids3);
    const after = (await dp.getMany('job_postings', { ids: ids3 })).data;
    expect(after.map((r) => [r.positions, r.version])).toEqual([[4, 2], [4, 2], [4, 2]]);
    // Without the version it read, a change is refused (optimistic locking), naming the field.
    const noVersion = await rejection(dp.updateMany('job_postings', { ids: ids3, data: { positions: 5 } }));
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.field).toBe('version');
    expect((await dp.getMany('job_postings', { ids: ids3 })).data.map((r) => r.positions)).toEqual([4, 4, 4]);

    expect((await dp.deleteMany('job_postings', { ids: ids3 })).data).toEqual(ids3);
    expect((await dp.getMany('job_postings', { ids: ids3 })).data).toEqual([]);
    const missing = await rejection(dp.deleteMany('job_postings', { ids: ids3 }));
    expect(missing.status).toBe(404);
  });

  it('fund sources: the seeded five list, rename with the whole record, and a second of one code is a 409', async () => {
    const all = await dp.getList('fund_sources', { filter: {}, sort: { field: 'code', order: 'ASC' }, pagination: { page: 1, perPage: 10 } });
    expect(all.total).toBe(5);
    const one = all.data.find((f) => f.code === 'talent_development')!;
    const renamed = (await dp.update('fund_sources', { id: one.id, data: { ...one, name: '人才队伍建设经费（示例）' }, previousData: one })).data;
    expect(renamed).toMatchObject({ name: '人才队伍建设经费（示例）', version: one.version + 1 });
    const dup = await rejection(dp.create('fund_sources', { data: { code: 'talent_development', name: '重复' } }));
    expect(dup.status).toBe(409);
    expect((await rejection(as.region_admin.update('fund_sources', { id: one.id, data: { ...renamed, name: 'x' }, previousData: renamed }))).status).toBe(403);
  });

  it('regions have string ids through every method', async () => {
    const leagues = await dp.getList('regions', { filter: { level: 'league' }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 100 } });
    expect(leagues.total).toBe(12);
    expect(leagues.data[0]).toMatchObject({ id: '150100', name: '呼和浩特市', parent_id: '150000', path: '/150000/150100/' });
    expect((await dp.getOne('regions', { id: '152501' })).data.name).toBe('二连浩特市');
    expect((await dp.getMany('regions', { ids: ['150700', '150781'] })).data.map((r) => r.name)).toEqual(['呼伦贝尔市', '满洲里市']);
    const made = (await dp.create('regions', { data: { id: '150125001', name: '示例镇', level: 'township', parent_id: '150125', is_example: true } })).data;
    expect(made).toMatchObject({ id: '150125001', path: '/150000/150100/150125/150125001/', version: 1 });
    const moved = await rejection(dp.update('regions', { id: made.id, data: { ...made, parent_id: '150200' }, previousData: made }));
    expect(moved).toMatchObject({ status: 400 });
    expect(moved.body.field).toBe('parent_id');
    const dup = await rejection(dp.create('regions', { data: { id: '150125001', name: '重复', level: 'township', parent_id: '150125' } }));
    expect(dup.status).toBe(409);
    expect((await dp.deleteMany('regions', { ids: [made.id] })).data).toEqual([made.id]);
    const inUse = await rejection(dp.delete('regions', { id: '150100' }));
    expect(inUse.status).toBe(409);
  });

  it('audit is read-only: lists with Content-Range, reads, and has no write route (404)', async () => {
    const list = await dp.getList('audit', { filter: { resource: 'workers', action: 'create' }, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 5 } });
    expect(list.total).toBeGreaterThan(5);
    expect(list.data).toHaveLength(5);
    expect(list.data[0].id).toBeGreaterThan(list.data[4].id);
    const searched = await dp.getList('audit', { filter: { q: 'login', at_gte: '2000-01-01' }, sort: { field: 'at', order: 'ASC' }, pagination: { page: 1, perPage: 5 } });
    expect(searched.total).toBeGreaterThan(0);
    const one = (await dp.getOne('audit', { id: list.data[0].id })).data;
    expect(one).toMatchObject({ resource: 'workers', action: 'create' });
    expect((await dp.getMany('audit', { ids: [one.id] })).data).toEqual([one]);
    for (const call of [
      () => dp.create('audit', { data: { action: 'forged' } }),
      () => dp.update('audit', { id: one.id, data: { ...one, action: 'forged' }, previousData: one }),
      () => dp.delete('audit', { id: one.id, previousData: one }),
      () => dp.deleteMany('audit', { ids: [one.id] }),
    ]) {
      expect((await rejection(call())).status).toBe(404);
    }
    expect((await dp.getOne('audit', { id: one.id })).data).toEqual(one);
    expect((await rejection(as.auditor.create('audit', { data: {} }))).status).toBe(404);
  });

  it('errors reject with an HttpError: Chinese message, status, and the field at fault', async () => {
    const badId = await rejection(dp.create('workers', { data: workerBody({ id_number: '150102198503150011' }) }));
    expect(badId.status).toBe(400);
    expect(badId.body.field).toBe('id_number');
    expect(badId.message).toContain('公民身份号码');
    const badEnum = await rejection(dp.create('workers', { data: workerBody({ category: 'tourist' }) }));
    expect(badEnum).toMatchObject({ status: 400 });
    expect(badEnum.message).toContain('「人员类别」');
    const missing = await rejection(dp.create('programs', { data: { ...programBody(ids.institution), name: undefined } }));
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('name');
    const dates = await rejection(dp.create('programs', { data: programBody(ids.institution, { start_date: '2026-05-01', end_date: '2026-04-01' }) }));
    expect(dates.body.field).toBe('end_date');

    const number = idNumber('150102', '19770707');
    await dp.create('workers', { data: workerBody({ id_number: number }) });
    const dup = await rejection(dp.create('workers', { data: workerBody({ id_number: number }) }));
    expect(dup.status).toBe(409);
    expect(dup.body.field).toBe('id_number');
    const code = creditCode();
    await dp.create('institutions', { data: institutionBody({ credit_code: code }) });
    expect((await rejection(dp.create('institutions', { data: institutionBody({ credit_code: code }) }))).status).toBe(409);

    const gone = await rejection(dp.getOne('workers', { id: 999999 }));
    expect(gone.status).toBe(404);
    expect(gone.message).toBe('人员 999999 不存在');
    expect((await rejection(dp.getOne('regions', { id: '159999' }))).status).toBe(404);
    expect((await rejection(dp.update('workers', { id: 999999, data: { name: 'x', version: 1 }, previousData: { id: 999999 } }))).status).toBe(404);
    expect((await rejection(dp.delete('claims', { id: 999999 }))).status).toBe(404);

    const sort = await rejection(dp.getList('workers', { filter: {}, sort: { field: 'password_hash', order: 'ASC' }, pagination: { page: 1, perPage: 10 } }));
    expect(sort.status).toBe(400);
    expect(sort.message).toContain('password_hash');
    const filter = await rejection(dp.getList('workers', { filter: { salary: 1 }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 10 } }));
    expect(filter.status).toBe(400);
    expect(filter.message).toContain('salary');
    const noSearch = await rejection(dp.getList('budgets', { filter: { q: 'x' }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 10 } }));
    expect(noSearch.status).toBe(400);

    const forbidden = await rejection(as.reviewer.create('workers', { data: workerBody() }));
    expect(forbidden.status).toBe(403);
    expect(forbidden.message).toBe('当前角色无权新建人员');
    const worker = (await as.auditor.getOne('workers', { id: ids.worker })).data;
    expect((await rejection(as.auditor.update('workers', { id: worker.id, data: { ...worker, name: '示例·改名' }, previousData: worker }))).status).toBe(403);
    expect((await rejection(as.institution_staff.delete('workers', { id: ids.worker }))).status).toBe(403);
    expect((await dp.getOne('workers', { id: ids.worker })).data.name).toBe(worker.name);

    const signedOut = await rejection(raProvider(api, 'not-a-token').getList('workers', { filter: {}, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 10 } }));
    expect(signedOut.status).toBe(401);
  });

  it('out of scope is a 404 on read and a refusal on write; the claim workflow fields cannot be set by update', async () => {
    const far = (await dp.create('workers', { data: workerBody({ region_code: '150203', id_number: idNumber('150203', '19810203') }) })).data;
    expect((await rejection(as.region_admin.getOne('workers', { id: far.id }))).status).toBe(404);
    expect((await as.region_admin.getMany('workers', { ids: [far.id, ids.worker] })).data.map((w) => w.id)).toEqual([ids.worker]);
    const outside = await rejection(as.region_admin.create('workers', { data: workerBody({ region_code: '150203' }) }));
    expect(outside.status).toBe(403);
    const claim = (await dp.getOne('claims', { id: ids.claim })).data;
    const approve = await rejection(dp.update('claims', { id: claim.id, data: { ...claim, state: 'approved' }, previousData: claim }));
    expect(approve.status).toBe(400);
    expect(approve.body.field).toBe('state');
    expect((await dp.getOne('claims', { id: claim.id })).data).toEqual(claim);
  });

  it('an edit form read before the server changed the record is stale (409), never a refused read-only field', async () => {
    const worker = (await dp.create('workers', { data: workerBody() })).data;
    const wish = (await dp.create('intentions', { data: { worker_id: worker.id, region_code: '150102', channel: 'app', stated_on: '2026-02-01' } })).data;
    const enrolment = (await dp.create('enrollments', { data: { program_id: ids.program, worker_id: worker.id, enrolled_on: '2026-03-01' } })).data;
    expect(enrolment.intention_id).toBe(wish.id);
    // Enrolling placed the wish; recording attendance moved the enrolment's hours.
    const placed = await rejection(dp.update('intentions', { id: wish.id, data: { ...wish, job_wish: '电焊' }, previousData: wish }));
    expect(placed.status).toBe(409);
    expect(placed.body.field).toBe('version');
    await dp.create('attendance', { data: { enrollment_id: enrolment.id, session_date: '2026-03-05', hours: 6 } });
    const hours = await rejection(dp.update('enrollments', { id: enrolment.id, data: { ...enrolment, status: 'withdrawn' }, previousData: enrolment }));
    expect(hours.status).toBe(409);
    const fresh = (await dp.getOne('enrollments', { id: enrolment.id })).data;
    expect(fresh.attended_hours).toBe(6);
    expect((await dp.update('enrollments', { id: enrolment.id, data: { ...fresh, status: 'withdrawn' }, previousData: fresh })).data.status).toBe('withdrawn');

    // A login is no edit: the user's form still saves, and the last login stays the server's.
    const listed = await dp.getList('users', { filter: { username: 'ra_reviewer' }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 1 } });
    const user = listed.data[0];
    await login(api, 'ra_reviewer', PASSWORD);
    const saved = (await dp.update('users', { id: user.id, data: { ...user, display_name: '审核员（改）' }, previousData: user })).data;
    expect(saved.display_name).toBe('审核员（改）');
    expect(saved.last_login_at > (user.last_login_at ?? '')).toBe(true);
    const renamed = await rejection(dp.update('users', { id: user.id, data: { ...saved, username: 'someone_else' }, previousData: saved }));
    expect(renamed.body.field).toBe('username');
  });

  for (const role of ROLES) {
    it(`${role}: getList answers with Content-Range on every resource it may read, 403 elsewhere`, async () => {
      for (const def of entities) {
        const call = as[role].getList(def.name, { filter: {}, sort: { field: def.defaultSort?.[0] ?? 'id', order: 'DESC' }, pagination: { page: 1, perPage: 5 } });
        if (can(def, role, 'r')) {
          const r = await call;
          expect(r.total, def.name).toBeGreaterThanOrEqual(r.data.length);
        } else {
          expect((await rejection(call)).status, def.name).toBe(403);
        }
      }
    });
  }

  it('answers a CORS preflight so a console on an allowed origin (CORS_ORIGINS) can read, edit and delete', async () => {
    const origin = CONSOLE_ORIGIN;
    for (const [method, url, headers] of [['PUT', '/workers/1', 'authorization,content-type'], ['DELETE', '/workers/1', 'authorization,content-type'], ['GET', '/workers', 'authorization,range'], ['POST', '/auth/login', 'content-type']]) {
      const r = await curl(`${api}${url}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers } });
      expect(r.status, `${method} ${url}`).toBeLessThan(300);
      expect(r.headers.get('access-control-allow-origin')).toBe(origin);
      expect(r.headers.get('access-control-allow-methods')?.split(/,\s*/)).toContain(method);
      const allowed = (r.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
      for (const h of headers.split(',')) expect(allowed).toContain(h);
    }
    const token = await login(api);
    const get = await curl(`${api}/workers?range=${encodeURIComponent('[0,4]')}`, { token, headers: { origin } });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBe(origin);
    expect(get.headers.get('access-control-expose-headers')).toContain('Content-Range');
    expect(get.headers.get('content-range')).toMatch(/^workers 0-\d+\/\d+$/);
    // Any other origin gets no CORS answer: its pages cannot read the API.
    const other = await curl(`${api}/workers/1`, { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example.com', 'access-control-request-method': 'DELETE' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect((await curl(`${api}/workers`, { token, headers: { origin: 'https://elsewhere.example.com' } })).headers.get('access-control-allow-origin')).toBeNull();
  });
}, { CORS_ORIGINS: CONSOLE_ORIGIN });
