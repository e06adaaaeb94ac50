// A 包头 administrator imports a roster of five rows, one with an unknown category: four are registered, the fifth reported.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { open, shot } from '../browser.js';
import { press, see } from '../ui.js';

export async function importScenario(page: Page, base: string, roster: Buffer): Promise<void> {
  await open(page, base, '/workers');
  await press(page, '导入花名册');
  await page.getByTestId('roster-file').setInputFiles({ name: '包头花名册.csv', mimeType: 'text/csv', buffer: roster });
  await press(page, '开始导入');
  await see(page, '共 5 行：成功导入 4 行，失败 1 行', 60_000);
  await see(page, '「人员类别」的值「外来务工」无法识别');
  await shot(page, 'import-result');
  const download = page.waitForEvent('download');
  await press(page, '下载失败行（Excel）');
  expect((await download).suggestedFilename()).toContain('失败行');
}
