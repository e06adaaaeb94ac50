// An institution clerk opens a class from the catalog and enrols a worker by ID number.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { open, shot } from '../browser.js';
import { choose, inDays, pick, press, see } from '../ui.js';

export async function enrolScenario(page: Page, base: string, workerIdNumber: string): Promise<void> {
  await open(page, base, '/programs/create');
  await page.getByLabel('项目（班级）名称').fill('焊工（五级）冬季示例班');
  await pick(page, '职业（工种）代码', '焊工', '6-18-02-04');
  await see(page, '五级/初级工：最低 120 学时');
  await choose(page, '等级', '五级/初级工');
  await choose(page, '培训类型', '就业技能培训');
  await page.getByLabel('培训课时').fill('120');
  await page.getByLabel('计划人数').fill('30');
  await page.getByLabel('开班日期').fill(inDays(60));
  await page.getByLabel('结业日期').fill(inDays(120));
  await choose(page, '状态', '招生中');
  await shot(page, 'class-create');
  await press(page, '保存');
  await see(page, '已新建');
  expect(page.url()).toMatch(/#\/programs\/\d+\/show/);

  await open(page, base, '/enrollments/create');
  await page.getByLabel('学员公民身份号码').fill(workerIdNumber);
  await pick(page, '培训项目', '冬季示例', '焊工（五级）冬季示例班');
  await shot(page, 'enrol-create');
  await press(page, '保存');
  await see(page, '已新建');
  expect(page.url()).toMatch(/#\/enrollments\/\d+\/show/);
  await see(page, '在训');
  await shot(page, 'enrol-show');
}
