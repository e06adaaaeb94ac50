// A claim step sent again with the same Idempotency-Key (its answer was lost) gets the first answer, applied once.
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { institutionBody, make, workerBody } from '../test/fixtures.js';

const AMOUNT = 1000;

describeEachDb('idempotent claim steps', (t) => {
  it('answers a repeated approve and pay with the first result and reserves and spends once, also when sent at the same time', async () => {
    const admin = await TestClient.login(t().app);
    await make(admin, 'users', { username: 'idem_reviewer', display_name: '审核员', role: 'reviewer', region_code: '150200', password: 'Idempotent-pass-1' });
    const reviewer = await TestClient.login(t().app, 'idem_reviewer', 'Idempotent-pass-1');
    const fund = (await admin.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
    const budget = await make(admin, 'budgets', { fund_source_id: fund, region_code: '150200', year: 2026, amount_fen: 10 * AMOUNT });
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150203' }));
    const worker = await make(admin, 'workers', workerBody({ region_code: '150203' }));
    const { knex } = t().services.db;
    const now = new Date().toISOString();
    const decision = JSON.stringify({ outcome: 'eligible', amount_fen: AMOUNT, rules: [] });
    await knex('claims').insert([1, 2].map(() => ({
      type: 'training', worker_id: worker.id, institution_id: inst.id, region_code: '150203', league_code: '150200', claim_date: '2026-06-01', requested_fen: AMOUNT,
      state: 'submitted', outcome: 'eligible', decision, submitted_at: now, created_at: now, updated_at: now, version: 1,
    })));
    const [a, b] = (await knex('claims').where({ institution_id: inst.id }).orderBy('id').pluck('id')).map(Number);

    const first = await reviewer.post(`/api/claims/${a}/approve`, { fund_source_id: fund }, { 'idempotency-key': 'approve-a-1' });
    expect(first.status).toBe(200);
    const again = await reviewer.post(`/api/claims/${a}/approve`, { fund_source_id: fund }, { 'idempotency-key': 'approve-a-1' });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    // Without the key the same request is a second approval, refused by the state machine.
    expect((await reviewer.post(`/api/claims/${a}/approve`, { fund_source_id: fund })).status).toBe(409);

    // The same request twice at the same moment: both answered 200, one applied.
    const twins = await Promise.all([1, 2].map(() => reviewer.post(`/api/claims/${b}/approve`, { fund_source_id: fund }, { 'idempotency-key': 'approve-b-1' })));
    expect(twins.map((r) => r.status)).toEqual([200, 200]);
    expect(twins[0].body.id).toBe(b);
    expect((await admin.get(`/api/budgets/${budget.id}`)).body.reserved_fen).toBe(2 * AMOUNT);

    const pays = await Promise.all([1, 2, 3].map(() => admin.post(`/api/claims/${a}/pay`, {}, { 'idempotency-key': 'pay-a-1' })));
    expect(pays.map((r) => r.status)).toEqual([200, 200, 200]);
    const after = (await admin.get(`/api/budgets/${budget.id}`)).body;
    expect(after.spent_fen).toBe(AMOUNT);
    expect(after.reserved_fen).toBe(AMOUNT);
    const audit = await knex('audit_log').where({ resource: 'claims', record_id: String(a), action: 'transition' }).count({ n: '*' }).first();
    expect(Number(audit?.n)).toBe(2); // approved, paid: once each
    expect((await admin.get('/api/audit/verify')).body.ok).toBe(true);
  }, 60_000);
});
