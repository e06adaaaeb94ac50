// The console on a phone (390×844): lists as cards, a claim's decision page and the catalog editor as wide as the screen
// (nothing scrolls sideways), each role on the pages it uses; the desktop keeps its tables. Screenshots in e2e/screenshots/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cspViolations, open, PHONE, shot } from './browser.js';
import { useE2eSession } from './session.js';
import { approvableBaotouClaim } from './fixtures.js';
import { see } from './ui.js';

/** How wide the page is: more than the screen means the clerk scrolls the whole page sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** A list on the phone: its records as cards, no table, the page no wider than the screen. */
async function expectCards(page: Page, name: string): Promise<void> {
  await page.getByTestId('list-card').first().waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('list-card').count(), `${name}: cards`).toBeGreaterThan(0);
  expect(await page.locator('table').count(), `${name}: no table`).toBe(0);
  expect(await pageWidth(page), `${name}: page width`).toBeLessThanOrEqual(390);
  await shot(page, `phone-${name}`);
}

describe('console on a phone', () => {
  const e2e = useE2eSession();
  const onPhone = (username: string) => e2e.as(username, PHONE);

  it('shows a reviewer the claims as cards, and a claim’s decision within the screen, codes in words', async () => {
    const page = await onPhone('baotou_reviewer');
    expect(await pageWidth(page), 'dashboard width').toBeLessThanOrEqual(390);
    await open(page, e2e.server.url, '/claims');
    await expectCards(page, 'claims');
    const card = page.getByTestId('list-card').first();
    for (const label of ['补贴类型', '申请金额', '申请日期']) await expect(card.getByText(label).isVisible(), label).resolves.toBe(true);
    expect(await card.locator('.MuiChip-root').count(), 'status chip').toBe(1);
    // A tap on the card's title (the worker's name, a link in the table) opens the claim, not the worker.
    const title = await card.locator('a').first().boundingBox();
    await page.mouse.click(title!.x + 4, title!.y + title!.height / 2);
    await page.waitForURL(/#\/claims\/\d+\/show/);

    const claimId = await approvableBaotouClaim(e2e.server.built);
    await open(page, e2e.server.url, `/claims/${claimId}/show/decision`);
    await see(page, '规则核定金额');
    await see(page, '规则核对');
    // The rule on who may be trained lists the categories in words, not their codes.
    await page.getByText('属于农牧民工培训对象').first().click();
    await see(page, '农村转移劳动力、返乡农牧民工、脱贫劳动力、在岗农牧民工');
    expect(await page.locator('body').innerText()).not.toMatch(/rural_transfer|poverty_exited/);
    expect(await pageWidth(page), 'decision page width').toBeLessThanOrEqual(390);
    // The rule's comparisons stack as label–value lines rather than a five-column table.
    await expect(page.getByTestId('rows-stacked').filter({ hasText: '脱贫劳动力' }).first().isVisible(), 'conditions stacked').resolves.toBe(true);
    // The workflow buttons keep their words on a phone (react-admin's turn into icons, and these have none).
    await expect(page.getByRole('button', { name: '批准', exact: true }).first().innerText()).resolves.toBe('批准');
    await expect(page.getByRole('button', { name: '驳回', exact: true }).first().innerText()).resolves.toBe('驳回');
    await shot(page, 'phone-claim-decision');
    await page.context().close();
  });

  it('shows an administrator the workers as cards and the catalog editor within the screen', async () => {
    const page = await onPhone('baotou_admin');
    await open(page, e2e.server.url, '/workers');
    await expectCards(page, 'workers');
    await expect(page.getByTestId('list-card').first().getByText('人员类别').isVisible()).resolves.toBe(true);

    await open(page, e2e.server.url, '/catalog/150200');
    await see(page, '包头市职业技能培训需求指导目录');
    const standard = page.getByTestId('std-6-18-02-04-5');
    await standard.scrollIntoViewIfNeeded();
    // The standard's input shows the whole amount (it was clipped to 「180」 when the table squeezed it).
    expect((await standard.boundingBox())?.width ?? 0, 'standard input width').toBeGreaterThanOrEqual(60);
    await standard.fill('2000.00');
    await standard.press('Tab');
    await see(page, '本级覆盖');
    expect(await pageWidth(page), 'catalog editor width').toBeLessThanOrEqual(390);
    await shot(page, 'phone-catalog-editor');
    await page.context().close();
  });

  it('shows an institution its enrolments as cards', async () => {
    const page = await onPhone('baotou_school');
    await open(page, e2e.server.url, '/enrollments');
    await expectCards(page, 'enrollments');
    await page.context().close();
  });

  it('shows a reviewer a risk case’s evidence in words, within the screen', async () => {
    const { knex } = e2e.server.built.services.db;
    const found = await knex('risk_cases').where('region_code', 'like', '1502%').where({ check_id: 'profile-mismatch' }).first('id', 'evidence');
    const workerId = (typeof found.evidence === 'string' ? JSON.parse(found.evidence) : found.evidence).worker_id;
    const worker = await knex('workers').where({ id: workerId }).first('name');
    const page = await onPhone('baotou_reviewer');
    await open(page, e2e.server.url, `/risk_cases/${found.id}/show`);
    const evidence = page.getByTestId('risk-evidence');
    await evidence.getByText('开班时年龄（周岁）').waitFor({ timeout: 30_000 });
    await expect(evidence.getByText('人员条件与培训对象不符').isVisible()).resolves.toBe(true);
    // The person is named, not numbered: 「人员 示例·…」, not 「人员 #220」.
    await evidence.getByText(worker.name).first().waitFor({ timeout: 30_000 });
    expect(await evidence.innerText()).not.toMatch(/target-mismatch|rural_transfer|older|"|#\d/);
    expect(await pageWidth(page), 'risk case width').toBeLessThanOrEqual(390);
    await shot(page, 'phone-risk-case');
    await page.context().close();
  });

  it('keeps the table on a desktop screen', async () => {
    const page = await e2e.as('baotou_reviewer');
    await open(page, e2e.server.url, '/claims');
    await page.locator('table.RaDataTable-table').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('list-card').count()).toBe(0);
    await page.context().close();
  });

  it('ran every page above under the Content-Security-Policy without a refusal', () => {
    expect(cspViolations).toEqual([]);
  });
});
