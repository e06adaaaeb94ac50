// A reviewer, who may not read the audit trail, reads a paid claim's history: each step in Chinese, who took it, the
// amounts in yuan and the fund it was paid from.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { open, shot } from '../browser.js';
import { see } from '../ui.js';

export async function historyScenario(page: Page, base: string, claimId: number): Promise<void> {
  await open(page, base, `/claims/${claimId}/show`);
  await page.getByRole('tab', { name: '办理记录' }).click();
  await see(page, '规则判定：符合条件');
  await see(page, '审核员）');
  await see(page, '批准金额 ¥');
  await see(page, '资金来源：就业补助资金');
  await see(page, '登记拨付');
  await see(page, '审核通过 → 已拨付');
  const text = await page.getByTestId('claim-history').innerText();
  // No codes where a clerk expects words: states, actions, outcomes and roles are all translated.
  expect(text).not.toMatch(/\b(draft|submitted|approved|paid|transition|evaluate|eligible|needs_review|region_admin)\b|（reviewer）/);
  expect(await page.getByRole('alert').filter({ hasText: '仅管理员' }).count()).toBe(0);
  await shot(page, 'claim-history');
}
