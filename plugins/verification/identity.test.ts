// Issue 11, item 6: the identity check (公安人口库; the reference table stands in) waives the ID copy when it confirms,
// a live source plugged in before the table answers first, and a 脱贫劳动力 not confirmed by the poverty registry is
// sent to review instead of passing silently.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { TestClient } from '../../core/test/client.js';
import { insertTrainingClaim, insertWorker } from '../../core/rules/testing/scenario.js';
import type { VerificationSubject, VerifierDefinition } from '../../core/plugins/contract.js';

describeEachDb('identity check and poverty registry in decisions', (t) => {
  let admin: TestClient;

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
  });

  /** A finished, passed class and a draft training claim for a new worker, submitted through the API. */
  async function submitted(category = 'rural_transfer') {
    const worker = await insertWorker(t().services, { region: '150102', category });
    const c = await insertTrainingClaim(t().services, worker.id, { region: '150102', state: 'draft' });
    return { worker, claimId: c.claimId, submit: async () => (await admin.post(`/api/claims/${c.claimId}/submit`)).body };
  }

  const idCopy = (d: any) => d.waived_materials.find((m: any) => m.material === 'id-card');

  it('loads identity comparisons and waives the ID copy when they confirm; an unknown person must bring it', async () => {
    const known = await submitted();
    const unknown = await submitted();
    const load = await admin.post('/api/verification/registry', { check: 'identity', rows: [{ id_number: known.worker.idNumber }] });
    expect(load.status, JSON.stringify(load.body)).toBe(200);
    expect(load.body).toMatchObject({ loaded: 1, rejected: [] });
    await known.submit();
    await unknown.submit();
    const confirmed = (await admin.get(`/api/claims/${known.claimId}/decision`)).body;
    expect(idCopy(confirmed)).toEqual({ service: 'training-subsidy', material: 'id-card', material_name: '居民身份证复印件', waived_by: 'identity', confirmed: true });
    expect(confirmed.facts.verification.identity).toBe(true);
    expect(idCopy((await admin.get(`/api/claims/${unknown.claimId}/decision`)).body).confirmed).toBeNull();
    const checks = (await admin.get(`/api/claims/${known.claimId}/verifications`)).body;
    expect(checks.find((c: any) => c.check === 'identity')).toMatchObject({ source: 'reference-table' });
    expect(Boolean(checks.find((c: any) => c.check === 'identity').confirmed)).toBe(true);
  });

  it('a deployment\'s live identity verifier answers before the reference table, from the clear number and the name', async () => {
    const { services } = t();
    const c = await submitted();
    const asked: Array<{ name?: string; number: string | null }> = [];
    const live: VerifierDefinition & { plugin: string } = {
      plugin: 'mps-identity', check: 'identity', label: '公安人口库实时核验', source: 'mps-population',
      async verify(_db, subject: VerificationSubject) {
        const number = (await subject.residentId?.()) ?? null;
        asked.push({ name: subject.name, number });
        return { check: 'identity', confirmed: number === c.worker.idNumber, source: 'mps-population', checkedAt: new Date().toISOString() };
      },
    };
    const list = services.plugins.verifiers.get('identity')!;
    list.unshift(live);
    try {
      await c.submit();
    } finally {
      list.splice(list.indexOf(live), 1);
    }
    expect(asked).toEqual([{ name: '测试·学员', number: c.worker.idNumber }]);
    const checks = (await admin.get(`/api/claims/${c.claimId}/verifications`)).body.filter((x: any) => x.check === 'identity');
    expect(checks.map((x: any) => x.source)).toEqual(['mps-population']);
    const decision = (await admin.get(`/api/claims/${c.claimId}/decision`)).body;
    expect(idCopy(decision).confirmed).toBe(true);
    expect(JSON.stringify(decision)).not.toContain(c.worker.idNumber);
  });

  it('a 脱贫劳动力 not found in the poverty registry is sent to review, one refuted too; a confirmed one is eligible', async () => {
    const missing = await submitted('poverty_exited');
    const refuted = await submitted('poverty_exited');
    const confirmed = await submitted('poverty_exited');
    await admin.post('/api/verification/registry', { check: 'poverty_registry', rows: [{ id_number: confirmed.worker.idNumber }, { id_number: refuted.worker.idNumber, status: 'refuted' }] });

    const m = await missing.submit();
    expect(m.outcome).toBe('needs_review');
    const md = (await admin.get(`/api/claims/${missing.claimId}/decision`)).body;
    expect(md.rules.find((r: any) => r.id === 'poverty-registry-confirmed')).toMatchObject({ passed: false, on_fail: 'needs_review' });
    expect(md.reasons).toEqual(['申请人登记为脱贫劳动力，但脱贫人口信息比对未查到该人员；请申请人补充脱贫户证明，经办人员核实后再作决定。']);
    expect(md.waived_materials.find((x: any) => x.waived_by === 'poverty_registry').confirmed).toBeNull();

    expect((await refuted.submit()).outcome).toBe('needs_review');
    const rd = (await admin.get(`/api/claims/${refuted.claimId}/decision`)).body;
    expect(rd.rules.filter((r: any) => !r.passed).map((r: any) => r.id)).toEqual(['poverty-registry-not-refuted']);

    expect((await confirmed.submit()).outcome).toBe('eligible');
    // Other categories are not asked for the poverty registry.
    expect((await (await submitted('returnee')).submit()).outcome).toBe('eligible');
  });
});
