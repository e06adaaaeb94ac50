// A budget is never overspent: 120 approvals in parallel against a budget that covers 100 of them.
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { institutionBody, make, workerBody } from '../test/fixtures.js';

const CLAIMS = 120;
const AMOUNT = 1000;

describeEachDb('parallel approvals', (t) => {
  it(`approves exactly what the budget covers out of ${CLAIMS} concurrent approvals`, async () => {
    const admin = await TestClient.login(t().app);
    await make(admin, 'users', { username: 'par_reviewer', display_name: '审核员', role: 'reviewer', region_code: '150200', password: 'Parallel-pass-1' });
    const reviewer = await TestClient.login(t().app, 'par_reviewer', 'Parallel-pass-1');
    const fund = (await admin.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
    const budget = await make(admin, 'budgets', { fund_source_id: fund, region_code: '150200', year: 2026, amount_fen: 100 * AMOUNT });
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150203' }));
    const worker = await make(admin, 'workers', workerBody({ region_code: '150203' }));
    // Submitted claims with a stored eligible decision: the test is about money, not rules.
    const { knex } = t().services.db;
    const now = new Date().toISOString();
    const decision = JSON.stringify({ outcome: 'eligible', amount_fen: AMOUNT, rules: [] });
    const rows = Array.from({ length: CLAIMS }, () => ({
      type: 'training', worker_id: worker.id, institution_id: inst.id, region_code: '150203', league_code: '150200', claim_date: '2026-06-01', requested_fen: AMOUNT,
      state: 'submitted', outcome: 'eligible', decision, submitted_at: now, created_at: now, updated_at: now, version: 1,
    }));
    await knex.batchInsert('claims', rows, 50);
    const ids = (await knex('claims').where({ institution_id: inst.id }).select('id')).map((r) => r.id);
    const replies = await Promise.all(ids.map((id) => reviewer.post(`/api/claims/${id}/approve`, { fund_source_id: fund })));
    const ok = replies.filter((r) => r.status === 200).length;
    const refused = replies.filter((r) => r.status === 409);
    expect(ok).toBe(100);
    expect(refused).toHaveLength(CLAIMS - 100);
    for (const r of refused) expect(r.body.message).toContain('预算不足');
    const after = (await admin.get(`/api/budgets/${budget.id}`)).body;
    expect(after.reserved_fen).toBe(100 * AMOUNT);
    expect(after.reserved_fen + after.spent_fen).toBeLessThanOrEqual(after.amount_fen);
    const approved = await knex('claims').where({ institution_id: inst.id, state: 'approved' }).count({ n: '*' }).first();
    expect(Number(approved?.n)).toBe(100);
    const verify = await admin.get('/api/audit/verify');
    expect(verify.body.ok).toBe(true);
  }, 120_000);
});
