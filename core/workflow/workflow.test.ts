// The service chain end to end through the API, as the right roles: wish → class → enrolment → certificate → claim → approval → payment → follow-up → jobs.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient, total } from '../test/client.js';
import { idNumber, institutionBody, make, programBody, workerBody } from '../test/fixtures.js';

const day = (base: string, n: number) => new Date(Date.parse(`${base}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

describeEachDb('claim workflow', (t) => {
  let admin: TestClient, bureau: TestClient, reviewer: TestClient, staff: TestClient, other: TestClient;
  let institutionId: number, fund: number;

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150203', name: '示例焊接培训学校' }));
    institutionId = inst.id;
    const users: Array<[string, string, string, number | null]> = [
      ['wf_bureau', 'region_admin', '150200', null], ['wf_reviewer', 'reviewer', '150200', null],
      ['wf_staff', 'institution_staff', '150203', inst.id], ['wf_other', 'institution_staff', '150203', (await make(admin, 'institutions', institutionBody({ region_code: '150202' }))).id],
    ];
    for (const [username, role, region, institution_id] of users) await make(admin, 'users', { username, display_name: username, role, region_code: region, institution_id, password: 'Flow-pass-123' });
    [bureau, reviewer, staff, other] = await Promise.all(['wf_bureau', 'wf_reviewer', 'wf_staff', 'wf_other'].map((u) => TestClient.login(t().app, u, 'Flow-pass-123')));
    fund = (await admin.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
    await make(bureau, 'budgets', { fund_source_id: fund, region_code: '150200', year: 2026, amount_fen: 1_000_000 });
  }, 60_000);

  it('walks a wish through class, certificate, claim, approval, payment, follow-up and job matching', async () => {
    const id = idNumber('150203', '19880612');
    const worker = await make(bureau, 'workers', workerBody({ id_number: id, region_code: '150203', name: '示例·巴特尔', category: 'rural_transfer' }));
    const wish = await make(bureau, 'intentions', { worker_id: worker.id, region_code: '150203', channel: 'gig_market', stated_on: '2026-02-10', occupation_code: '6-18-02-04', training_kind: 'employment_skills', orientation: 'local', wants_job: true, job_wish: '焊工' });
    expect(wish.status).toBe('open');

    const cls = await make(staff, 'programs', programBody(institutionId, { region_code: '150203', name: '焊工（五级）春季班', hours: 120 }));
    expect(cls.occupation_name).toBe('焊工');
    const enrol = await make(staff, 'enrollments', { program_id: cls.id, worker_id_number: id, enrolled_on: '2026-02-28' });
    expect(enrol.worker_id).toBe(worker.id);
    expect((await bureau.get(`/api/intentions/${wish.id}`)).body).toMatchObject({ status: 'placed', enrollment_id: enrol.id });
    for (let i = 0; i < 15; i++) await make(staff, 'attendance', { enrollment_id: enrol.id, session_date: day('2026-03-02', i), hours: 8 });
    let e = (await staff.get(`/api/enrollments/${enrol.id}`)).body;
    expect(e.attended_hours).toBe(120);
    const outside = await staff.post('/api/attendance', { enrollment_id: enrol.id, session_date: '2026-06-01', hours: 8 });
    expect(outside.status).toBe(400);
    expect(outside.body.field).toBe('session_date');
    e = (await staff.put(`/api/enrollments/${enrol.id}`, { ...e, status: 'completed', completed_on: '2026-04-30', assessment_result: 'pass' })).body;
    expect(e.status).toBe('completed');
    const visits = (await bureau.list('follow_ups', { filter: { enrollment_id: enrol.id }, sort: ['due_on', 'ASC'] })).body;
    expect(visits.map((v: any) => [v.months_after, v.due_on])).toEqual([[1, '2026-05-30'], [3, '2026-07-30'], [6, '2026-10-30']]);
    await make(staff, 'certificates', { worker_id: worker.id, enrollment_id: enrol.id, kind: 'skill_level', number: 'WF-2026-0001', occupation_code: '6-18-02-04', level: '5', issuer: '示例评价机构', issued_on: '2026-05-08' });

    // One claim, however often the same request is retried.
    const body = { type: 'training', enrollment_id: enrol.id, claim_date: '2026-05-20' };
    const first = await staff.call('POST', '/api/claims', body, { 'idempotency-key': 'claim-wf-1' });
    const again = await staff.call('POST', '/api/claims', body, { 'idempotency-key': 'claim-wf-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(total(await staff.list('claims', { filter: { enrollment_id: enrol.id } }))).toBe(1);
    const claimId = first.body.id;
    expect(first.body).toMatchObject({ worker_id: worker.id, program_id: cls.id, institution_id: institutionId, region_code: '150203', state: 'draft', requested_fen: 180000 });

    const submitted = await staff.post(`/api/claims/${claimId}/submit`, {}, { 'idempotency-key': 'submit-wf-1' });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', outcome: 'eligible' });
    expect((await staff.post(`/api/claims/${claimId}/submit`, {})).body.state).toBe('submitted');
    const decision = (await reviewer.get(`/api/claims/${claimId}/decision`)).body;
    expect(decision.amount_fen).toBe(180000); // 包头's own standard for 焊工 五级, full attendance

    expect((await staff.post(`/api/claims/${claimId}/approve`, { fund_source_id: fund })).status).toBe(403);
    const noReason = await reviewer.post(`/api/claims/${claimId}/reject`, { reason: ' ' });
    expect(noReason.status).toBe(400);
    const approved = await reviewer.post(`/api/claims/${claimId}/approve`, { fund_source_id: fund });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', decided_fen: 180000 });
    let budget = (await bureau.list('budgets', { filter: { region_code: '150200', year: 2026 } })).body[0];
    expect(budget).toMatchObject({ reserved_fen: 180000, spent_fen: 0 });
    const paid = await bureau.post(`/api/claims/${claimId}/pay`, {});
    expect(paid.body.state).toBe('paid');
    budget = (await bureau.list('budgets', { filter: { region_code: '150200', year: 2026 } })).body[0];
    expect(budget).toMatchObject({ reserved_fen: 0, spent_fen: 180000 });

    const history = (await admin.list('audit', { filter: { resource: 'claims', record_id: String(claimId), action: 'transition' }, sort: ['id', 'ASC'] })).body;
    expect(history.map((h: any) => h.changes.state[1])).toEqual(['submitted', 'approved', 'paid']);
    expect(history[1].changes.decision.outcome).toBe('eligible');

    const posting = await make(bureau, 'job_postings', { employer: '示例钢铁集团', title: '焊工', region_code: '150202', occupation_code: '6-18-02-04', min_level: '5', positions: 3 });
    const recs = (await bureau.get(`/api/workers/${worker.id}/recommendations`)).body;
    expect(recs.postings.map((p: any) => p.id)).toContain(posting.id);
    const matches = (await bureau.get(`/api/job_postings/${posting.id}/matches`)).body;
    expect(matches.workers.map((w: any) => w.id)).toContain(worker.id);
  });

  it('enforces class rules: catalog entry, approval, states, capacity and overlapping classes', async () => {
    const notInCatalog = await staff.post('/api/programs', programBody(institutionId, { region_code: '150203', occupation_code: '9-99-99-99' }));
    expect(notInCatalog.status).toBe(400);
    expect(notInCatalog.body.field).toBe('occupation_code');
    const tooShort = await staff.post('/api/programs', programBody(institutionId, { region_code: '150203', hours: 40 }));
    expect(tooShort.body.field).toBe('hours');
    const small = await make(staff, 'programs', programBody(institutionId, { region_code: '150203', capacity: 1, start_date: '2026-09-01', end_date: '2026-10-15' }));
    const w1 = await make(bureau, 'workers', workerBody({ region_code: '150203' }));
    const w2 = await make(bureau, 'workers', workerBody({ region_code: '150203' }));
    await make(staff, 'enrollments', { program_id: small.id, worker_id: w1.id, enrolled_on: '2026-08-20' });
    const full = await staff.post('/api/enrollments', { program_id: small.id, worker_id: w2.id, enrolled_on: '2026-08-20' });
    expect(full.status).toBe(409);
    expect(full.body.message).toContain('满员');
    const parallel = await make(staff, 'programs', programBody(institutionId, { region_code: '150203', start_date: '2026-10-01', end_date: '2026-11-30' }));
    const overlap = await staff.post('/api/enrollments', { program_id: parallel.id, worker_id: w1.id, enrolled_on: '2026-09-20' });
    expect(overlap.status).toBe(409);
    expect(overlap.body.message).toContain('同一时间');
    const back = await staff.put(`/api/programs/${small.id}`, { version: small.version, status: 'draft' });
    expect(back.status).toBe(409);
    expect(back.body.field).toBe('status');
    const stateByPut = await bureau.put(`/api/claims/1`, { version: 1, state: 'paid' });
    expect([400, 404, 409]).toContain(stateByPut.status);
  });

  it('a suspended institution opens no class and its unpaid claims are frozen', async () => {
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150203', name: '示例将被暂停的机构' }));
    const cls = await make(bureau, 'programs', programBody(inst.id, { region_code: '150203' }));
    const worker = await make(bureau, 'workers', workerBody({ region_code: '150203' }));
    const enrol = await make(bureau, 'enrollments', { program_id: cls.id, worker_id: worker.id, enrolled_on: '2026-03-01' });
    const claim = await make(bureau, 'claims', { type: 'training', enrollment_id: enrol.id });
    await bureau.post(`/api/claims/${claim.id}/submit`, {});
    const current = (await admin.get(`/api/institutions/${inst.id}`)).body;
    await admin.put(`/api/institutions/${inst.id}`, { ...current, approval_status: 'suspended' });
    const open = await bureau.post('/api/programs', programBody(inst.id, { region_code: '150203' }));
    expect(open.status).toBe(409);
    expect(open.body.message).toContain('暂停');
    const frozen = await reviewer.post(`/api/claims/${claim.id}/approve`, { fund_source_id: fund });
    expect(frozen.status).toBe(409);
    expect(frozen.body.message).toMatch(/暂停|不符合/);
  });

  it('keeps maker and checker apart', async () => {
    const cls = await make(bureau, 'programs', programBody(institutionId, { region_code: '150203', start_date: '2026-12-01', end_date: '2027-01-31' }));
    const worker = await make(bureau, 'workers', workerBody({ region_code: '150203' }));
    const enrol = await make(bureau, 'enrollments', { program_id: cls.id, worker_id: worker.id, enrolled_on: '2026-11-20' });
    const claim = await make(bureau, 'claims', { type: 'training', enrollment_id: enrol.id });
    await bureau.post(`/api/claims/${claim.id}/submit`, {});
    const own = await bureau.post(`/api/claims/${claim.id}/reject`, { reason: '自己审自己' });
    expect(own.status).toBe(403);
    expect(own.body.message).toContain('经办与审核分离');
    expect((await other.get(`/api/claims/${claim.id}`)).status).toBe(404);
  });
});
