// Issue 11 in the browser: a clerk finishes an enrolment from its edit form (已结业, 合格, 结业日期), and a reviewer
// reading a claim's decision sees the person's other claim for the same occupation and level in another 盟市.
import { describe, expect, it } from 'vitest';
import { open, shot } from './browser.js';
import { ADMIN_PASSWORD } from './server.js';
import { useE2eSession } from './session.js';
import { choose, press, see } from './ui.js';
import { TestClient } from '../core/test/client.js';
import { idNumber, institutionBody, make, programBody } from '../core/test/fixtures.js';

const day = (base: string, n: number) => new Date(Date.parse(`${base}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

describe('console: money paths', () => {
  const e2e = useE2eSession();

  it('lets an institution clerk finish an enrolment from its edit form', async () => {
    const { knex } = e2e.server.built.services.db;
    const clerk = await knex('users').where({ username: 'baotou_school' }).first('institution_id');
    const enrolment = await knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id')
      .where({ 'programs.institution_id': clerk.institution_id, 'enrollments.status': 'enrolled' }).orderBy('enrollments.id').first('enrollments.id');
    const page = await e2e.as('baotou_school');
    await open(page, e2e.server.url, `/enrollments/${enrolment.id}`);
    await see(page, '已出勤课时');
    await choose(page, '状态', '已结业');
    await page.getByLabel('结业日期').fill(day(new Date().toISOString().slice(0, 10), -1));
    await choose(page, '考核结果', '合格');
    await shot(page, 'enrol-finish');
    await press(page, '保存');
    await page.waitForURL(/#\/enrollments\/\d+\/show/, { timeout: 30_000 });
    await see(page, '已结业');
    await shot(page, 'enrol-finished');
    await page.context().close();
    expect(await knex('enrollments').where({ id: enrolment.id }).first('status', 'assessment_result')).toEqual({ status: 'completed', assessment_result: 'pass' });
  });

  it('shows a 包头 reviewer the same worker\'s pending 呼和浩特 claim for the same occupation and level', async () => {
    const admin = await TestClient.login(e2e.server.built.app, 'admin', ADMIN_PASSWORD);
    const worker = await make(admin, 'workers', { id_number: idNumber('150203', '19870707', 808), name: '示例·双地申请人', region_code: '150203', category: 'returnee', phone: '13500008080' });
    const claims: number[] = [];
    for (const [region, start] of [['150102', '2026-03-02'], ['150203', '2026-06-01']]) {
      const inst = await make(admin, 'institutions', institutionBody({ region_code: region, name: `示例钢筋工培训学校${region}` }));
      const cls = await make(admin, 'programs', programBody(inst.id, { region_code: region, name: '钢筋工（五级）示例班', occupation_code: '6-29-01-04', occupation_name: '钢筋工', level: '5', hours: 80, start_date: start, end_date: day(start, 44) }));
      const e = await make(admin, 'enrollments', { program_id: cls.id, worker_id: worker.id, enrolled_on: day(start, -3) });
      for (let i = 0; i < 10; i++) await make(admin, 'attendance', { enrollment_id: e.id, session_date: day(start, i), hours: 8 });
      await admin.put(`/api/enrollments/${e.id}`, { status: 'completed', completed_on: day(start, 44), assessment_result: 'pass', version: (await admin.get(`/api/enrollments/${e.id}`)).body.version });
      const claim = await make(admin, 'claims', { type: 'training', enrollment_id: e.id, claim_date: '2026-07-20' });
      expect((await admin.post(`/api/claims/${claim.id}/submit`)).status).toBe(200);
      claims.push(claim.id);
    }
    const [hohhot, baotou] = claims;
    const page = await e2e.as('baotou_reviewer');
    await open(page, e2e.server.url, `/claims/${baotou}/show/decision`);
    await see(page, '同一人员同一职业（工种 6-29-01-04）同一等级（五级/初级工）的其他申请');
    await see(page, `申请 #${hohhot}（呼和浩特市新城区，职业培训补贴，已提交）`);
    await see(page, '两份申请只能批准其一');
    await shot(page, 'claim-decision-collision');
    await page.context().close();
  });
});
