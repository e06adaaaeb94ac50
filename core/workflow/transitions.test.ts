// GET /api/<programs|enrollments|claims>/:id/transitions: the next states the server will accept, per record and role.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber, institutionBody, make, programBody, workerBody } from '../test/fixtures.js';

describeEachDb('transitions', (t) => {
  let admin: TestClient, staff: TestClient, auditor: TestClient;
  let institutionId: number;

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    institutionId = (await make(admin, 'institutions', institutionBody({ region_code: '150203' }))).id;
    await make(admin, 'users', { username: 'tr_staff', display_name: '机构经办', role: 'institution_staff', region_code: '150203', institution_id: institutionId, password: 'Trans-pass-123' });
    await make(admin, 'users', { username: 'tr_auditor', display_name: '审计', role: 'auditor', region_code: '150200', password: 'Trans-pass-123' });
    staff = await TestClient.login(t().app, 'tr_staff', 'Trans-pass-123');
    auditor = await TestClient.login(t().app, 'tr_auditor', 'Trans-pass-123');
  }, 60_000);

  it('offers a finished class only 已关闭, and a read-only role nothing', async () => {
    const cls = await make(staff, 'programs', programBody(institutionId, { region_code: '150203', status: 'finished' }));
    const mine = await staff.get(`/api/programs/${cls.id}/transitions`);
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({ field: 'status', current: 'finished', allowed: ['closed'] });
    expect((await auditor.get(`/api/programs/${cls.id}/transitions`)).body.allowed).toEqual([]);
    // What it offers is what the server accepts.
    const refused = await staff.put(`/api/programs/${cls.id}`, { status: 'open', version: cls.version });
    expect(refused.status).toBe(409);
    expect((await staff.put(`/api/programs/${cls.id}`, { status: 'closed', version: cls.version })).status).toBe(200);
  });

  it('keeps a completed enrolment completed, and answers 404 out of scope', async () => {
    const cls = await make(staff, 'programs', programBody(institutionId, { region_code: '150203' }));
    const id = idNumber('150203', '19910101');
    await make(admin, 'workers', workerBody({ id_number: id, region_code: '150203' }));
    const enrol = await make(staff, 'enrollments', { program_id: cls.id, worker_id_number: id, enrolled_on: '2026-02-28' });
    expect((await staff.get(`/api/enrollments/${enrol.id}/transitions`)).body.allowed).toEqual(['completed', 'failed', 'withdrawn']);
    const done = await staff.put(`/api/enrollments/${enrol.id}`, { status: 'completed', completed_on: '2026-04-30', assessment_result: 'pass', version: enrol.version });
    expect(done.status).toBe(200);
    expect((await staff.get(`/api/enrollments/${enrol.id}/transitions`)).body).toEqual({ field: 'status', current: 'completed', allowed: [] });
    const other = await make(admin, 'institutions', institutionBody({ region_code: '150102' }));
    const foreign = await make(admin, 'programs', programBody(other.id, { region_code: '150102' }));
    expect((await staff.get(`/api/programs/${foreign.id}/transitions`)).status).toBe(404);
  });
});
