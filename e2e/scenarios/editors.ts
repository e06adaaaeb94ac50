// An administrator starts a draft of the 自治区 training rules: conditions read in Chinese beside the JSON, checked as typed,
// then the rule tests and a dry-run on their tabs; and a draft of a form, previewed live beside its JSON.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { open, shot } from '../browser.js';
import { press, see } from '../ui.js';

export async function editorsScenario(page: Page, base: string, rulesetId: number, formId: number): Promise<void> {
  await open(page, base, `/configs/${rulesetId}/show`);
  await press(page, '基于此版本新建草稿');
  await page.getByRole('tab', { name: 'JSON（开发人员）' }).click();
  await see(page, '申请日年龄（周岁） 小于等于 年龄上限（周岁）');
  await see(page, '校验通过');
  const body = page.getByTestId('json-body');
  const original = await body.inputValue();
  await body.fill(original.replace('"rules": [', '"rules": [ {"id": "x"},'));
  await see(page, '处问题');
  await shot(page, 'rules-editor');
  await body.fill(original.replace('"cap_fen": 500000', '"cap_fen": 150000'));
  await see(page, '校验通过');
  await press(page, '保存草稿');
  await see(page, '草稿已保存');
  await page.getByRole('tab', { name: '规则测试' }).click();
  // The shipped cases' inputs read in words, not as codes or JSON.
  await see(page, '人员类别 = 脱贫劳动力');
  expect(await page.getByText('"poverty_exited"').count()).toBe(0);
  await press(page, '运行测试');
  // The shipped case 「目录标准高于封顶额：按 5000 元封顶」 expects the old cap: lowering it to 1500 元 fails that one case.
  await see(page, '1 个未通过');
  await see(page, '✘ 目录标准高于封顶额');
  await page.getByRole('tab', { name: '试算' }).click();
  await press(page, '试算');
  await see(page, '共重新判定');
  await shot(page, 'rules-tools');

  await open(page, base, `/configs/${formId}/show`);
  await press(page, '基于此版本新建草稿');
  await page.getByRole('tab', { name: 'JSON（开发人员）' }).click();
  await see(page, '表单预览');
  await see(page, '民族');
  await shot(page, 'form-editor');
}
