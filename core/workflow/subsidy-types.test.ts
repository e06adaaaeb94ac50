// Evaluation, skill-upgrade and base-reward claims: data comparison waives proofs, families of the no-double rule, base results.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber, institutionBody, make, programBody, workerBody } from '../test/fixtures.js';

describeEachDb('subsidy types', (t) => {
  let admin: TestClient;
  let institutionId: number;

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    institutionId = (await make(admin, 'institutions', institutionBody({ region_code: '150203' }))).id;
  });

  /** A worker who finished a 焊工 五级 class with a certificate. */
  async function certified(category = 'rural_transfer') {
    const id = idNumber('150203', '19860404');
    const worker = await make(admin, 'workers', workerBody({ id_number: id, region_code: '150203', category }));
    const cls = await make(admin, 'programs', programBody(institutionId, { region_code: '150203' }));
    const enrol = await make(admin, 'enrollments', { program_id: cls.id, worker_id: worker.id, enrolled_on: '2026-02-25' });
    const cert = await make(admin, 'certificates', { worker_id: worker.id, enrollment_id: enrol.id, kind: 'skill_level', number: `ST-${worker.id}`, occupation_code: '6-18-02-04', level: '5', issuer: '示例评价机构', issued_on: '2026-05-06' });
    return { id, worker, cls, enrol, cert };
  }

  it('an evaluation claim confirmed by the certificate registry is eligible, pays the fee up to the cap and waives the certificate copy', async () => {
    const { id, cert } = await certified();
    const load = await admin.post('/api/verification/registry', { check: 'certificate_registry', rows: [{ id_number: id, occupation_code: '6-18-02-04', level: '5' }, { id_number: '123', level: '5' }] });
    expect(load.body.loaded).toBe(1);
    expect(load.body.rejected).toHaveLength(1);
    const claim = await make(admin, 'claims', { type: 'evaluation', certificate_id: cert.id, requested_fen: 38000, claim_date: '2026-05-20' });
    const done = await admin.post(`/api/claims/${claim.id}/submit`, {});
    expect(done.body.outcome, JSON.stringify(done.body.decision?.rules?.filter((r: any) => !r.passed))).toBe('eligible');
    const decision = (await admin.get(`/api/claims/${claim.id}/decision`)).body;
    expect(decision.amount_fen).toBe(38000);
    expect(decision.waived_materials.find((m: any) => m.waived_by === 'certificate_registry')?.confirmed).toBe(true);
    const checks = (await admin.get(`/api/claims/${claim.id}/verifications`)).body;
    expect(checks.find((c: any) => c.check === 'certificate_registry')).toMatchObject({ source: 'reference-table' });
  });

  it('a skill-upgrade claim needs social insurance confirmed by data comparison; without it a person reviews', async () => {
    const { id, cert } = await certified('employed');
    const without = await make(admin, 'claims', { type: 'upgrade', certificate_id: cert.id, claim_date: '2026-05-21' });
    expect((await admin.post(`/api/claims/${without.id}/submit`, {})).body.outcome).toBe('needs_review');
    // The clerk withdraws it and files again once the comparison data is in: one pending claim per key.
    await make(admin, 'users', { username: 'st_upgrade_reviewer', display_name: '审核员', role: 'reviewer', region_code: '150200', password: 'Kestrel-Qz7-harbor' });
    const reviewer = await TestClient.login(t().app, 'st_upgrade_reviewer', 'Kestrel-Qz7-harbor');
    expect((await reviewer.post(`/api/claims/${without.id}/reject`, { reason: '参保状态尚未比对确认，请补充后重新申请' })).status).toBe(200);
    await admin.post('/api/verification/registry', { check: 'social_insurance', csv: `公民身份号码,状态\n${id},是\n` });
    await admin.post('/api/verification/registry', { check: 'certificate_registry', rows: [{ id_number: id, occupation_code: '6-18-02-04', level: '5' }] });
    const confirmed = await make(admin, 'claims', { type: 'upgrade', certificate_id: cert.id, claim_date: '2026-05-22' });
    const r = await admin.post(`/api/claims/${confirmed.id}/submit`, {});
    expect(r.body.outcome).toBe('eligible');
    expect((await admin.get(`/api/claims/${confirmed.id}/decision`)).body.amount_fen).toBe(180000);
  });

  it('counts a paid training subsidy against a later upgrade subsidy of the same occupation and level, but not against an evaluation subsidy', async () => {
    const { id, enrol, cert } = await certified('employed');
    await admin.post('/api/verification/registry', { check: 'social_insurance', rows: [{ id_number: id }] });
    await admin.post('/api/verification/registry', { check: 'certificate_registry', rows: [{ id_number: id, occupation_code: '6-18-02-04', level: '5' }] });
    const training = await make(admin, 'claims', { type: 'training', enrollment_id: enrol.id, claim_date: '2026-05-20' });
    await admin.post(`/api/claims/${training.id}/submit`, {});
    await t().services.db.knex('claims').where({ id: training.id }).update({ state: 'paid', decided_fen: 120000 });
    const upgrade = await make(admin, 'claims', { type: 'upgrade', certificate_id: cert.id, claim_date: '2026-06-01' });
    const u = await admin.post(`/api/claims/${upgrade.id}/submit`, {});
    expect(u.body.outcome).toBe('ineligible');
    const rule = (await admin.get(`/api/claims/${upgrade.id}/decision`)).body.rules.find((x: any) => x.id === 'no-double-subsidy');
    expect(rule.passed).toBe(false);
    expect(rule.message).toContain(String(training.id));
    const evaluation = await make(admin, 'claims', { type: 'evaluation', certificate_id: cert.id, requested_fen: 20000, claim_date: '2026-06-02' });
    expect((await admin.post(`/api/claims/${evaluation.id}/submit`, {})).body.outcome).toBe('eligible');
  });

  it('a base reward claim is decided from the base’s results over the period', async () => {
    const base = await make(admin, 'bases', { name: '示例牧区实训基地', institution_id: institutionId, region_code: '150203', area_type: 'pastoral', capacity: 200, occupations: ['6-18-02-04'], level: 'league' });
    const claim = await make(admin, 'claims', { type: 'base_reward', base_id: base.id, period_from: '2026-01-01', period_to: '2026-10-31', claim_date: '2026-11-10' });
    expect(claim).toMatchObject({ institution_id: institutionId, region_code: '150203' });
    await admin.post(`/api/claims/${claim.id}/submit`, {});
    const decision = (await admin.get(`/api/claims/${claim.id}/decision`)).body;
    expect(decision.facts.trainingBase).toMatchObject({ approved: true, areaType: 'pastoral', level: 'league' });
    expect(decision.facts.baseOutcome.tiltFactor).toBe(1.2);
    expect(decision.outcome).toBe('ineligible'); // a handful of trainees is far below the reward's threshold
    expect(decision.rules.find((r: any) => r.id === 'trained-count').passed).toBe(false);
    const missing = await admin.post('/api/claims', { type: 'base_reward', base_id: base.id });
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('period_to');
  });
});
