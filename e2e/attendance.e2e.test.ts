// An institution clerk records a class session for the whole class on the 按班点名 tab, imports the attendance machine's
// file for the next day, and sees the attended hours on the enrolments. Screenshots in e2e/screenshots/.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cspViolations, open, shot } from './browser.js';
import { useE2eSession } from './session.js';
import { inDays, press, see } from './ui.js';
import { idNumber, programBody, workerBody } from '../core/test/fixtures.js';
import type { RequestContext } from '../core/http/context.js';

const NAMES = ['示例·点名甲', '示例·点名乙', '示例·点名丙'];

async function machineFile(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('考勤记录');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('class attendance', () => {
  let programId: number;
  const ids = NAMES.map((_, i) => idNumber('150203', '19930101', 900 + i));
  const system: RequestContext = { user: null, requestId: 'e2e-attendance', ip: null };

  const e2e = useE2eSession({ setup: async ({ server }) => {
    const { services } = server.built;
    const clerk = await services.db.knex('users').where({ username: 'baotou_school' }).first('institution_id');
    const program = await services.resources.get('programs').create(system, programBody(Number(clerk.institution_id), {
      name: '示例·点名测试班', region_code: '150203', subsidised: false, start_date: inDays(-20), end_date: inDays(20), status: 'running',
    }));
    programId = Number(program.id);
    for (const [i, name] of NAMES.entries()) {
      const worker = await services.resources.get('workers').create(system, workerBody({ id_number: ids[i], name, region_code: '150203' }));
      await services.resources.get('enrollments').create(system, { program_id: programId, worker_id: worker.id, enrolled_on: inDays(-21) });
    }
  } });

  it('records a session with the grid, imports a machine file, and shows the attended hours', async () => {
    const page = await e2e.as('baotou_school');
    // 出勤记录 leads to the classes, where each class has its 按班点名 tab.
    await open(page, e2e.server.url, '/attendance');
    await press(page, '按班点名（选择培训项目）');
    await page.waitForURL(/#\/programs$/);
    await open(page, e2e.server.url, `/programs/${programId}/show/sessions`);
    await see(page, NAMES[2]);
    await page.getByTestId('session-date').fill(inDays(-2));
    await page.getByTestId('session-hours').fill('6');
    await see(page, NAMES[2]);
    // Everyone is present by default; 丙 was absent.
    await page.getByRole('switch', { name: `${NAMES[2]} 出勤` }).uncheck();
    await shot(page, 'attendance-session-grid');
    await press(page, '保存本次考勤');
    await see(page, '出勤 2 人，缺勤 1 人');
    const hours = () => page.getByTestId('roster-grid').getByTestId('attended-hours').allTextContents();
    await expect.poll(hours).toEqual(['6', '6', '0']);
    await see(page, `${inDays(-2)}（2 人）`);

    // The next day from the attendance machine: 甲 08:00–16:40 (8 学时), 丙 4 学时 given, a stranger not in the class.
    const file = await machineFile([
      ['姓名', '身份证号', '日期', '签到时间', '签退时间', '学时'],
      [NAMES[0], ids[0], inDays(-1), '08:00', '16:40', ''],
      [NAMES[2], ids[2], inDays(-1), '', '', '4'],
      ['示例·外班', idNumber('150203', '19930101', 990), inDays(-1), '08:00', '16:00', ''],
    ]);
    await press(page, '导入考勤机记录');
    await see(page, '须有「身份证号」列');
    await page.getByTestId('machine-file').setInputFiles({ name: '考勤机导出.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
    await press(page, '开始导入');
    await see(page, '成功导入 2 行，失败 1 行');
    await see(page, '不是培训班「示例·点名测试班」的报名学员');
    await shot(page, 'attendance-machine-import');
    await press(page, '关闭');
    await expect.poll(hours).toEqual(['14', '6', '4']);

    // The enrolments themselves carry the hours (the 学员 tab).
    await open(page, e2e.server.url, `/programs/${programId}/show/enrollments`);
    await see(page, NAMES[0]);
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    await expect.poll(() => row(NAMES[0]).textContent()).toContain('14');
    await expect.poll(() => row(NAMES[2]).textContent()).toContain('4');
    await shot(page, 'attendance-enrolment-hours');
    expect(cspViolations).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('shows an auditor the roster to read: no switches to change, no save, no import', async () => {
    const page = await e2e.as('auditor');
    await open(page, e2e.server.url, `/programs/${programId}/show/sessions`);
    await see(page, NAMES[0]);
    await expect.poll(() => page.getByRole('switch', { name: `${NAMES[0]} 出勤` }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '保存本次考勤' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '导入考勤机记录' }).count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
