// Approval and payment re-check the institution's standing (issue 11, item 2): revoked and suspended freeze unpaid
// claims; a 遴选 window that no longer covers the class refuses; a lapsed window holds until renewed.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { institutionBody, make, programBody, workerBody } from '../test/fixtures.js';

const day = (base: string, n: number) => new Date(Date.parse(`${base}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

// Today is fixed so that "lapsed" (today after approved_to) does not move with the calendar.
describeEachDb('institution standing at approval and payment', (t) => {
  let admin: TestClient, reviewer: TestClient;
  let fund: number, budgetId: number;
  let people = 0;

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    await make(admin, 'users', { username: 'st_reviewer', display_name: '审核员', role: 'reviewer', region_code: '150200', password: 'Standing-pass-1' });
    reviewer = await TestClient.login(t().app, 'st_reviewer', 'Standing-pass-1');
    fund = (await admin.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
    budgetId = (await make(admin, 'budgets', { fund_source_id: fund, region_code: '150200', year: 2026, amount_fen: 10_000_000 })).id;
  }, 60_000);

  /** An approved institution's finished class and an eligible claim for it, submitted unless `draft`. */
  async function claimOfNewInstitution(draft = false): Promise<{ claim: number; institution: number }> {
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150203', approved_from: '2026-01-01', approved_to: '2027-12-31' }));
    const cls = await make(admin, 'programs', programBody(inst.id, { region_code: '150203', start_date: '2026-03-02', end_date: '2026-04-15' }));
    const worker = await make(admin, 'workers', workerBody({ region_code: '150203', phone: `1370000${String(++people).padStart(4, '0')}` }));
    const e = await make(admin, 'enrollments', { program_id: cls.id, worker_id: worker.id, enrolled_on: '2026-02-27' });
    for (let i = 0; i < 15; i++) await make(admin, 'attendance', { enrollment_id: e.id, session_date: day('2026-03-02', i), hours: 8 });
    await admin.put(`/api/enrollments/${e.id}`, { status: 'completed', completed_on: '2026-04-15', assessment_result: 'pass', version: (await admin.get(`/api/enrollments/${e.id}`)).body.version });
    const claim = await make(admin, 'claims', { type: 'training', enrollment_id: e.id, claim_date: '2026-05-20' });
    if (!draft) {
      const submitted = await admin.post(`/api/claims/${claim.id}/submit`);
      expect(submitted.body.outcome, JSON.stringify(submitted.body.decision?.reasons)).toBe('eligible');
    }
    return { claim: claim.id, institution: inst.id };
  }

  async function setInstitution(id: number, patch: Record<string, unknown>): Promise<void> {
    const r = await admin.put(`/api/institutions/${id}`, { ...patch, version: (await admin.get(`/api/institutions/${id}`)).body.version });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  }

  const reserved = async () => (await admin.get(`/api/budgets/${budgetId}`)).body.reserved_fen as number;
  const state = async (claim: number) => (await admin.get(`/api/claims/${claim}`)).body.state as string;

  it('a revoked institution\'s claim is not approved, not paid, and its drafts are not submitted', async () => {
    const before = await reserved();
    const a = await claimOfNewInstitution();
    await setInstitution(a.institution, { approval_status: 'revoked' });
    const approve = await reviewer.post(`/api/claims/${a.claim}/approve`, { fund_source_id: fund });
    expect(approve.status).toBe(409);
    expect(approve.body.field).toBe('institution_id');
    expect(approve.body.message).toContain('已被撤销');
    expect(approve.body.message).toContain('冻结');
    expect(await state(a.claim)).toBe('submitted');
    expect(await reserved()).toBe(before);

    const b = await claimOfNewInstitution();
    expect((await reviewer.post(`/api/claims/${b.claim}/approve`, { fund_source_id: fund })).status).toBe(200);
    await setInstitution(b.institution, { approval_status: 'revoked' });
    const pay = await admin.post(`/api/claims/${b.claim}/pay`);
    expect(pay.status).toBe(409);
    expect(pay.body.message).toContain('已被撤销');
    expect(await state(b.claim)).toBe('approved');
    // A frozen claim may still be rejected: that gives the reservation back.
    expect((await reviewer.post(`/api/claims/${b.claim}/reject`, { reason: '机构资格已撤销' })).status).toBe(200);
    expect(await reserved()).toBe(before);

    const c = await claimOfNewInstitution(true);
    await setInstitution(c.institution, { approval_status: 'revoked' });
    const submit = await admin.post(`/api/claims/${c.claim}/submit`);
    expect(submit.status).toBe(409);
    expect(submit.body.message).toContain('已被撤销');
  });

  it('a suspended institution\'s approved claim is not paid; lifting the suspension lets it be paid', async () => {
    const a = await claimOfNewInstitution();
    expect((await reviewer.post(`/api/claims/${a.claim}/approve`, { fund_source_id: fund })).status).toBe(200);
    await setInstitution(a.institution, { approval_status: 'suspended' });
    const pay = await admin.post(`/api/claims/${a.claim}/pay`);
    expect(pay.status).toBe(409);
    expect(pay.body.message).toContain('暂停');
    await setInstitution(a.institution, { approval_status: 'approved' });
    expect((await admin.post(`/api/claims/${a.claim}/pay`)).status).toBe(200);
  });

  it('a 遴选 window changed after submission so that it no longer covers the class refuses approval, naming the window', async () => {
    const a = await claimOfNewInstitution();
    await setInstitution(a.institution, { approved_to: '2026-04-01' });
    const ended = await reviewer.post(`/api/claims/${a.claim}/approve`, { fund_source_id: fund });
    expect(ended.status).toBe(409);
    expect(ended.body.message).toContain('遴选（认定）有效期（2026-01-01 至 2026-04-01）未覆盖培训期间（2026-03-02 至 2026-04-15）');
    await setInstitution(a.institution, { approved_from: '2026-03-10', approved_to: '2027-12-31' });
    const later = await reviewer.post(`/api/claims/${a.claim}/approve`, { fund_source_id: fund });
    expect(later.status).toBe(409);
    expect(later.body.message).toContain('2026-03-10 至 2027-12-31');
    await setInstitution(a.institution, { approval_status: 'pending' });
    const pending = await reviewer.post(`/api/claims/${a.claim}/approve`, { fund_source_id: fund });
    expect(pending.status).toBe(409);
    expect(pending.body.message).toContain('尚未通过遴选');
    expect(await state(a.claim)).toBe('submitted');
  });

  it('a lapsed 遴选 holds approval and payment, naming the window, until it is renewed; nothing is rejected', async () => {
    const a = await claimOfNewInstitution();
    await setInstitution(a.institution, { approved_to: '2026-08-31' });
    const held = await reviewer.post(`/api/claims/${a.claim}/approve`, { fund_source_id: fund });
    expect(held.status).toBe(409);
    expect(held.body.message).toContain('已于 2026-08-31 届满');
    expect(await state(a.claim)).toBe('submitted');
    await setInstitution(a.institution, { approved_to: '2027-08-31' });
    expect((await reviewer.post(`/api/claims/${a.claim}/approve`, { fund_source_id: fund })).status).toBe(200);
    await setInstitution(a.institution, { approved_to: '2026-08-31' });
    const pay = await admin.post(`/api/claims/${a.claim}/pay`);
    expect(pay.status).toBe(409);
    expect(pay.body.message).toContain('届满');
    await setInstitution(a.institution, { approved_to: '2027-08-31' });
    expect((await admin.post(`/api/claims/${a.claim}/pay`)).status).toBe(200);
  });
}, {}, '2026-09-01');
