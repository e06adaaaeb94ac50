// The console under its Content-Security-Policy: a region form validated in Chinese without eval, the API docs, a revealed contact
// phone, and a user whose password an administrator set changing it at first sign-in. Screenshots in e2e/screenshots/.
import { describe, expect, it } from 'vitest';
import { cspViolations, shot, watchCsp } from './browser.js';
import { useE2eSession } from './session.js';
import { see } from './ui.js';

describe('security in the console', () => {
  const e2e = useE2eSession();

  it('sends a user whose password an administrator set to 修改密码 first, then to the dashboard', async () => {
    const { services } = e2e.server.built;
    const admin = await services.db.knex('users').where({ username: 'admin' }).first();
    const ctx = { user: { ...admin, region_path: '/150000/' }, requestId: 'e2e', ip: null };
    await services.resources.get('users').create(ctx, { username: 'e2e_newcomer', display_name: '新来的审核员', role: 'reviewer', region_code: '150200', password: 'Orkhon-Gate-52#Vd' });
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    watchCsp(page);
    await page.goto(`${e2e.server.url}/`);
    await page.locator('input[name="username"]').fill('e2e_newcomer');
    await page.locator('input[name="password"]').fill('Orkhon-Gate-52#Vd');
    await page.locator('button[type="submit"]').click();
    await see(page, '请先设置一个只有您自己知道的新密码');
    await shot(page, 'change-password-first-login');
    await page.locator('input[name="current_password"]').fill('Orkhon-Gate-52#Vd');
    await page.locator('input[name="new_password"]').fill('password123');
    await page.locator('input[name="confirm"]').fill('password123');
    await page.locator('button[type="submit"]').click();
    await see(page, '密码至少需要 12 个字符');
    await page.locator('input[name="new_password"]').fill('Ulaanbaatar-Road-71#Kc');
    await page.locator('input[name="confirm"]').fill('Ulaanbaatar-Road-71#Kc');
    await page.locator('button[type="submit"]').click();
    await see(page, '工作概览');
    expect((await services.db.knex('users').where({ username: 'e2e_newcomer' }).first('must_change_password')).must_change_password).toBeFalsy();
    await context.close();
  });

  it('validates a region form as the clerk types, in Chinese, with no code evaluated', async () => {
    const page = await e2e.as('admin');
    const worker = await e2e.server.built.services.db.knex('workers').where('region_code', 'like', '1502%').first('id');
    await page.goto(`${e2e.server.url}/#/workers/${worker.id}`);
    const years = page.getByLabel('外出务工年限（年）');
    await years.waitFor({ timeout: 30_000 });
    await years.fill('99');
    await see(page, '不能大于 50');
    await shot(page, 'region-form-under-csp');
    await page.context().close();
  });

  it('reveals an institution contact phone to an administrator on request', async () => {
    const page = await e2e.as('admin');
    const inst = await e2e.server.built.services.db.knex('institutions').orderBy('id').first('id');
    await page.goto(`${e2e.server.url}/#/institutions/${inst.id}/show`);
    await see(page, '047*****0000');
    await page.getByRole('button', { name: '显示完整信息' }).click();
    await see(page, '联系电话：0471-0000000');
    await page.context().close();
  });

  it('serves the API docs (swagger-ui) under the same policy', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    watchCsp(page);
    const reply = await page.goto(`${e2e.server.url}/api/docs`);
    expect(reply?.headers()['content-security-policy']).toContain("script-src 'self'");
    await see(page, 'Steppe API');
    await see(page, '/api/auth/login');
    await context.close();
  });

  it('ran every page above without a Content-Security-Policy refusal', () => {
    expect(cspViolations).toEqual([]);
  });
});
