// Low-code configuration in a real browser, as 包头's administrator and without typing JSON: a parameter raised, a condition
// added to a rule and the amount cap raised in yuan, a required field and a reviewers-only field added to the worker form (seen
// on the merged preview), two rule-test cases written and run, a dry-run, the Chinese diff read, each published — then a new
// claim and a new worker follow the change, and the reviewers-only field is neither shown to nor writable by the administrator.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { open, shot } from './browser.js';
import { useE2eSession } from './session.js';
import { choose, press, see } from './ui.js';
import { insertTrainingClaim, insertWorker } from '../core/rules/testing/scenario.js';
import { idNumber } from '../core/test/fixtures.js';

/** A new draft through the create form: kind and key picked by their Chinese names. */
async function createDraft(page: Page, base: string, kind: string, key: string, title: string): Promise<void> {
  await open(page, base, '/configs/create');
  await choose(page, '文档类型', kind);
  await choose(page, '文档键', key);
  await page.getByLabel('标题').fill(title);
  await press(page, '保存');
  await see(page, '保存草稿');
}

/** From the editor to the show page, 发布, read the sentences of the diff, confirm. */
async function publish(page: Page, sentences: string | string[], name: string): Promise<void> {
  const id = page.url().match(/configs\/(\d+)/)![1];
  await page.goto(page.url().replace(/#.*$/, `#/configs/${id}/show`));
  await press(page, '发布');
  for (const sentence of ([] as string[]).concat(sentences)) await page.getByTestId('diff-sentences').getByText(sentence).waitFor({ timeout: 30_000 });
  await shot(page, name);
  await press(page, '确认发布');
  await see(page, '已发布');
}

describe('low-code configuration as 包头市人社局', () => {
  let page: Page;
  const e2e = useE2eSession({ setup: async (session) => { page = await session.as('baotou_admin'); } });

  it('raises the age limit through a parameter, with two rule-test cases run, a dry-run and a Chinese diff', async () => {
    await createDraft(page, e2e.server.url, '政策参数表', '本级文档', '包头市补贴政策参数（示例）');
    await see(page, '年龄上限');
    const row = page.locator('[data-param="age_max"]');
    await row.getByRole('button', { name: '修改取值' }).click();
    await row.getByLabel('新取值').fill('65');
    await row.getByRole('button', { name: '确定' }).click();
    await see(page, '本级设定的取值');
    await shot(page, 'lowcode-params-editor');
    await press(page, '保存草稿');
    await see(page, '草稿已保存');

    await page.getByRole('tab', { name: '规则测试' }).click();
    for (const [name, age, outcome] of [['63 周岁：包头市可以补贴', '63', '符合条件'], ['66 周岁：超过包头市年龄上限', '66', '不符合条件']] as const) {
      await press(page, '新增案例');
      await page.getByLabel('案例名称').fill(name);
      await press(page, '＋ 输入项');
      await choose(page, '输入项', '身份证信息 · 申请日年龄（周岁）');
      await page.getByRole('spinbutton', { name: '取值' }).fill(age);
      await choose(page, '预期结果', outcome);
      await press(page, '加入案例');
      await see(page, name);
    }
    await press(page, '保存测试案例');
    await see(page, '已保存为新版本（共 2 个案例）');
    await press(page, '运行测试');
    await see(page, '规则测试：2 个通过，0 个未通过');
    await shot(page, 'lowcode-rule-tests');

    await page.getByRole('tab', { name: '试算' }).click();
    await press(page, '试算');
    await see(page, '共重新判定');
    await shot(page, 'lowcode-dry-run');

    await publish(page, '年龄上限由 60 周岁改为 65 周岁', 'lowcode-params-diff');
  });

  it('adds a condition to an inherited rule and raises the amount cap through the visual builder', async () => {
    await createDraft(page, e2e.server.url, '补贴规则集', '职业培训补贴', '包头市职业培训补贴规则（示例）');
    await see(page, '继承的规则（只读）');
    await shot(page, 'lowcode-rule-builder-inherited');
    await page.locator('[data-rule="working-age"]').getByRole('button', { name: '覆盖' }).click();
    const rule = page.locator('[data-rule="working-age"]').first();
    await rule.getByRole('button', { name: '＋ 条件', exact: true }).click();
    const added = rule.locator('.rule').last();
    await added.locator('.rule-fields [role="combobox"]').click();
    await page.getByRole('option', { name: '培训班 · 课时' }).click();
    await added.locator('.rule-operators [role="combobox"]').click();
    await page.getByRole('option', { name: '大于等于', exact: true }).click();
    await added.locator('.rule-value input').fill('40');
    await rule.getByLabel('政策依据').fill('包头市补贴性培训管理办法（示例）：课时不少于 40 学时');
    // The amount comes from the 自治区, read-only until 覆盖; the cap is typed in yuan.
    const amount = page.getByTestId('amount-editor');
    await amount.getByText('最高 5,000.00 元，按元取整').waitFor();
    await amount.getByRole('button', { name: '覆盖', exact: true }).click();
    await amount.getByLabel('封顶金额（元，不填为不封顶）').fill('6000');
    await amount.getByText('最高 6,000.00 元，按元取整').waitFor();
    await shot(page, 'lowcode-rule-builder');
    await press(page, '保存草稿');
    await see(page, '草稿已保存');
    await page.getByRole('tab', { name: 'JSON（开发人员）' }).click();
    await see(page, '"greaterThanInclusive"');
    await see(page, '"cap_fen": 600000');
    await shot(page, 'lowcode-rule-json');
    await publish(page, ['新增条件：课时 大于等于 40', '补贴封顶金额由 5,000.00 元 改为 6,000.00 元'], 'lowcode-rule-diff');
  });

  it('adds a required field and a reviewers-only field to the worker form and sees them on the merged preview', async () => {
    await createDraft(page, e2e.server.url, '表单', '劳动者登记', '包头市劳动者登记补充信息');
    await press(page, '新增字段');
    const field = page.locator('[data-field="field_1"]');
    await field.getByLabel('字段标题').fill('有钢铁行业从业经历');
    await field.getByLabel('字段名（英文）').fill('steel_experience');
    await choose(page, '类型', '是/否');
    await page.locator('[data-field="steel_experience"]').getByLabel('必填').check();
    // A second field only reviewers see: hidden from 包头's administrator on the worker form, and refused from them by the API.
    await press(page, '新增字段');
    await page.locator('[data-field="field_1"]').getByLabel('字段标题').fill('实地核查意见');
    await page.locator('[data-field="field_1"]').getByLabel('字段名（英文）').fill('site_note');
    await page.locator('[data-field="site_note"]').getByRole('combobox', { name: '可见角色（不选为全部）' }).click();
    await page.getByRole('option', { name: '审核员', exact: true }).click();
    await page.keyboard.press('Escape');
    const preview = page.getByTestId('merged-preview');
    await preview.getByText('有钢铁行业从业经历').first().waitFor({ timeout: 30_000 });
    await preview.getByText('民族').first().waitFor();
    await preview.getByText('实地核查意见').first().waitFor();
    await shot(page, 'lowcode-form-builder');
    await press(page, '保存草稿');
    await see(page, '草稿已保存');
    await publish(page, '「有钢铁行业从业经历」改为必填', 'lowcode-form-diff');
  });

  it('a new claim and a new worker follow the published change', async () => {
    const services = e2e.server.built.services;
    const today = services.today();
    // 63 on the claim date: under the 自治区's 60, within 包头's 65
    const birth = `${Number(today.slice(0, 4)) - 63}0101`;
    const worker = await insertWorker(services, { region: '150203', birth });
    const claim = await insertTrainingClaim(services, worker.id, { region: '150203', claimDate: today, start: '2024-03-04', end: '2024-04-12', hours: 120, attended: 120 });
    const token = await page.evaluate(() => localStorage.getItem('steppe:token'));
    const api = (method: string, url: string, body?: unknown) => fetch(`${e2e.server.url}/api${url}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined })
      .then(async (r) => ({ status: r.status, body: await r.json() }));
    const decision = await api('POST', `/claims/${claim.claimId}/evaluate`);
    expect(decision.status, JSON.stringify(decision.body)).toBe(200);
    const age = decision.body.rules.find((r: { id: string }) => r.id === 'working-age');
    expect(age.passed).toBe(true);
    expect(age.conditions.map((c: { message: string }) => c.message)).toEqual(expect.arrayContaining([
      expect.stringContaining('年龄上限（包头市政策参数第 1 版'), expect.stringMatching(/^课时 120 大于等于 40：符合$/),
    ]));

    const refused = await api('POST', '/workers', { id_number: idNumber('150203', '19800101'), name: '示例·新登记人员', region_code: '150203', category: 'rural_transfer', phone: '13812345678', traits: [], extra: {} });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('有钢铁行业从业经历');
    const created = await api('POST', '/workers', { id_number: idNumber('150203', '19800101'), name: '示例·新登记人员', region_code: '150203', category: 'rural_transfer', phone: '13812345678', traits: [], extra: { steel_experience: true } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const sneaked = await api('POST', '/workers', { id_number: idNumber('150203', '19800102'), name: '示例·新登记人员', region_code: '150203', category: 'rural_transfer', phone: '13812345678', traits: [], extra: { steel_experience: true, site_note: '已核查' } });
    expect(sneaked.status).toBe(400);
    expect(sneaked.body.message).toContain('「实地核查意见」（extra.site_note）仅限审核员填写');
    // On the worker's page the administrator sees 包头's required field, not the reviewers' one.
    await page.goto(`${e2e.server.url}/#/workers/${created.body.id}`);
    await page.getByText('有钢铁行业从业经历').first().waitFor({ timeout: 30_000 });
    expect(await page.getByText('实地核查意见').count()).toBe(0);
    await shot(page, 'lowcode-role-hidden-field');
  });
});
