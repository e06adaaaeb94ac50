// A clerk's daily work in the console: names instead of numbers for every role, pickers searched on the server, status
// fields offering only what the server accepts, read-only pages for read-only roles, the reviewer's 待审核 list and
// 修改密码 in the user menu, amounts checked as typed and server refusals naming fields in Chinese, one date style.
// Screenshots in e2e/screenshots/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cspViolations, open, shot } from './browser.js';
import { paidBaotouClaim } from './fixtures.js';
import { useE2eSession } from './session.js';
import { pick, press, see } from './ui.js';

describe('daily work', () => {
  const e2e = useE2eSession();
  const as = (username: string) => e2e.as(username);
  const knex = () => e2e.server.built.services.db.knex;
  /** Every answer of the API the page got that was a client error (a refused search, a forbidden reference). */
  const refusals = (page: Page) => {
    const seen: string[] = [];
    page.on('response', (r) => { if (r.url().includes('/api/') && r.status() >= 400 && r.status() < 500) seen.push(`${r.status()} ${r.url()}`); });
    return seen;
  };

  it('names who decided a claim to the reviewer, and to the institution that filed it', async () => {
    const claimId = await paidBaotouClaim(e2e.server.built);
    const claim = await knex()('claims').where({ id: claimId }).first('decided_by', 'institution_id');
    const decider = await knex()('users').where({ id: claim.decided_by }).first('display_name');
    for (const username of ['baotou_reviewer', 'auditor']) {
      const page = await as(username);
      const refused = refusals(page);
      await open(page, e2e.server.url, `/claims/${claimId}/show/review`);
      await see(page, '审核人');
      await see(page, decider.display_name);
      expect(refused, username).toEqual([]);
      if (username === 'baotou_reviewer') await shot(page, 'claim-decided-by-for-reviewer');
      await page.context().close();
    }
  });

  it('finds an enrolment by the worker’s name on the server and names it 「姓名 · 班级名称」', async () => {
    const row = await knex()('enrollments').join('workers', 'workers.id', 'enrollments.worker_id').join('programs', 'programs.id', 'enrollments.program_id')
      .where('programs.institution_id', 3).orderBy('enrollments.id', 'desc').first('enrollments.id', 'workers.name as worker', 'programs.name as program');
    const page = await as('baotou_school');
    const refused = refusals(page);
    await open(page, e2e.server.url, '/attendance/create');
    const input = page.getByRole('combobox', { name: '培训报名' }).first();
    await input.click();
    const searched = page.waitForResponse((r) => r.url().includes('/api/lookup/enrollments') && r.url().includes('q='));
    await input.fill(row.worker.replace(/^示例·/, ''));
    expect((await searched).status()).toBe(200);
    await page.getByRole('option', { name: `${row.worker} · ${row.program}` }).first().waitFor();
    await shot(page, 'attendance-enrolment-picker');
    expect(refused).toEqual([]);
    await page.context().close();
  });

  it('offers a finished class only 已结业 and 已关闭 in its status field', async () => {
    const cls = await knex()('programs').where({ institution_id: 3, status: 'finished' }).first('id');
    const page = await as('baotou_school');
    await open(page, e2e.server.url, `/programs/${cls.id}`);
    await page.getByRole('combobox', { name: '状态' }).first().click();
    const offered = await page.getByRole('option').allTextContents();
    expect(offered.sort()).toEqual(['已关闭', '已结业'].sort());
    await shot(page, 'program-status-choices');
    await page.context().close();
  });

  it('offers a reviewer only 驳回 on an approved claim, and nothing on a paid one', async () => {
    const approved = await knex()('claims').where('region_code', 'like', '1502%').where({ state: 'approved' })
      .whereNot('created_by', 4).whereNot(function notSubmitted() { this.where('submitted_by', 4); }).first('id');
    const paid = await paidBaotouClaim(e2e.server.built);
    const page = await as('baotou_reviewer');
    if (approved) {
      await open(page, e2e.server.url, `/claims/${approved.id}/show`);
      await page.getByRole('button', { name: '驳回', exact: true }).first().waitFor();
      expect(await page.getByRole('button', { name: '批准', exact: true }).count()).toBe(0);
    }
    await open(page, e2e.server.url, `/claims/${paid}/show`);
    await see(page, '已拨付');
    await page.waitForLoadState('networkidle');
    for (const name of ['驳回', '批准', '提交', '登记支付']) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    await page.context().close();
  });

  it('shows the auditor the catalog as a page to read: no inputs, no add, no save', async () => {
    const page = await as('auditor');
    await open(page, e2e.server.url, '/catalog/150200');
    await see(page, '职业技能培训需求指导目录');
    await page.getByTestId('std-6-18-02-04-5').waitFor();
    expect(await page.locator('table input').count()).toBe(0);
    expect(await page.getByRole('button', { name: '新增职业或等级' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '保存草稿' }).count()).toBe(0);
    await shot(page, 'catalog-auditor-read-only');
    await page.context().close();
  });

  it('opens a reviewer’s claim list on 待审核 (已提交 and 审核中)', async () => {
    const page = await as('baotou_reviewer');
    const listed = page.waitForRequest((r) => /\/api\/claims\?/.test(r.url()));
    await open(page, e2e.server.url, '/claims');
    expect(JSON.parse(new URL((await listed).url()).searchParams.get('filter')!)).toEqual({ state: ['submitted', 'under_review'] });
    await page.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    const states = await page.locator('tbody tr td.column-state').allTextContents();
    expect(states.length).toBeGreaterThan(0);
    for (const s of states) expect(['已提交', '审核中']).toContain(s.trim());
    await shot(page, 'claims-awaiting-review');
    await page.context().close();
  });

  it('offers 修改密码 in the user menu', async () => {
    const page = await as('baotou_school');
    await page.getByRole('button', { name: '个人信息' }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await see(page, '修改后，您在其他设备上的登录将失效。');
    expect(page.url()).toContain('#/change-password');
    await page.context().close();
  });

  it('reads the audit trail in Chinese: actions filtered in words, changes as before → after rows, the chain verified', async () => {
    // An entry made by a person of a league (system entries have no node).
    const entry = await knex()('audit_log').where({ action: 'transition', resource: 'claims' }).whereNotNull('region_code').orderBy('seq', 'desc').first('id', 'changes');
    const page = await as('auditor');
    await open(page, e2e.server.url, '/audit');
    await page.getByRole('combobox', { name: '操作' }).first().click();
    const filtered = page.waitForRequest((r) => /\/api\/audit\?/.test(r.url()) && (r.url().includes('transition') || r.url().includes('%22transition%22')));
    await page.getByRole('option', { name: '状态变更', exact: true }).click();
    await filtered;
    await page.locator('tbody tr td.column-action').first().waitFor();
    for (const text of await page.locator('tbody tr td.column-action').allTextContents()) expect(text.trim()).toBe('状态变更');
    await page.getByRole('button', { name: '校验审计链' }).click();
    await see(page, '审计链完整');
    await shot(page, 'audit-list-verified');
    await open(page, e2e.server.url, `/audit/${entry.id}/show`);
    await see(page, '变更前');
    const state = JSON.parse(entry.changes).state as [string, string];
    const words: Record<string, string> = { draft: '草稿', submitted: '已提交', under_review: '审核中', approved: '审核通过', rejected: '已驳回', paid: '已拨付' };
    const row = page.getByRole('row').filter({ hasText: '状态' }).first();
    await expect(row.textContent()).resolves.toContain(words[state[1]]);
    await see(page, '补贴申请');
    await shot(page, 'audit-entry-changes');
    await page.context().close();
  });

  it('checks an amount as the clerk types it, names the field in Chinese when the server refuses, and saves nothing half-done', async () => {
    const count = async () => Number((await knex()('budgets').count({ n: '*' }).first())?.n);
    const before = await count();
    const page = await as('admin');
    await open(page, e2e.server.url, '/budgets/create');
    await pick(page, '资金来源', '就业', '就业补助资金');
    await pick(page, '区划', '乌海', '乌海市');
    await page.getByLabel('年度').fill('1999');
    // Fen are the smallest unit: a third decimal is refused in the form, before anything is sent.
    await page.getByLabel('预算金额').fill('16.005');
    await press(page, '保存');
    await see(page, '请输入金额（元），最多两位小数');
    // Grouped thousands are read as written: 1,600.5 is ¥1,600.50.
    await page.getByLabel('预算金额').fill('1,600.5');
    await press(page, '保存');
    // The year is the server's check: its message names 「年度」, as the form labels it, not `year`.
    await see(page, '「年度」不能小于 2000');
    expect(await page.getByText(/字段「year」/).count()).toBe(0);
    await shot(page, 'budget-refused');
    expect(await count()).toBe(before);
    await page.getByLabel('年度').fill('2031');
    await press(page, '保存');
    await see(page, '¥1,600.50');
    expect(await knex()('budgets').where({ year: 2031 }).first('amount_fen')).toEqual({ amount_fen: 160050 });
    // Dates and times read one way everywhere: 2026-12-01 14:49, never 2026/12/1 or a 12-hour clock.
    await open(page, e2e.server.url, '/claims');
    await page.locator('tbody tr').first().waitFor();
    const cells = await page.locator('tbody').innerText();
    expect(cells).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(cells).not.toMatch(/\d{4}\/\d{1,2}\/\d{1,2}|上午|下午|AM|PM/);
    await page.context().close();
  });

  it('ran every page above without a Content-Security-Policy refusal', () => {
    expect(cspViolations).toEqual([]);
  });
});
