// The lookup endpoint: readable names for every record, scoped like the record, searched by name on the server.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber, institutionBody, make, programBody, workerBody } from '../test/fixtures.js';

describeEachDb('lookup', (t) => {
  let admin: TestClient, reviewer: TestClient, staff: TestClient, far: TestClient;
  let enrolmentId: number, programId: number, reviewerId: number, farId: number;

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150203', name: '示例查询学校' }));
    const mk = async (username: string, role: string, region: string, institution_id: number | null = null) =>
      (await make(admin, 'users', { username, display_name: `显示名${username}`, role, region_code: region, institution_id, password: 'Lookup-pass-123' })).id;
    reviewerId = await mk('lk_reviewer', 'reviewer', '150200');
    await mk('lk_staff', 'institution_staff', '150203', inst.id);
    farId = await mk('lk_far', 'reviewer', '150100');
    [reviewer, staff, far] = await Promise.all(['lk_reviewer', 'lk_staff', 'lk_far'].map((u) => TestClient.login(t().app, u, 'Lookup-pass-123')));
    const id = idNumber('150203', '19900101');
    await make(admin, 'workers', workerBody({ id_number: id, region_code: '150203', name: '示例·乌日娜' }));
    const program = await make(staff, 'programs', programBody(inst.id, { region_code: '150203', name: '中式烹调师春季班', occupation_code: '4-03-02-01', occupation_name: '中式烹调师' }));
    programId = program.id;
    enrolmentId = (await make(staff, 'enrollments', { program_id: program.id, worker_id_number: id, enrolled_on: '2026-02-28' })).id;
  }, 60_000);

  it('names an enrolment 「姓名 · 班级名称」 by id and finds it by either name', async () => {
    const byId = await staff.get(`/api/lookup/enrollments?ids=${JSON.stringify([enrolmentId])}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual([{ id: enrolmentId, label: '示例·乌日娜 · 中式烹调师春季班' }]);
    const byWorker = await staff.get(`/api/lookup/enrollments?q=${encodeURIComponent('乌日娜')}`);
    expect(byWorker.body.map((r: any) => r.id)).toEqual([enrolmentId]);
    const byClass = await staff.get(`/api/lookup/enrollments?q=${encodeURIComponent('烹调')}&filter=${encodeURIComponent(JSON.stringify({ program_id: programId }))}`);
    expect(byClass.body.map((r: any) => r.id)).toEqual([enrolmentId]);
    // A LIKE wildcard typed by the clerk is a character, not a pattern.
    expect((await staff.get('/api/lookup/enrollments?q=%25')).body).toEqual([]);
  });

  it('keeps names in scope: a reviewer of another league finds nothing of 包头', async () => {
    expect((await far.get(`/api/lookup/enrollments?ids=${JSON.stringify([enrolmentId])}`)).body).toEqual([]);
    expect((await reviewer.get(`/api/lookup/enrollments?ids=${JSON.stringify([enrolmentId])}`)).body).toHaveLength(1);
  });

  it('gives a reviewer and a clerk the display names of the people acting in their league, not of others', async () => {
    const admins = await reviewer.get(`/api/lookup/users?ids=${JSON.stringify([1, reviewerId, farId])}`);
    expect(admins.status).toBe(200);
    expect(admins.body.map((r: any) => r.label).sort()).toEqual(['显示名lk_reviewer', (await admin.get('/api/users/1')).body.display_name].sort());
    const seen = await staff.get(`/api/lookup/users?ids=${JSON.stringify([reviewerId, farId])}`);
    expect(seen.body).toEqual([{ id: reviewerId, label: '显示名lk_reviewer' }]);
    // Names only: no list filter on a resource the role does not read.
    expect((await staff.get(`/api/lookup/users?filter=${encodeURIComponent('{"role":"reviewer"}')}`)).status).toBe(400);
    expect((await staff.get('/api/lookup/budgets?q=x')).status).toBe(403);
  });

  it('refuses malformed ids and unknown resources naming the parameter', async () => {
    const bad = await staff.get('/api/lookup/enrollments?ids=notjson');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('ids');
    expect((await staff.get('/api/lookup/secrets?q=a')).status).toBe(400);
  });
});
