// A reviewer opens a submitted claim, reads why the rules decided what they did, and approves it from a fund source.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { open, shot } from '../browser.js';
import { choose, press, see } from '../ui.js';

export async function reviewScenario(page: Page, base: string, claimId: number): Promise<void> {
  await open(page, base, '/claims');
  await see(page, '补贴申请');
  await shot(page, 'claims-list');
  await open(page, base, `/claims/${claimId}/show/decision`);
  await see(page, '规则核对');
  await see(page, '规则核定金额');
  await shot(page, 'claim-decision');

  await press(page, '批准');
  await see(page, `批准申请 #${claimId}`);
  await choose(page, '资金来源', '就业补助资金');
  await shot(page, 'claim-approve-dialog');
  await page.getByRole('dialog').getByRole('button', { name: '批准', exact: true }).click();
  await see(page, '已批准，金额已在预算中预留');
  await open(page, base, `/claims/${claimId}/show/review`);
  await see(page, '审核通过');
  await shot(page, 'claim-approved');
  expect(await page.getByRole('button', { name: '批准', exact: true }).count()).toBe(0);
}
