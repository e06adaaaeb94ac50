// The console in Mongolian (menus, claim decision) and a typical case from draft through review to the public site.
import { describe, expect, it } from 'vitest';
import { cspViolations, open, shot } from './browser.js';
import { useE2eSession } from './session.js';

const MONGOLIAN = /[\u1820-\u18AF]/;

describe('console: Mongolian and typical cases', () => {
  const e2e = useE2eSession();

  it('switches a reviewer\'s menus and claim-decision page to Mongolian, drawn with the served font', async () => {
    const knex = e2e.server.built.services.db.knex;
    const claim = await knex('claims').where({ region_code: '150203' }).whereNotNull('decision').whereIn('state', ['submitted', 'under_review']).first('id')
      ?? await knex('claims').whereLike('region_code', '1502%').whereNotNull('decision').first('id');
    const page = await e2e.as('baotou_reviewer');
    await page.getByRole('button', { name: /中文/ }).first().click();
    await page.getByRole('menuitem', { name: 'ᠮᠣᠩᠭᠣᠯ' }).click();
    await page.getByText('ᠲᠡᠲᠭᠦᠯᠭᠡ ᠪᠠ ᠰᠠᠩ').first().waitFor();
    await open(page, e2e.server.url, `/claims/${claim.id}/show/decision`);
    await page.getByText('ᠳᠦᠷᠢᠮ ᠦᠨ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠮᠥᠩᠭᠥ').first().waitFor();
    const fonts = await page.evaluate(`(async () => { await document.fonts.ready; return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans Mongolian').map((f) => f.status); })()`) as string[];
    expect(fonts).toContain('loaded');
    expect(await page.locator('nav, .RaMenu-root, .MuiDrawer-root').first().innerText()).toMatch(MONGOLIAN);
    await shot(page, 'console-claim-decision-mn');
    await page.context().close();
  });

  it('takes a typical case from draft through review (another admin approves) to the public site', async () => {
    const author = await e2e.as('baotou_admin');
    const services = e2e.server.built.services;
    const ctx = { user: await services.db.knex('users').where({ username: 'baotou_admin' }).first().then((u: any) => ({ ...u, region_path: '/150000/150200/' })), requestId: 'e2e', ip: null };
    const draft = await services.resources.get('configs').create(ctx as never, {
      node_code: '150200', kind: 'case', key: 'baotou-e2e-case', mode: 'base', title: '示例·浏览器审核的典型案例', effective_from: '2026-01-01', effective_to: null,
      body: { summary: '一名在岗农牧民工参加技能提升培训。', sections: [{ heading: '经过', text: '某某参加了岗位技能提升培训。' }], outcome: '晋升为中级工。（示例数据）' },
    });
    await open(author, e2e.server.url, `/configs/${draft.id}/show`);
    await author.getByRole('button', { name: '提交审核' }).click();
    await author.getByText('已提交审核').first().waitFor();
    await shot(author, 'console-case-submitted');
    expect(await author.getByRole('button', { name: '审核通过并发布' }).count()).toBe(1);
    await author.getByRole('button', { name: '审核通过并发布' }).click();
    await author.getByRole('dialog').getByRole('button', { name: /确认|Confirm/ }).click();
    await author.getByText('不能审核自己提交的典型案例').first().waitFor();
    await author.context().close();

    const checker = await e2e.as('admin');
    await open(checker, e2e.server.url, `/configs/${draft.id}/show`);
    await checker.getByRole('button', { name: '审核通过并发布' }).click();
    await checker.getByRole('dialog').getByRole('button', { name: /确认|Confirm/ }).click();
    await checker.getByText('审核通过，已发布').first().waitFor();
    await checker.goto(`${e2e.server.url}/public/cases?region=150200`);
    await checker.getByText('示例·浏览器审核的典型案例').first().waitFor();
    await checker.context().close();
    expect(cspViolations).toEqual([]);
  });
});
