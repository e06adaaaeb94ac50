// Debian's Chromium driven by playwright-core (never `playwright install`): sign in, wait for text, save screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../core/paths.js';

export const SCREENSHOTS = path.join(ROOT, 'e2e', 'screenshots');

/** What the browser refused under the Content-Security-Policy while the tests ran (each test file checks it stays empty). */
export const cspViolations: string[] = [];

/** Records every CSP refusal the page reports (an inline script, an eval, a foreign origin). */
export function watchCsp(page: Page): void {
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/.test(m.text())) cspViolations.push(`${page.url()}: ${m.text()}`);
  });
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // --lang: the clerk's browser language (dates read 年/月/日 where Chromium's zh-CN locale is installed).
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--lang=zh-CN', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A phone as the console's phone tests hold it: 390×844, touch. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;

/** A fresh page (own storage) signed in as `username`, on the dashboard; a desktop screen unless `device` says otherwise. */
export async function signIn(browser: Browser, base: string, username: string, password: string, device: Partial<typeof PHONE> = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true, ...device });
  const page = await context.newPage();
  watchCsp(page);
  await page.goto(`${base}/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByText('工作概览').first().waitFor({ timeout: 30_000 });
  return page;
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.mouse.move(0, 0);
  // From the top with nothing focused, as a clerk first sees the page (the app bar hides on scroll; focus shows the skip link).
  await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur(); window.scrollTo(0, 0)');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Goes to a console route (react-admin's hash router). */
export async function open(page: Page, base: string, route: string): Promise<void> {
  await page.goto(`${base}/#${route}`);
}
