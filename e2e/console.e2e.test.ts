// The console in a real browser against the real API: menus per role, a class and an enrolment, a claim decided,
// a catalog standard changed and published, and a roster import that reports its bad row. Screenshots in e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, shot, signIn } from './browser.js';
import { ADMIN_PASSWORD, DEMO_PASSWORD, startServer, type RunningServer } from './server.js';
import { ROLE_MENUS } from './menus.js';
import { enrolScenario } from './scenarios/enrol.js';
import { reviewScenario } from './scenarios/review.js';
import { catalogScenario } from './scenarios/catalog.js';
import { importScenario } from './scenarios/import.js';
import { editorsScenario } from './scenarios/editors.js';
import { approvableBaotouClaim, freeBaotouWorkerId } from './fixtures.js';
import { rosterCsv } from './roster.js';

describe('console', () => {
  let server: RunningServer;
  let browser: Browser;
  const as = (username: string) => signIn(browser, server.url, username, username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD);

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows each role the menus it uses, and only those', async () => {
    for (const { username, shown, hidden } of ROLE_MENUS) {
      const page = await as(username);
      for (const name of shown) await expect(page.getByRole('menuitem', { name }).first().isVisible(), `${username}: ${name}`).resolves.toBe(true);
      for (const name of hidden) expect(await page.getByRole('menuitem', { name }).count(), `${username} must not see ${name}`).toBe(0);
      await shot(page, `menu-${username}`);
      await page.context().close();
    }
  });

  it('lets an institution open a class and enrol a worker', async () => {
    const page = await as('baotou_school');
    await enrolScenario(page, server.url, await freeBaotouWorkerId(server.built));
    await page.context().close();
  });

  it('lets a reviewer read why a claim was decided, and approve it', async () => {
    const page = await as('baotou_reviewer');
    await reviewScenario(page, server.url, await approvableBaotouClaim(server.built));
    await page.context().close();
  });

  it('lets an administrator change a 包头 catalog standard and publish it', async () => {
    const page = await as('baotou_admin');
    await catalogScenario(page, server.url);
    await page.context().close();
    const effective = await server.built.services.configs.effective('150200', 'catalog', 'default', new Date().toISOString().slice(0, 10));
    expect(effective?.body.entries.find((e: { code: string }) => e.code === '6-18-02-04').levels['5'].standard_fen).toBe(200000);
  });

  it('shows rules in words beside their JSON, checked as typed, and previews a form', async () => {
    const { knex } = server.built.services.db;
    const doc = (kind: string, key: string) => knex('configs').where({ node_code: '150000', kind, key, state: 'published' }).first('id');
    const page = await as('admin');
    await editorsScenario(page, server.url, (await doc('ruleset', 'training')).id, (await doc('form', 'worker')).id);
    await page.context().close();
  });

  it('imports a roster and reports its one bad row', async () => {
    const page = await as('baotou_admin');
    await importScenario(page, server.url, rosterCsv());
    await page.context().close();
  });
});
