// The console opens fast and never loops: a cold load shows the sign-in form in under a second, a stale token goes straight
// to it, and the JavaScript of the first page (< 250 kB gzipped) and the dashboard (< 400 kB) stay under their limits,
// served pre-compressed with hashed files cached for good. Figures are printed; screenshots in e2e/screenshots/.
import { describe, expect, it } from 'vitest';
import { cspViolations, shot } from './browser.js';
import { assetBytes, formShownAt, gzipKb, preloadedChunks, pushStates, watchedPage } from './loading.js';
import { DEMO_PASSWORD } from './server.js';
import { useE2eSession } from './session.js';
import { see } from './ui.js';

const COLD_LOAD_MS = 1000;
const LOGIN_KB = 250;
const DASHBOARD_KB = 400;

describe('console loading', () => {
  const e2e = useE2eSession({
    // One load first, so the figures below measure the page and not the server's first start.
    setup: async ({ server, browser }) => {
      const warm = await watchedPage(browser);
      await warm.page.goto(`${server.url}/`);
      await warm.context.close();
    },
  });

  const signInOn = async (page: import('playwright-core').Page, username: string) => {
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
  };

  it('shows the sign-in form of a cold browser in under a second, without a redirect loop', async () => {
    const { page, context, scripts } = await watchedPage(e2e.browser);
    await page.goto(`${e2e.server.url}/`);
    await page.locator('input[name="username"]').waitFor();
    const ms = await formShownAt(page);
    console.log(`cold load: sign-in form after ${Math.round(ms!)} ms; scripts ${[...scripts.keys()].join(', ')} = ${gzipKb(scripts.keys())} kB gzipped`);
    expect(ms).toBeLessThan(COLD_LOAD_MS);
    expect(await pushStates(page)).toBe(0);
    expect(page.url()).toMatch(/#\/login$/);
    await shot(page, 'login-cold');
    await context.close();
  });

  it('keeps the first page under 250 kB and the dashboard under 400 kB of gzipped JavaScript, served compressed and cached', async () => {
    const { page, context, scripts } = await watchedPage(e2e.browser);
    await page.goto(`${e2e.server.url}/`);
    await page.locator('input[name="username"]').waitFor();
    await page.waitForLoadState('networkidle');
    const login = gzipKb(scripts.keys());
    const atLogin = new Set(scripts.keys());
    await signInOn(page, 'baotou_admin');
    await see(page, '工作概览');
    await page.getByRole('img', { name: /补贴申请（按状态）/ }).waitFor();
    await page.waitForLoadState('networkidle');
    const dashboard = gzipKb(scripts.keys());
    console.log(`JavaScript gzipped: sign-in page ${login} kB (limit ${LOGIN_KB}), dashboard ${dashboard} kB (limit ${DASHBOARD_KB})`);
    expect(login).toBeLessThan(LOGIN_KB);
    expect(dashboard).toBeLessThan(DASHBOARD_KB);
    // Nothing the sign-in page does not run is preloaded; the charts come with the dashboard only.
    for (const chunk of preloadedChunks()) expect(atLogin.has(chunk), `${chunk} preloaded but not used`).toBe(true);
    expect([...atLogin].some((f) => f.startsWith('Dashboard-'))).toBe(false);
    for (const [file, { encoding, cacheControl }] of scripts) {
      // Files under 1 kB are sent as they are: compressing them would not make them smaller.
      if (assetBytes(file) >= 1024) expect(encoding, file).toMatch(/^(br|gzip)$/);
      expect(cacheControl, file).toBe('public, max-age=31536000, immutable');
    }
    await shot(page, 'dashboard-loaded');
    await context.close();
  });

  it('opens a list without the dashboard’s charts', async () => {
    const { page, context, scripts } = await watchedPage(e2e.browser);
    await page.goto(`${e2e.server.url}/#/claims`);
    await signInOn(page, 'baotou_reviewer');
    await page.waitForURL(/#\/claims/);
    await page.getByRole('heading', { name: '补贴申请' }).first().waitFor({ timeout: 30_000 });
    expect([...scripts.keys()].some((f) => f.startsWith('Dashboard-'))).toBe(false);
    console.log(`claims list: ${gzipKb(scripts.keys())} kB gzipped JavaScript`);
    await context.close();
  });

  it('sends a stale token straight to the sign-in form, and signs in to the page asked for', async () => {
    const { page, context } = await watchedPage(e2e.browser);
    await page.goto(`${e2e.server.url}/`);
    await page.evaluate(() => {
      localStorage.setItem('steppe:token', 'expired-or-revoked');
      localStorage.setItem('steppe:user', JSON.stringify({ id: 1, username: 'baotou_admin', display_name: '过期', role: 'region_admin', region_code: '150200', institution_id: null }));
    });
    await page.goto('about:blank');
    await page.goto(`${e2e.server.url}/#/workers`);
    await page.locator('input[name="username"]').waitFor();
    const ms = await formShownAt(page);
    console.log(`stale token: sign-in form after ${Math.round(ms!)} ms`);
    // The token is asked about once (GET /api/auth/me) before the form: no page of the console is tried with it.
    expect(ms).toBeLessThan(2 * COLD_LOAD_MS);
    expect(await pushStates(page)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => localStorage.getItem('steppe:token'))).toBeNull();
    await signInOn(page, 'baotou_admin');
    await page.waitForURL(/#\/workers/);
    await page.getByRole('heading', { name: '劳动者' }).first().waitFor({ timeout: 30_000 });
    await context.close();
  });

  it('hands a session revoked mid-work, and a logout, back to the sign-in form once', async () => {
    const { page, context } = await watchedPage(e2e.browser);
    await page.goto(`${e2e.server.url}/`);
    await signInOn(page, 'baotou_admin');
    await see(page, '工作概览');
    await e2e.server.built.services.db.knex('sessions').delete();
    const before = await pushStates(page);
    await page.goto(`${e2e.server.url}/#/programs`);
    await page.locator('input[name="username"]').waitFor({ timeout: 5000 });
    expect((await pushStates(page)) - before).toBeLessThan(5);
    await signInOn(page, 'baotou_admin');
    await see(page, '工作概览');
    await page.getByRole('button', { name: '个人信息' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.locator('input[name="username"]').waitFor({ timeout: 5000 });
    expect(page.url()).toMatch(/#\/login$/);
    await context.close();
  });

  it('ran every page above without a Content-Security-Policy refusal', () => {
    expect(cspViolations).toEqual([]);
  });
});
