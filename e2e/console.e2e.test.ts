// The console in a real browser against the real API: menus per role, a class and an enrolment, a claim decided and its
// history, a catalog standard changed and published, a roster import that reports its bad row, a ledger exported,
// the reports regrouped and a comparison registry loaded. Screenshots in e2e/screenshots/.
import { describe, expect, it } from 'vitest';
import { cspViolations, shot } from './browser.js';
import { useE2eSession } from './session.js';
import { ROLE_MENUS } from './menus.js';
import { enrolScenario } from './scenarios/enrol.js';
import { reviewScenario } from './scenarios/review.js';
import { catalogScenario } from './scenarios/catalog.js';
import { importScenario } from './scenarios/import.js';
import { editorsScenario } from './scenarios/editors.js';
import { historyScenario } from './scenarios/history.js';
import { ledgerScenario } from './scenarios/ledger.js';
import { reportsScenario } from './scenarios/reports.js';
import { registryScenario } from './scenarios/registry.js';
import { approvableBaotouClaim, baotouTrainingWishes, freeBaotouWorkerId, paidBaotouClaim } from './fixtures.js';
import { see } from './ui.js';
import { rosterCsv } from './roster.js';

describe('console', () => {
  const e2e = useE2eSession();
  const as = (username: string) => e2e.as(username);

  it('shows each role the menus it uses, and only those', async () => {
    for (const { username, shown, hidden } of ROLE_MENUS) {
      const page = await as(username);
      for (const name of shown) await expect(page.getByRole('menuitem', { name }).first().isVisible(), `${username}: ${name}`).resolves.toBe(true);
      for (const name of hidden) expect(await page.getByRole('menuitem', { name }).count(), `${username} must not see ${name}`).toBe(0);
      await shot(page, `menu-${username}`);
      await page.context().close();
    }
  });

  it('greets institution staff with their own institution', async () => {
    const page = await as('baotou_school');
    await see(page, '包头市示例钢铁技能培训中心工作概览');
    await shot(page, 'dashboard-institution');
    await page.context().close();
  });

  it('lets an institution open a class and enrol a worker', async () => {
    const page = await as('baotou_school');
    await enrolScenario(page, e2e.server.url, await freeBaotouWorkerId(e2e.server.built));
    await page.context().close();
  });

  it('lets a reviewer read why a claim was decided, and approve it', async () => {
    const page = await as('baotou_reviewer');
    await reviewScenario(page, e2e.server.url, await approvableBaotouClaim(e2e.server.built));
    await page.context().close();
  });

  it('lets a reviewer read a claim’s history without the audit trail', async () => {
    const page = await as('baotou_reviewer');
    await historyScenario(page, e2e.server.url, await paidBaotouClaim(e2e.server.built));
    await page.context().close();
  });

  it('lets a 包头 clerk open the 培训需求台账, narrow it and export what is listed', async () => {
    const page = await as('baotou_admin');
    await ledgerScenario(page, await baotouTrainingWishes(e2e.server.built, 'service_station'));
    await page.context().close();
    // The export carried the ledger's permanent filter with the clerk's own.
    const entry = await e2e.server.built.services.db.knex('audit_log').where({ action: 'export', resource: 'intentions' }).orderBy('seq', 'desc').first('changes');
    expect(JSON.parse(entry.changes).filter).toEqual({ wants_training: true, channel: 'service_station' });
  });

  it('lets an administrator read the reports by several groupings and export one', async () => {
    const page = await as('admin');
    await reportsScenario(page, e2e.server.url);
    await page.context().close();
  });

  it('lets an administrator load comparison data and see what was skipped', async () => {
    const page = await as('admin');
    await registryScenario(page, e2e.server.url);
    await page.context().close();
  });

  it('lets an administrator change a 包头 catalog standard and publish it', async () => {
    const page = await as('baotou_admin');
    await catalogScenario(page, e2e.server.url);
    await page.context().close();
    const effective = await e2e.server.built.services.configs.effective('150200', 'catalog', 'default', new Date().toISOString().slice(0, 10));
    expect(effective?.body.entries.find((e) => e.code === '6-18-02-04')?.levels['5']?.standard_fen).toBe(200000);
  });

  it('shows rules in words beside their JSON, checked as typed, and previews a form', async () => {
    const { knex } = e2e.server.built.services.db;
    const doc = (kind: string, key: string) => knex('configs').where({ node_code: '150000', kind, key, state: 'published' }).first('id');
    const page = await as('admin');
    await editorsScenario(page, e2e.server.url, (await doc('ruleset', 'training')).id, (await doc('form', 'worker')).id);
    await page.context().close();
  });

  it('imports a roster and reports its one bad row', async () => {
    const page = await as('baotou_admin');
    await importScenario(page, e2e.server.url, rosterCsv());
    await page.context().close();
  });

  it('ran every page above under the Content-Security-Policy without a refusal', () => {
    expect(cspViolations).toEqual([]);
  });
});
