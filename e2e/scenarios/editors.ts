// An administrator starts a draft of the 自治区 training rules: conditions read in Chinese, JSON checked as typed;
// and a draft of a form, previewed live.
import type { Page } from 'playwright-core';
import { open, shot } from '../browser.js';
import { press, see } from '../ui.js';

export async function editorsScenario(page: Page, base: string, rulesetId: number, formId: number): Promise<void> {
  await open(page, base, `/configs/${rulesetId}/show`);
  await press(page, '基于此版本新建草稿');
  await see(page, '申请日年龄（周岁） 介于 16～60');
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
  await press(page, '运行规则测试');
  await see(page, '测试通过');
  await press(page, '试算');
  await see(page, '共重新判定');
  await shot(page, 'rules-tools');

  await open(page, base, `/configs/${formId}/show`);
  await press(page, '基于此版本新建草稿');
  await see(page, '表单预览');
  await see(page, '民族');
  await shot(page, 'form-editor');
}
