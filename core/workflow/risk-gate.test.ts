// Nothing flagged is paid before a person clears it: an open risk case refuses approval, naming the case; clearing lets it proceed.
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { institutionBody, make, programBody, workerBody } from '../test/fixtures.js';

describeEachDb('risk gate on money', (t) => {
  it('refuses to approve a claim held by an open case, and approves it once the case is cleared', async () => {
    const admin = await TestClient.login(t().app);
    await make(admin, 'users', { username: 'gate_reviewer', display_name: '审核员', role: 'reviewer', region_code: '150200', password: 'Burkhan-Peak-35#Lg' });
    const reviewer = await TestClient.login(t().app, 'gate_reviewer', 'Burkhan-Peak-35#Lg');
    const fund = (await admin.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
    await make(admin, 'budgets', { fund_source_id: fund, region_code: '150200', year: 2026, amount_fen: 10_000_000 });
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150203' }));
    const cls = await make(admin, 'programs', programBody(inst.id, { region_code: '150203' }));
    const { knex } = t().services.db;
    const claims: number[] = [];
    // Three people on one phone number: the shared-contact check's pattern.
    for (let i = 0; i < 3; i++) {
      const w = await make(admin, 'workers', workerBody({ region_code: '150203', phone: '13700009999' }));
      const e = await make(admin, 'enrollments', { program_id: cls.id, worker_id: w.id, enrolled_on: '2026-02-25' });
      const sessions = Array.from({ length: 15 }, (_, d) => ({ enrollment_id: e.id, session_date: `2026-03-${String(d + 2).padStart(2, '0')}`, hours: 8, created_at: '2026-03-01T00:00:00Z', updated_at: '2026-03-01T00:00:00Z', version: 1 }));
      await knex('attendance').insert(sessions);
      await knex('enrollments').where({ id: e.id }).update({ attended_hours: 120, status: 'completed', completed_on: '2026-04-30', assessment_result: i === 2 ? 'fail' : 'pass' });
      const c = await make(admin, 'claims', { type: 'training', enrollment_id: e.id, claim_date: '2026-05-20' });
      await admin.post(`/api/claims/${c.id}/submit`, {});
      claims.push(c.id);
    }
    const cases = (await admin.list('risk_cases', { filter: { check_id: 'shared-contact' } })).body;
    expect(cases).toHaveLength(1);
    const held = await reviewer.post(`/api/claims/${claims[0]}/approve`, { fund_source_id: fund });
    expect(held.status).toBe(409);
    expect(held.body.message).toContain(`#${cases[0].id}`);
    expect(held.body.message).toContain(cases[0].title);
    expect((await reviewer.get(`/api/claims/${claims[0]}`)).body.state).toBe('submitted');

    const cleared = await reviewer.post(`/api/risk_cases/${cases[0].id}/clear`, { resolution: '经核实为同一家庭成员共用手机号，非冒领' });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
    const approved = await reviewer.post(`/api/claims/${claims[0]}/approve`, { fund_source_id: fund });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.state).toBe('approved');

    // A re-scan finds the same pattern and creates no new case.
    await admin.post('/api/risk/scan', { region_code: '150200' });
    expect((await admin.list('risk_cases', { filter: { check_id: 'shared-contact' } })).body).toHaveLength(1);
  }, 60_000);
});
