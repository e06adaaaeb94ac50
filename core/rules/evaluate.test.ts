// Evaluating a claim end to end: the double-subsidy done-when, explanations, review amounts, verification, transactions, access.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb, type TestApp } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { systemContext } from '../http/context.js';
import { userAt } from '../configs/test-support.js';
import { insertTrainingClaim, insertWorker } from './testing/scenario.js';
import type { Decision } from './runtime/types.js';

const decisionOf = async (t: () => TestApp, id: number): Promise<Decision> => {
  const row = await t().services.db.knex('claims').where({ id }).first('decision');
  return JSON.parse(row.decision);
};

describeEachDb('rules: evaluating a claim', (t) => {
  let admin: TestClient;
  beforeAll(async () => { admin = await TestClient.login(t().app); });

  it('refuses a second subsidy for the same occupation and level: paid in 呼和浩特, claimed in 包头, the message names the earlier claim', async () => {
    const { services } = t();
    const worker = await insertWorker(services, { region: '150102' });
    const first = await insertTrainingClaim(services, worker.id, { region: '150102' });
    const r1 = await admin.post(`/api/claims/${first.claimId}/evaluate`);
    expect(r1.status, JSON.stringify(r1.body)).toBe(200);
    expect(r1.body.outcome).toBe('eligible');
    expect(r1.body.amount_fen).toBe(150000);
    await services.db.knex('claims').where({ id: first.claimId }).update({ state: 'paid', decided_fen: 150000 });

    const second = await insertTrainingClaim(services, worker.id, { region: '150203', claimDate: '2024-09-20', start: '2024-07-01', end: '2024-08-30' });
    const r2 = await admin.post(`/api/claims/${second.claimId}/evaluate`);
    expect(r2.status).toBe(200);
    const d: Decision = r2.body;
    expect(d.outcome).toBe('ineligible');
    expect(d.outcome_label).toBe('不符合条件');
    expect(d.amount_fen).toBe(0);
    const rule = d.rules.find((x) => x.id === 'no-double-subsidy')!;
    expect(rule).toMatchObject({ passed: false, on_fail: 'ineligible', mandatory: true, source_node: '150000', name: '同一职业同一等级不重复补贴' });
    expect(rule.message).toBe(`该申请人已享受过同一职业（工种）同一等级的补贴（申请编号 ${first.claimId}，呼和浩特市新城区），不可重复申领。`);
    expect(d.reasons).toEqual([rule.message]);
    expect(rule.conditions).toEqual([{
      fact: 'subsidyHistory', fact_label: '补贴享受记录（全区）', path: '$.sameOccupationLevelCount',
      path_label: '同一职业（工种）同一等级已享受同类补贴的次数（全区，培训补贴含技能提升补贴）', operator: 'equal', operator_label: '等于',
      expected: 0, actual: 1, passed: false, evaluated: true,
      message: '同一职业（工种）同一等级已享受同类补贴的次数（全区，培训补贴含技能提升补贴） 1 等于 0：不符合',
    }]);
    expect(d.facts.subsidyHistory).toEqual({
      sameOccupationLevelCount: 1,
      priorClaims: [{ id: first.claimId, regionCode: '150102', regionName: '呼和浩特市新城区', type: 'training', state: 'paid', decidedFen: 150000 }],
      pendingCount: 0, pendingClaims: [],
    });
    // 包头 lists the welder at its own standard; the amount is computed, then 0 because ineligible
    expect(d.amount).toMatchObject({ base_fen: 180000, scale: 1, cap_fen: 500000, rounding: 'yuan', computed_fen: 180000 });
    expect(d.amount!.formula).toBe('目录补贴标准 1,800.00 元 × 出勤完成率 1 = 1,800.00 元；未超过封顶 5,000.00 元；按元取整（舍去不足 1 元的部分）：1,800.00 元；不符合条件，核定金额为 0 元');
    expect(d.ruleset).toMatchObject({ node: '150203', key: 'training', date: '2024-09-20' });
    expect(d.ruleset.chain.map((c) => c.node)).toEqual(['150000']);
    expect(d.ruleset.chain[0]).toEqual({ node: '150000', node_name: '内蒙古自治区', config_id: expect.any(Number), version: 1 });

    const stored = await admin.get(`/api/claims/${second.claimId}/decision`);
    expect(stored.status).toBe(200);
    expect(stored.body).toEqual(d);
    const row = await services.db.knex('claims').where({ id: second.claimId }).first('outcome', 'version');
    expect(row.outcome).toBe('ineligible');
    const audit = await services.db.knex('audit_log').where({ action: 'evaluate', resource: 'claims', record_id: String(second.claimId) }).first();
    expect(JSON.parse(audit.changes)).toMatchObject({ outcome: 'ineligible', amount_fen: 0, failed: ['no-double-subsidy'] });
    // No clear ID or phone number in the snapshot or anywhere in the decision
    const text = JSON.stringify(d);
    expect(text).not.toContain(worker.idNumber);
    expect(text).not.toContain(worker.idNumber.slice(6, 14) + worker.idNumber.slice(14));
  });

  it('explains every rule and comparison in Chinese, with pass messages and skipped comparisons', async () => {
    const { services } = t();
    const worker = await insertWorker(services, { region: '150102', birth: '19790101' });
    const c = await insertTrainingClaim(services, worker.id, { region: '150102', hours: 120, attended: 102 });
    const d: Decision = (await admin.post(`/api/claims/${c.claimId}/evaluate`)).body;
    expect(d.outcome).toBe('eligible');
    expect(d.amount_fen).toBe(127500);
    expect(d.amount!.formula).toBe('目录补贴标准 1,500.00 元 × 出勤完成率 0.85 = 1,275.00 元；未超过封顶 5,000.00 元；按元取整（舍去不足 1 元的部分）：1,275.00 元');
    expect(d.rules.map((r) => r.id)).toEqual(['no-double-subsidy', 'no-pending-duplicate', 'id-card-valid', 'working-age', 'target-group',
      'poverty-registry-confirmed', 'poverty-registry-not-refuted', 'catalog-listed', 'institution-approved',
      'subsidised-program', 'minimum-hours', 'attendance-minimum', 'attendance-complete', 'training-finished', 'assessment-passed']);
    expect(d.rules.every((r) => r.passed && r.message === `符合“${r.name}”`)).toBe(true);
    const age = d.rules.find((r) => r.id === 'working-age')!.conditions[0];
    expect(age.message).toBe('申请日年龄（周岁） 45 大于等于 年龄下限（内蒙古自治区政策参数第 1 版，自 2024-03-01 起） 16：符合');
    expect(age).toMatchObject({ expected: 16, actual: 45, passed: true, evaluated: true, expected_from: { fact: 'params', path: '$.age_min' } });
    expect(d.facts.params).toMatchObject({ age_min: 16, age_max: 60, _about: { age_max: { label: '年龄上限', unit: '周岁', node: '150000', node_name: '内蒙古自治区', version: 1, from: '2024-03-01' } } });
    const hours = d.rules.find((r) => r.id === 'minimum-hours')!.conditions[0];
    expect(hours).toMatchObject({ expected: 120, actual: 120, expected_from: { fact: 'catalogEntry', path: '$.minHours', label: '目录最低学时' } });
    expect(hours.message).toBe('课时 120 大于等于 目录最低学时 120：符合');
    expect(d.facts.idCard).toEqual({ valid: true, age: 45, birthDate: '1979-01-01', birthRegionCode: '150102', gender: expect.any(String) });

    // not finished and not attended: both comparisons of the `all` are evaluated (one priority), both fail
    const late = await insertTrainingClaim(services, (await insertWorker(services)).id, { attended: 40, completed: false, assessment: null, claimDate: '2024-06-01' });
    const l: Decision = (await admin.post(`/api/claims/${late.claimId}/evaluate`)).body;
    expect(l.outcome).toBe('ineligible');
    const finished = l.rules.find((r) => r.id === 'training-finished')!;
    expect(finished.message).toBe('学员须已结业，且申请日不早于培训班结业日期 2024-06-14，方可申领职业培训补贴。');
    expect(finished.conditions.map((x) => [x.evaluated, x.passed])).toEqual([[true, false], [true, false]]);
    expect(finished.conditions.map((x) => x.message)).toEqual(['已结业 否 等于 是：不符合', '申请日期 2024-06-01 不早于 结业日期 2024-06-14：不符合']);
    expect(l.reasons[0]).toContain('学员出勤完成率低于 70%（实际出勤 40 学时，计划 120 学时）');
  });

  it('sends a claim to review when only a needs_review rule fails, and shows the amount the reviewer would approve', async () => {
    const { services } = t();
    const c = await insertTrainingClaim(services, (await insertWorker(services)).id, { hours: 120, attended: 90 });
    const d = await services.rules.evaluateClaim(systemContext(), c.claimId);
    expect(d.outcome).toBe('needs_review');
    expect(d.amount_fen).toBe(112500);
    expect(d.reasons).toEqual(['学员出勤完成率低于 80%（实际出勤 90 学时，计划 120 学时），请核查考勤记录后决定。']);
  });

  it('records every data comparison and lists the guide materials a confirmed comparison waives', async () => {
    const { services } = t();
    const worker = await insertWorker(services, { category: 'poverty_exited' });
    const idx = (await services.db.knex('workers').where({ id: worker.id }).first('id_number_idx')).id_number_idx;
    await services.db.knex('verification_registry').insert({
      check: 'poverty_registry', id_idx: idx, status: 'confirmed', source: 'reference-table', batch: 'test-1', loaded_at: new Date().toISOString(),
    });
    const c = await insertTrainingClaim(services, worker.id);
    const d = await services.rules.evaluateClaim(systemContext(), c.claimId);
    const rows = await services.db.knex('verification_results').where({ claim_id: c.claimId }).orderBy('id');
    expect(rows.map((r) => [r.check, r.confirmed === null ? null : Boolean(r.confirmed), r.worker_id])).toEqual([
      ['identity', null, worker.id], ['social_insurance', null, worker.id], ['poverty_registry', true, worker.id], ['certificate_registry', null, worker.id],
    ]);
    expect(d.waived_materials).toEqual([
      { service: 'training-subsidy', material: 'id-card', material_name: '居民身份证复印件', waived_by: 'identity', confirmed: null },
      { service: 'training-subsidy', material: 'poverty-proof', material_name: expect.stringContaining('脱贫'), waived_by: 'poverty_registry', confirmed: true },
      { service: 'training-subsidy', material: 'certificate-copy', material_name: expect.any(String), waived_by: 'certificate_registry', confirmed: null },
    ]);
    expect(d.guide!.chain.map((x) => x.node)).toEqual(['150000']);
    expect(d.facts.verification).toMatchObject({ povertyRegistry: true, socialInsurance: null });
  });

  it('decides inside the caller\'s transaction: committed with it, rolled back with it', async () => {
    const { services } = t();
    const c = await insertTrainingClaim(services, (await insertWorker(services)).id);
    await expect(services.db.knex.transaction(async (trx) => {
      await services.rules.evaluateClaim(systemContext(), c.claimId, { trx });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect((await services.db.knex('claims').where({ id: c.claimId }).first('decision')).decision).toBeNull();
    const d = await services.db.knex.transaction((trx) => services.rules.evaluateClaim(systemContext(), c.claimId, { trx }));
    expect((await decisionOf(t, c.claimId)).outcome).toBe(d.outcome);
  });

  it('answers 404 for a claim never evaluated, refuses roles that may not evaluate, and keeps decided claims', async () => {
    const { services } = t();
    const c = await insertTrainingClaim(services, (await insertWorker(services)).id);
    const none = await admin.get(`/api/claims/${c.claimId}/decision`);
    expect(none.status).toBe(404);
    expect(none.body.message).toBe(`补贴申请 ${c.claimId} 尚未评估，没有评估结果；请先提交或评估该申请`);
    expect((await admin.get(`/api/claims/${c.claimId}/decision/replay`)).status).toBe(404);
    const auditor = await userAt(t().app, admin, 'rules_auditor', 'auditor', '150000');
    const denied = await auditor.post(`/api/claims/${c.claimId}/evaluate`);
    expect(denied.status).toBe(403);
    const baotouReviewer = await userAt(t().app, admin, 'rules_bt_reviewer', 'reviewer', '150200');
    expect((await baotouReviewer.post(`/api/claims/${c.claimId}/evaluate`)).status).toBe(404); // 150102 is outside 包头
    const hohhotReviewer = await userAt(t().app, admin, 'rules_hh_reviewer', 'reviewer', '150100');
    expect((await hohhotReviewer.post(`/api/claims/${c.claimId}/evaluate`)).status).toBe(200);
    expect((await auditor.get(`/api/claims/${c.claimId}/decision`)).status).toBe(200);
    await services.db.knex('claims').where({ id: c.claimId }).update({ state: 'approved' });
    const decided = await admin.post(`/api/claims/${c.claimId}/evaluate`);
    expect(decided.status).toBe(409);
    expect(decided.body.message).toContain('已作出决定的申请不能重新评估');
  });
});
