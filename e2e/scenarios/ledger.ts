// A 包头 clerk opens the 培训需求台账 from the menu, narrows it to one channel and exports exactly what is listed.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { shot } from '../browser.js';
import { choose, press, see } from '../ui.js';

export async function ledgerScenario(page: Page, expectedRows: number): Promise<string> {
  await page.getByRole('menuitem', { name: '培训需求台账' }).click();
  await see(page, '登记时表示有培训意愿的劳动者');
  await see(page, '已安置');
  await shot(page, 'ledger-training');
  await choose(page, '采集渠道', '人社服务站');
  await see(page, `共 ${expectedRows} 条`);
  const download = page.waitForEvent('download');
  await press(page, '导出 Excel');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^培训需求台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(await file.path()) as unknown as ArrayBuffer);
  // One header row, then one row per wish of the ledger and the channel.
  expect(book.worksheets[0].actualRowCount - 1).toBe(expectedRows);
  await shot(page, 'ledger-training-filtered');
  return file.suggestedFilename();
}
