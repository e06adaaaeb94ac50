// Submit and its evaluation are one step: a claim is never left `submitted` without a decision.
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { insertTrainingClaim, insertWorker } from '../rules/testing/scenario.js';

describeEachDb('submit evaluates in the same transaction', (t) => {
  it('keeps a claim a draft, with no trace of a submission, when its evaluation fails', async () => {
    const admin = await TestClient.login(t().app);
    const { knex } = t().services.db;
    const worker = await insertWorker(t().services);
    // No rule set is in force in 2019: the evaluation refuses, so the submission must not stand either.
    const { claimId } = await insertTrainingClaim(t().services, worker.id, { state: 'draft', claimDate: '2019-06-20' });
    const res = await admin.post(`/api/claims/${claimId}/submit`, {});
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/没有生效的.*规则集/);
    const row = await knex('claims').where({ id: claimId }).first();
    expect(row).toMatchObject({ state: 'draft', submitted_at: null, decision: null });
    const trail = await knex('audit_log').where({ resource: 'claims', record_id: String(claimId) }).whereIn('action', ['transition', 'evaluate']).count({ n: '*' }).first();
    expect(Number(trail?.n)).toBe(0);
  });

  it('decides a submitted claim that an earlier version left without a decision when it is submitted again', async () => {
    const admin = await TestClient.login(t().app);
    const { knex } = t().services.db;
    const worker = await insertWorker(t().services);
    const { claimId } = await insertTrainingClaim(t().services, worker.id, { state: 'submitted' });
    await knex('claims').where({ id: claimId }).update({ submitted_at: new Date().toISOString() });
    const res = await admin.post(`/api/claims/${claimId}/submit`, {});
    expect(res.status).toBe(200);
    const row = await knex('claims').where({ id: claimId }).first();
    expect(row.state).toBe('submitted');
    expect(row.outcome).toBe('eligible');
    expect(JSON.parse(row.decision).amount_fen).toBeGreaterThan(0);
    // A third submit changes nothing: the claim has its decision.
    const version = Number(row.version);
    expect((await admin.post(`/api/claims/${claimId}/submit`, {})).status).toBe(200);
    expect(Number((await knex('claims').where({ id: claimId }).first()).version)).toBe(version);
  });
});
