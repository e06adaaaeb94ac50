// The attendance machine's file imported for a class: rows matched by ID number, hours from sign-in/out or 学时, bad rows reported by row and not written.
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber, institutionBody, make, programBody, workerBody } from '../test/fixtures.js';
import { download, readBack } from '../excel/test-helpers.js';

const PASSWORD = 'Machine-pass-123';

async function finished(c: TestClient, id: number) {
  for (let i = 0; i < 200; i++) {
    const r = await c.get(`/api/imports/${id}`);
    if (r.body.status === 'done' || r.body.status === 'failed') return r.body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import did not finish');
}

/** An .xlsx as a machine writes it: dates and times as real Excel date cells where `typed`. */
async function machineFile(rows: unknown[][], typed: number[] = []): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('考勤记录');
  for (const [i, r] of rows.entries()) {
    const row = sheet.addRow(r);
    if (typed.includes(i)) { row.getCell(3).numFmt = 'yyyy-mm-dd'; row.getCell(4).numFmt = 'hh:mm'; row.getCell(5).numFmt = 'hh:mm'; }
  }
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describeEachDb('attendance machine import', (t) => {
  let admin: TestClient, staff: TestClient, other: TestClient;
  let programId: number;
  const ids: string[] = [];
  const enrols: number[] = [];

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150203' }));
    const otherInst = await make(admin, 'institutions', institutionBody({ region_code: '150203' }));
    await make(admin, 'users', { username: 'mi_staff', display_name: 'mi_staff', role: 'institution_staff', region_code: '150203', institution_id: inst.id, password: PASSWORD });
    await make(admin, 'users', { username: 'mi_other', display_name: 'mi_other', role: 'institution_staff', region_code: '150203', institution_id: otherInst.id, password: PASSWORD });
    staff = await TestClient.login(t().app, 'mi_staff', PASSWORD);
    other = await TestClient.login(t().app, 'mi_other', PASSWORD);
    programId = (await make(staff, 'programs', programBody(inst.id, { region_code: '150203', name: '示例·考勤机班', start_date: '2026-03-01', end_date: '2026-04-30' }))).id;
    for (const [i, name] of ['示例·其其格', '示例·巴图', '示例·乌云', '示例·退学'].entries()) {
      ids.push(idNumber('150203', '19910101', 800 + i));
      const w = await make(admin, 'workers', workerBody({ id_number: ids[i], name, region_code: '150203' }));
      const e = await make(staff, 'enrollments', { program_id: programId, worker_id: w.id, enrolled_on: '2026-02-20' });
      enrols.push(e.id);
      if (name === '示例·退学') expect((await staff.put(`/api/enrollments/${e.id}`, { ...e, status: 'withdrawn' })).status).toBe(200);
    }
  }, 60_000);

  it('imports the good rows and reports each bad one by row, with the reason and the ID masked', async () => {
    const day = new Date(Date.UTC(2026, 2, 6));
    const at = (h: number, m: number) => new Date(Date.UTC(1899, 11, 30, h, m));
    const content = await machineFile([
      ['姓名', '身份证号', '日期', '签到时间', '签退时间', '学时', '工号'],
      ['示例·其其格', ids[0], '2026-03-05', '08:00', '16:40', '', 'A01'], // 2: 8 学时 (8h40 rounded down)
      ['示例·巴图', ids[1], '2026/3/5', '', '', '6', 'A02'], // 3: 6 学时 given
      ['示例·陌生人', idNumber('150203', '19910101', 899), '2026-03-05', '08:00', '16:00', '', 'A09'], // 4: not in the class
      ['示例·张冠李戴', ids[2], '2026-03-05', '08:00', '16:00', '', 'A03'], // 5: name does not match the ID
      ['示例·其其格', ids[0], '2026-03-05', '08:00', '12:00', '', 'A01'], // 6: the same day again in the file
      ['示例·乌云', ids[2], '2026-06-01', '08:00', '16:00', '', 'A03'], // 7: after the class ended
      ['示例·退学', ids[3], '2026-03-05', '08:00', '16:00', '', 'A04'], // 8: withdrawn
      ['示例·乌云', ids[2], '2026-03-05', '8点', '16:00', '', 'A03'], // 9: unreadable time
      ['示例·乌云', ids[2], day, at(8, 0), at(19, 30), '', 'A03'], // 10: Excel date and time cells → 11 学时
    ], [9]);
    const r = await staff.post(`/api/programs/${programId}/attendance-import`, { filename: '考勤机导出.xlsx', content_base64: content });
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    const job = await finished(staff, r.body.job_id);
    expect(job, JSON.stringify(job)).toMatchObject({ status: 'done', total: 9, succeeded: 3, failed: 6 });
    expect(job.errors.map((e: any) => [e.row, e.field])).toEqual([[4, 'id_number'], [5, 'name'], [6, 'date'], [7, 'date'], [8, 'enrollment_id'], [9, 'check_in']]);
    expect(job.errors[0].message).toMatch(/^身份证号 \d{6}\*{8}\d{3}[\dX] 不是培训班「示例·考勤机班」的报名学员，未导入$/);
    expect(job.errors[3].message).toContain('不在培训班「示例·考勤机班」的开班期间');
    expect(job.errors[4].message).toBe('示例·退学：该学员已退学，不能再记录考勤');

    const hours = await Promise.all(enrols.map(async (id) => (await staff.get(`/api/enrollments/${id}`)).body.attended_hours));
    expect(hours).toEqual([8, 6, 11, 0]);
    const first = (await staff.list('attendance', { filter: { enrollment_id: enrols[0] } })).body;
    expect(first).toMatchObject([{ session_date: '2026-03-05', hours: 8, check_in_at: '2026-03-05T08:00:00+08:00' }]);

    const file = await download(t().app, staff, `/api/imports/${r.body.job_id}/errors?format=xlsx`);
    const [head, ...failed] = await readBack(file.bytes, 'xlsx');
    expect(head).toEqual(['行号', '姓名', '身份证号', '日期', '签到时间', '签退时间', '学时', '工号', '错误原因']);
    expect(failed.map((f) => f[0])).toEqual([4, 5, 6, 7, 8, 9]);
    for (const f of failed) expect(String(f[2])).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);

    const audit = (await admin.list('audit', { filter: { action: 'import', resource: 'attendance' }, sort: ['id', 'DESC'], range: [0, 0] })).body[0];
    expect(audit.changes).toMatchObject({ program_id: programId, succeeded: 3, failed: 6 });

    // The same file again: nothing doubles (each row meets its own record of that date, unchanged).
    const again = await finished(staff, (await staff.post(`/api/programs/${programId}/attendance-import`, { filename: '考勤机导出.xlsx', content_base64: content })).body.job_id);
    expect(again).toMatchObject({ status: 'done', succeeded: 3, failed: 6 });
    expect(await Promise.all(enrols.map(async (id) => (await staff.get(`/api/enrollments/${id}`)).body.attended_hours))).toEqual([8, 6, 11, 0]);
  });

  it('refuses a file without ID numbers, another institution\'s class, and offers a template', async () => {
    const staffNoOnly = await machineFile([['姓名', '工号', '日期', '学时'], ['示例·其其格', 'A01', '2026-03-07', '6']]);
    const job = await finished(staff, (await staff.post(`/api/programs/${programId}/attendance-import`, { filename: 'a.xlsx', content_base64: staffNoOnly })).body.job_id);
    expect(job.status).toBe('failed');
    expect(job.message).toContain('缺少「身份证号」列');
    expect((await other.post(`/api/programs/${programId}/attendance-import`, { filename: 'a.xlsx', content_base64: staffNoOnly })).status).toBe(404);
    const bad = await staff.post(`/api/programs/${programId}/attendance-import`, { filename: 'a.xls', content_base64: staffNoOnly });
    expect(bad.status).toBe(400);

    const template = await download(t().app, staff, '/api/attendance/import/template');
    expect(template.status).toBe(200);
    expect((await readBack(template.bytes, 'xlsx'))[0]).toEqual(['姓名', '身份证号', '日期', '签到时间', '签退时间', '学时']);
  });
});
