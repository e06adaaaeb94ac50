// The actions on a case: investigate, note, assign, clear and confirm, refused when out of turn, each audited; reopening on new claims.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { make } from '../test/fixtures.js';
import { systemContext } from '../http/context.js';
import { seedRiskPatterns } from '../demo/risk-patterns.js';
import { openCasesForClaims, runRiskScan } from './scan.js';

describeEachDb('risk case actions', (t) => {
  let admin: TestClient;
  const as: Record<string, TestClient> = {};
  const users: Record<string, number> = {};
  const caseOf = async (check: string) => (await admin.list('risk_cases', { filter: { check_id: check } })).body[0];
  const auditOf = async (resource: string, id: number) => (await admin.list('audit', { filter: { resource, record_id: String(id) }, sort: ['id', 'ASC'], range: [0, 99] })).body.map((a: any) => a.action);

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    await seedRiskPatterns(t().services, systemContext('test'));
    await runRiskScan(t().services, systemContext('test'), { regionCode: '150000' });
    for (const [username, role, region] of [['bt_admin', 'region_admin', '150200'], ['bt_reviewer', 'reviewer', '150200'], ['hh_reviewer', 'reviewer', '150100'], ['auditor1', 'auditor', '150000']]) {
      users[username] = (await make(admin, 'users', { username, display_name: `${username}显示名`, role, region_code: region, password: 'Risk-pass-1234' })).id;
      as[username] = await TestClient.login(t().app, username, 'Risk-pass-1234');
    }
  }, 120_000);

  it('investigates, notes, assigns and clears, refusing each step out of turn with a message to act on', async () => {
    const c = await caseOf('profile-mismatch');
    const url = `/api/risk_cases/${c.id}`;
    expect((await as.auditor1.post(`${url}/investigate`)).status).toBe(403);
    const started = await as.bt_reviewer.post(`${url}/investigate`);
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body).toMatchObject({ status: 'investigating', assignee_id: users.bt_reviewer, version: 2 });
    const twice = await as.bt_reviewer.post(`${url}/investigate`);
    expect([twice.status, twice.body.message]).toEqual([409, `风险案件 #${c.id} 已在调查中`]);
    expect((await as.bt_reviewer.call('POST', `${url}/investigate`)).status).toBe(409);

    expect((await as.bt_reviewer.post(`${url}/note`, { text: '   ' })).body).toMatchObject({ statusCode: 400, field: 'text' });
    const noted = await as.bt_reviewer.post(`${url}/note`, { text: '已电话联系培训机构，要求提供花名册' });
    expect(noted.body.notes).toEqual([expect.objectContaining({ username: 'bt_reviewer', user_id: users.bt_reviewer, text: '已电话联系培训机构，要求提供花名册' })]);

    const wrongNode = await as.bt_admin.post(`${url}/assign`, { assignee_id: users.hh_reviewer });
    expect([wrongNode.status, wrongNode.body.field]).toEqual([400, 'assignee_id']);
    expect(wrongNode.body.message).toContain('管辖范围');
    expect((await as.bt_admin.post(`${url}/assign`, { assignee_id: users.auditor1 })).body.message).toContain('不是在职的管理员或审核员');
    expect((await as.bt_admin.post(`${url}/assign`, { assignee_id: users.bt_admin })).body.assignee_id).toBe(users.bt_admin);

    const claimId = c.claim_ids[0];
    expect((await openCasesForClaims(t().services.db.knex, [claimId])).get(claimId)).toEqual([{ id: c.id, title: c.title }]);
    expect((await as.bt_admin.post(`${url}/clear`, {})).status).toBe(400);
    expect((await as.bt_admin.post(`${url}/clear`, { resolution: '无误' })).body).toMatchObject({ statusCode: 400, field: 'resolution' });
    const cleared = await as.bt_admin.post(`${url}/clear`, { resolution: '核实为录入错误：出生日期已按户籍更正，本人确为大龄劳动者' });
    expect(cleared.body).toMatchObject({ status: 'cleared', resolved_by: users.bt_admin, held_fen: 120_000 });
    expect(cleared.body.resolved_at).toBeTruthy();
    expect((await openCasesForClaims(t().services.db.knex, [claimId])).has(claimId)).toBe(false);
    const again = await as.bt_admin.post(`${url}/clear`, { resolution: '再次排除试试看' });
    expect([again.status, again.body.message]).toEqual([409, `风险案件 #${c.id} 已结案（已排除），不能再排除`]);
    expect((await as.bt_admin.post(`${url}/note`, { text: '结案后补充：已归档' })).status).toBe(200);
    expect((await as.hh_reviewer.post(`${url}/note`, { text: '越权' })).status).toBe(404);
    expect(await auditOf('risk_cases', c.id)).toEqual(['create', 'denied', 'risk_investigate', 'risk_note', 'risk_assign', 'risk_clear', 'risk_note']);
  });

  it('keeps a cleared case cleared when found again unchanged, and reopens it when a new claim appears', async () => {
    const c = await caseOf('profile-mismatch');
    const kept = await runRiskScan(t().services, systemContext('test'), { regionCode: '150200' });
    expect(kept.checks.find((x) => x.check_id === 'profile-mismatch')).toMatchObject({ kept_resolved: 1, new: 0, reopened: 0 });
    expect((await caseOf('profile-mismatch')).status).toBe('cleared');

    const { knex } = t().services.db;
    const old = await knex('claims').where({ id: c.claim_ids[0] }).first();
    const [fresh] = await knex('claims').insert({ ...old, id: undefined, type: 'evaluation', state: 'submitted', idempotency_key: null });
    const freshId = Number(typeof fresh === 'object' ? (fresh as any).id : fresh);
    const reopened = await runRiskScan(t().services, systemContext('test'), { regionCode: old.region_code, claimIds: [freshId] });
    expect(reopened.checks.find((x) => x.check_id === 'profile-mismatch')).toMatchObject({ reopened: 1, case_ids: [c.id] });
    const after = await caseOf('profile-mismatch');
    expect(after).toMatchObject({ status: 'open', resolution: null, resolved_at: null, claim_ids: [...c.claim_ids, freshId] });
    expect(after.notes.at(-1).text).toContain(`#${freshId}`);
    expect(after.notes.at(-1).text).toContain('核实为录入错误');
    expect((await openCasesForClaims(knex, [freshId])).get(freshId)?.[0].id).toBe(c.id);
  });

  it('confirms: rejects unpaid claims naming the case, lists paid ones for recovery, suspends the institution; all audited', async () => {
    const c = await caseOf('lapsed-approval');
    const { knex } = t().services.db;
    const [paidId, ...unpaidIds] = c.claim_ids;
    await knex('claims').where({ id: paidId }).update({ state: 'paid' });
    // One claim was approved before the case was found: its amount is reserved in a budget.
    const fund = (await knex('fund_sources').first('id')).id;
    const now = new Date().toISOString();
    const [budget] = await knex('budgets').insert({ fund_source_id: fund, region_code: '150200', year: 2031, amount_fen: 10_000_000, reserved_fen: 120_000, spent_fen: 0, created_at: now, updated_at: now, version: 1 });
    const budgetId = Number(typeof budget === 'object' ? (budget as any).id : budget);
    await knex('claims').where({ id: unpaidIds[0] }).update({ state: 'approved', decided_fen: 120_000, budget_id: budgetId });
    expect((await as.bt_reviewer.post(`/api/risk_cases/${c.id}/confirm`, { resolution: '短' })).status).toBe(400);
    const r = await as.bt_reviewer.post(`/api/risk_cases/${c.id}/confirm`, { resolution: '机构在认定到期后继续开班并申领补贴，经查属实', suspend_institution: true });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ rejected_claim_ids: unpaidIds, paid_claim_ids: [paidId], institution_suspended: true });
    expect(r.body.case).toMatchObject({ status: 'confirmed', held_fen: unpaidIds.length * 120_000, resolved_by: users.bt_reviewer });
    expect(r.body.case.notes.at(-1).text).toContain(`#${paidId}`);
    for (const id of unpaidIds) {
      const claim = await knex('claims').where({ id }).first();
      expect(claim).toMatchObject({ state: 'rejected', decided_by: users.bt_reviewer });
      expect(claim.rejection_reason).toContain(`风险案件 #${c.id}`);
      expect(await auditOf('claims', id)).toContain('transition');
    }
    expect((await knex('claims').where({ id: paidId }).first()).state).toBe('paid');
    expect(Number((await knex('budgets').where({ id: budgetId }).first()).reserved_fen)).toBe(0);
    expect((await knex('institutions').where({ id: c.institution_id }).first()).approval_status).toBe('suspended');
    expect(await auditOf('institutions', c.institution_id)).toContain('update');
    expect((await auditOf('risk_cases', c.id)).at(-1)).toBe('risk_confirm');
    expect((await as.bt_reviewer.post(`/api/risk_cases/${c.id}/confirm`, { resolution: '重复查实一次' })).status).toBe(409);
    expect((await as.bt_reviewer.post(`/api/risk_cases/${c.id}/investigate`)).status).toBe(409);
  });

  it('will not suspend an institution the case does not name, and keeps the audit chain intact', async () => {
    const c = await caseOf('overlapping-enrolment');
    expect(c.institution_id).toBeNull();
    const r = await admin.post(`/api/risk_cases/${c.id}/confirm`, { resolution: '同一人同期两地参训属实', suspend_institution: true });
    expect([r.status, r.body.field]).toEqual([400, 'suspend_institution']);
    expect((await caseOf('overlapping-enrolment')).status).toBe('open');
    expect((await admin.post(`/api/risk_cases/${c.id}/assign`, { assignee_id: 999_999 })).body.message).toContain('不存在');
    expect((await admin.post('/api/risk_cases/999999/investigate')).status).toBe(404);
    expect(await t().services.audit.verify(t().services.db.knex)).toMatchObject({ ok: true });
  });
});
