// An administrator opens 统计报表 from the menu, reads the claims by 盟市, switches to other groupings, exports one,
// and opens the fund-safety report above the risk checklist.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { open, shot } from '../browser.js';
import { choose, see } from '../ui.js';

export async function reportsScenario(page: Page, base: string): Promise<void> {
  await page.getByRole('menuitem', { name: '统计报表' }).click();
  await see(page, '补贴申请汇总');
  await see(page, '包头市');
  await see(page, '愿培尽培：培训意愿安置情况');
  await see(page, '资金预算执行情况');
  await see(page, '就业补助资金');
  await shot(page, 'reports');

  await choose(page, '汇总方式', '按补贴类型');
  await see(page, '职业培训补贴');
  const summary = page.getByTestId('report-summary').locator('table');
  await expect.poll(() => summary.locator('thead').innerText()).toContain('按补贴类型');
  await choose(page, '汇总方式', '按人员类别');
  await see(page, '农村转移劳动力');
  await choose(page, '汇总方式', '按月份');
  await expect.poll(() => summary.innerText()).toMatch(/\d{4}年\d{1,2}月/);
  const text = await summary.innerText();
  expect(text).not.toMatch(/rural_transfer|employment_skills|\(无\)|\d{4}-\d{2}\b/);
  await shot(page, 'reports-by-month');

  const download = page.waitForEvent('download');
  await page.getByTestId('report-summary').getByRole('button', { name: '导出 CSV' }).click();
  expect((await download).suggestedFilename()).toBe('补贴申请汇总-按月份.csv');

  await open(page, base, '/risk_cases');
  await page.getByText('风险处置统计').click();
  await see(page, '查实止付金额');
  await see(page, '包头市');
  await shot(page, 'risk-report');
}
