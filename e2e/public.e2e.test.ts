// The public site in Chromium on a phone (390×844): every page in Chinese and in vertical Mongolian, a wish sent from the form, status after the code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkCharacter } from '../core/validation/resident-id.js';
import { personalData } from '../core/public/test-kit.js';
import { cspViolations, SCREENSHOTS, watchCsp } from './browser.js';
import { useE2eSession } from './session.js';

const PAGES: Array<[name: string, path: string]> = [
  ['home', '/public/'], ['guide', '/public/guide?region=150203'], ['cases', '/public/cases'], ['case', '/public/cases/150200/baotou-welding-returnees'],
  ['figures', '/public/figures'], ['classes', '/public/classes?near=150203'], ['wish', '/public/wish'], ['status', '/public/status'],
];

/** How the page is laid out and whether the Mongolian font is in use (no tofu: the glyphs come from Noto Sans Mongolian). */
async function layout(page: Page) {
  return page.evaluate(`(async () => {
    await document.fonts.ready;
    const h1 = document.querySelector('h1').getBoundingClientRect();
    const header = document.querySelector('header.top').getBoundingClientRect();
    const main = document.querySelector('main').getBoundingClientRect();
    const mongolian = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans Mongolian');
    const text = document.body.innerText;
    return {
      writingMode: getComputedStyle(document.body).writingMode,
      h1Tall: h1.height > h1.width,
      mainRightOfHeader: main.left >= header.right - 1,
      fontLoaded: mongolian.some((f) => f.status === 'loaded'),
      coversText: document.fonts.check('16px "Noto Sans Mongolian"', 'ᠮᠣᠩᠭᠣᠯ ᠰᠤᠷᠭᠠᠯᠲᠠ'),
      hasMongolian: /[\\u1820-\\u18AF]/.test(text),
      hasChinese: /[\\u4e00-\\u9fff]/.test(text),
      lang: document.documentElement.lang,
    };
  })()`) as Promise<Record<string, unknown>>;
}

/** The fonts Chromium actually drew an element's text with (DevTools' 「Rendered Fonts」), family → glyphs. */
async function renderedFonts(page: Page, selector: string): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return Object.fromEntries(fonts.map((f) => [f.familyName, f.glyphCount]));
}

describe('public site on a phone', () => {
  // The public site needs no console; fewer demo workers are enough for its pages.
  const e2e = useE2eSession({ console: false, workers: 120 });
  const texts: string[] = [];

  const phone = async (): Promise<Page> => {
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    watchCsp(page);
    page.on('response', async (r) => { if (r.url().includes('/public') && r.request().resourceType() !== 'font') texts.push(await r.text().catch(() => '')); });
    return page;
  };

  for (const [name, url] of PAGES) {
    it(`shows ${name} in Chinese, then in vertical Mongolian with the served font`, async () => {
      const page = await phone();
      await page.goto(`${e2e.server.url}${url}`);
      const zh = await layout(page);
      // The switch names the other language in its own script: drawn with the served font, not as boxes.
      expect(zh).toMatchObject({ writingMode: 'horizontal-tb', lang: 'zh-CN', hasChinese: true, hasMongolian: true, fontLoaded: true });
      expect(Object.keys(await renderedFonts(page, 'a.lang'))).toEqual(['Noto Sans Mongolian']);
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `public-${name}-zh.png`) });
      await page.locator('a.lang').click();
      await page.waitForURL(/lang=mn/);
      const mn = await layout(page);
      expect(mn).toMatchObject({ writingMode: 'vertical-lr', lang: 'mn-Mong', h1Tall: true, mainRightOfHeader: true, fontLoaded: true, coversText: true, hasMongolian: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `public-${name}-mn.png`) });
      await page.context().close();
    });
  }

  it('sends a wish from the form; the worker then reads its status after the code sent to their phone', async () => {
    const first17 = '15020319910704123';
    const id = first17 + checkCharacter(first17);
    const page = await phone();
    await page.goto(`${e2e.server.url}/public/wish`);
    await page.fill('#id_number', id.slice(0, 17) + (id[17] === '1' ? '2' : '1'));
    await page.fill('#name', '示例·浏览器登记');
    await page.fill('#phone', '13712345678');
    await page.selectOption('#region_code', '150203');
    await page.selectOption('#category', 'returnee');
    await page.locator('input[name=consent]').check();
    await page.locator('#wish button[type=submit]').click();
    await page.locator('#wish .result.error').waitFor();
    await page.fill('#id_number', id);
    await page.locator('#wish button[type=submit]').click();
    await page.locator('#wish .result:not(.error)').filter({ hasText: '登记成功' }).waitFor();
    const receipt = await page.locator('#wish .result').innerText();
    const reference = /W\d+/.exec(receipt)![0];
    const knex = e2e.server.built.services.db.knex;
    const wish = await knex('intentions').where({ id: Number(reference.slice(1)) }).first();
    expect(wish).toMatchObject({ channel: 'app', region_code: '150203', status: 'open' });

    await page.goto(`${e2e.server.url}/public/status`);
    await page.fill('#id_number', id);
    await page.locator('[data-send]').click();
    await page.locator('#status .result').filter({ hasText: '验证码' }).waitFor();
    expect(await page.locator('#status-answer table').count()).toBe(0);
    const sms = await knex('sms_outbox').orderBy('id', 'desc').first();
    const code = /(\d{6})/.exec(sms.body)![1];
    await page.fill('#code', code);
    await page.locator('#status button[type=submit]').click();
    await page.locator('#status-answer table').first().waitFor();
    expect(await page.locator('#status-answer').innerText()).toContain(reference);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'public-status-answer-zh.png') });
    await page.context().close();
  });

  it('serves under 100 kB of gzipped script, no CSP violation, and no personal data in any page or answer', async () => {
    const js = fs.readFileSync(path.join(process.cwd(), 'core/public/site/assets/site.js'));
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(js).length).toBeLessThan(100 * 1024);
    expect(cspViolations).toEqual([]);
    const leaks = texts.flatMap((t) => personalData(t, ['示例·浏览器登记']));
    expect(leaks).toEqual([]);
    expect(texts.length).toBeGreaterThan(20);
  });
});
