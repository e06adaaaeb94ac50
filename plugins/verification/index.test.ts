// The verification plugin: the reference-table verifiers (confirmed, refuted, unknown, validity) and the fact they feed.
import { expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { insertTrainingClaim, insertWorker } from '../../core/rules/testing/scenario.js';
import { resolveFacts } from '../../core/rules/testing/facts.js';
import { CHECKS, referenceVerifier } from './index.js';

describeEachDb('verification plugin', (t) => {
  const load = (check: string, idx: string, status: string, over: Record<string, unknown> = {}) =>
    t().services.db.knex('verification_registry').insert({ check, id_idx: idx, status, source: 'reference-table', batch: 'b1', loaded_at: new Date().toISOString(), ...over });
  const indexOf = async (workerId: number) => (await t().services.db.knex('workers').where({ id: workerId }).first('id_number_idx')).id_number_idx as string;

  it('confirms, refutes or does not know, within the validity of the registry row', async () => {
    const { services } = t();
    const knex = services.db.knex;
    const insurance = referenceVerifier(CHECKS.socialInsurance, '社会保险参保状态');
    const a = await indexOf((await insertWorker(services)).id);
    const b = await indexOf((await insertWorker(services)).id);
    await load(CHECKS.socialInsurance, a, 'confirmed', { valid_from: '2024-01-01', valid_to: '2024-12-31' });
    await load(CHECKS.socialInsurance, b, 'refuted');
    expect(await insurance.verify(knex, { idIndex: a, date: '2024-06-20' })).toMatchObject({ check: 'social_insurance', confirmed: true, source: 'reference-table', detail: { batch: 'b1' } });
    expect((await insurance.verify(knex, { idIndex: a, date: '2025-01-01' })).confirmed).toBeNull();
    expect((await insurance.verify(knex, { idIndex: b, date: '2024-06-20' })).confirmed).toBe(false);
    expect((await insurance.verify(knex, { idIndex: 'nobody', date: '2024-06-20' })).confirmed).toBeNull();
  });

  it('checks a certificate only for its occupation and level', async () => {
    const { services } = t();
    const registry = referenceVerifier(CHECKS.certificateRegistry, '证书信息');
    const idx = await indexOf((await insertWorker(services)).id);
    await load(CHECKS.certificateRegistry, idx, 'confirmed', { occupation_code: '6-18-02-04', level: '5' });
    const knex = services.db.knex;
    expect((await registry.verify(knex, { idIndex: idx, date: '2024-06-20', occupationCode: '6-18-02-04', level: '5' })).confirmed).toBe(true);
    expect((await registry.verify(knex, { idIndex: idx, date: '2024-06-20', occupationCode: '6-18-02-04', level: '4' })).confirmed).toBeNull();
    expect((await registry.verify(knex, { idIndex: idx, date: '2024-06-20' })).confirmed).toBeNull();
  });

  it('feeds the verification fact and records each comparison for the claim', async () => {
    const { services } = t();
    const worker = await insertWorker(services);
    const idx = await indexOf(worker.id);
    await load(CHECKS.povertyRegistry, idx, 'refuted');
    await load(CHECKS.certificateRegistry, idx, 'confirmed', { occupation_code: '6-18-02-04', level: '5' });
    const c = await insertTrainingClaim(services, worker.id, { certificate: true });
    const facts = await resolveFacts(services, c.claimId, ['verification']);
    expect(facts.verification).toEqual({
      identity: null, socialInsurance: null, povertyRegistry: false, certificateRegistry: true,
      results: [
        { check: 'identity', confirmed: null, source: 'reference-table', checkedAt: expect.any(String) },
        { check: 'social_insurance', confirmed: null, source: 'reference-table', checkedAt: expect.any(String) },
        { check: 'poverty_registry', confirmed: false, source: 'reference-table', checkedAt: expect.any(String) },
        { check: 'certificate_registry', confirmed: true, source: 'reference-table', checkedAt: expect.any(String) },
      ],
    });
    expect(JSON.stringify(facts)).not.toContain(idx);
    const rows = await services.db.knex('verification_results').where({ claim_id: c.claimId }).orderBy('id');
    expect(rows.map((r) => [r.check, r.worker_id, r.confirmed === null ? null : Boolean(r.confirmed), r.source])).toEqual([
      ['identity', worker.id, null, 'reference-table'], ['social_insurance', worker.id, null, 'reference-table'], ['poverty_registry', worker.id, false, 'reference-table'], ['certificate_registry', worker.id, true, 'reference-table'],
    ]);
  });
});
