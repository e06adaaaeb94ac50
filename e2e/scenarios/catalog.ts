// A 包头 administrator raises the 焊工 五级 standard in the catalog editor, sees the diff, and publishes it.
import type { Page } from 'playwright-core';
import { open, shot } from '../browser.js';
import { press, see } from '../ui.js';

export async function catalogScenario(page: Page, base: string): Promise<void> {
  await open(page, base, '/configs');
  await press(page, '编辑本级培训目录');
  await see(page, '包头市职业技能培训需求指导目录');
  const standard = page.getByTestId('std-6-18-02-04-5');
  await standard.fill('2000.00');
  await standard.press('Tab');
  await see(page, '本级覆盖');
  await shot(page, 'catalog-editor');
  await press(page, '保存草稿');
  await see(page, '草稿已保存，请核对后发布');
  await press(page, '发布');
  await see(page, '发布后将有以下变化');
  await see(page, '¥1,800.00 → ¥2,000.00');
  await shot(page, 'catalog-publish-diff');
  await press(page, '确认发布');
  await see(page, '已发布');
  await shot(page, 'catalog-published');
}
