// What a page downloads and when it shows: the scripts it ran (with their pre-compressed gzip size on disk) and history calls.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../core/paths.js';
import { watchCsp } from './browser.js';

const ASSETS = path.join(ROOT, 'admin-ui', 'dist', 'assets');

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Each script the page loaded: file name, content-encoding and cache-control as served. */
  scripts: Map<string, { encoding: string; cacheControl: string }>;
}

/** A fresh browser context (empty cache, own storage) whose page counts history.pushState calls and notes when the sign-in form appears. */
export async function watchedPage(browser: Browser, viewport = { width: 1366, height: 768 }): Promise<Watched> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  watchCsp(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __pushes: number; __formShownAt: number | null };
    w.__pushes = 0;
    w.__formShownAt = null;
    const push = history.pushState.bind(history);
    history.pushState = (...args: Parameters<History['pushState']>) => { w.__pushes++; return push(...args); };
    new MutationObserver((_records, observer) => {
      if (document.querySelector('input[name="username"]')) { w.__formShownAt = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  const scripts = new Map<string, { encoding: string; cacheControl: string }>();
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js')) scripts.set(path.basename(url.pathname), { encoding: r.headers()['content-encoding'] ?? '', cacheControl: r.headers()['cache-control'] ?? '' });
  });
  return { page, context, scripts };
}

/** Milliseconds from the start of navigation to the sign-in form in the page (null: never shown). */
export const formShownAt = (page: Page) => page.evaluate(() => (window as unknown as { __formShownAt: number | null }).__formShownAt);
export const pushStates = (page: Page) => page.evaluate(() => (window as unknown as { __pushes: number }).__pushes);

/** Gzipped size in kB of the scripts named (the build's .gz copies, which the server sends to a browser asking for gzip). */
export function gzipKb(files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) {
    const gz = path.join(ASSETS, `${file}.gz`);
    // Below the compression threshold (1 kB) no copy is written: the file itself is smaller than any gzip of it.
    bytes += fs.statSync(fs.existsSync(gz) ? gz : path.join(ASSETS, file)).size;
  }
  return Math.round(bytes / 102.4) / 10;
}

/** The size of a built asset as it is on disk, uncompressed. */
export const assetBytes = (file: string) => fs.statSync(path.join(ASSETS, file)).size;

/** The modulepreload links of the console's index.html. */
export function preloadedChunks(): string[] {
  const html = fs.readFileSync(path.join(ROOT, 'admin-ui', 'dist', 'index.html'), 'utf8');
  return [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1]);
}
