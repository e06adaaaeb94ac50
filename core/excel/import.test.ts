// The roster import: 20 rows with 3 bad ones → 17 workers, and an errors file listing exactly those 3 rows with reasons.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber } from '../test/fixtures.js';
import { download, readBack, userAt, xlsxOf } from './test-helpers.js';

const HEAD = ['公民身份号码', '姓名', '所属地区代码', '人员类别', '手机号码', '人员特征', '文化程度', '民族', '籍贯'];

async function finished(c: TestClient, id: number) {
  for (let i = 0; i < 200; i++) {
    const r = await c.get(`/api/imports/${id}`);
    if (r.body.status === 'done' || r.body.status === 'failed') return r.body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import did not finish');
}

describeEachDb('excel roster import', (t) => {
  let admin: TestClient;
  let baotou: TestClient;
  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    baotou = await userAt(t().app, admin, 'bt_importer', 'region_admin', '150200');
  });

  it('imports 17 of 20 rows; the 3 bad rows fail alone and the errors file lists them with reasons', async () => {
    const rows: unknown[][] = [HEAD];
    for (let i = 0; i < 17; i++) {
      rows.push([idNumber('150203', '19880101', 400 + i), `示例·导入${i}`, '150203', i % 2 ? '返乡农牧民工' : 'rural_transfer', '13912345678', '青年、有外出务工意愿', '初中', '蒙古族', '包头']);
    }
    const good = String(rows[1][0]);
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    rows.splice(4, 0, [badCheck, '示例·校验位错', '150203', '返乡农牧民工', '', '', '', '', '']); // sheet row 5
    rows.splice(9, 0, [good, '示例·重复', '150203', '返乡农牧民工', '', '', '', '', '']); // sheet row 10
    rows.push([idNumber('150203', '19900101', 480), '示例·类别错', '150203', '外来人员', '13700001111', '', '', '', '']); // row 21
    const content = (await xlsxOf(rows)).toString('base64');

    const r = await baotou.post('/api/workers/import', { filename: '包头花名册.xlsx', content_base64: content });
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    const job = await finished(baotou, r.body.job_id);
    expect(job).toMatchObject({ status: 'done', total: 20, processed: 20, succeeded: 17, failed: 3 });
    expect(job.warnings).toEqual([{ field: '籍贯', message: '未识别的列「籍贯」，已忽略' }]);
    expect(job.errors.map((e: any) => [e.row, e.field])).toEqual([[5, 'id_number'], [10, 'id_number'], [21, 'category']]);

    const listed = await baotou.list('workers', { filter: { q: '示例·导入' }, range: [0, 99] });
    expect(listed.body).toHaveLength(17);
    // One audit entry for the batch, naming each row written: sheet row, worker id, masked ID number.
    const audit = await admin.list('audit', { filter: { action: 'create', resource: 'workers' }, sort: ['id', 'DESC'], range: [0, 0] });
    const named = audit.body[0].changes.rows as Array<{ row: number; id: number; id_number: string }>;
    expect(named.map((r) => r.row)).toEqual([2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(named.map((r) => r.id).sort()).toEqual(listed.body.map((w: any) => w.id).sort());
    for (const r of named) expect(r.id_number).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(listed.body.find((w: any) => w.name === '示例·导入1')).toMatchObject({ category: 'returnee', traits: ['youth', 'outbound_wish'], education: 'junior', extra: { ethnicity: '蒙古族' } });

    const file = await download(t().app, baotou, `/api/imports/${r.body.job_id}/errors?format=xlsx`);
    expect(file.status).toBe(200);
    const [head, ...failed] = await readBack(file.bytes, 'xlsx');
    expect(head).toEqual(['行号', ...HEAD, '错误原因']);
    expect(failed.map((f) => f[0])).toEqual([5, 10, 21]);
    expect(failed.map((f) => f[2])).toEqual(['示例·校验位错', '示例·重复', '示例·类别错']);
    for (const f of failed) expect(String(f[1])).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(failed[2][5]).toBe('137****1111');
    expect(String(failed[0].at(-1))).toContain('校验位');
    expect(String(failed[1].at(-1))).toContain('已登记');
    expect(String(failed[2].at(-1))).toContain('「人员类别」的值「外来人员」无法识别');
  });

  it('applies the importer\'s scope row by row, reads CSV, and uses the region given for rows without one', async () => {
    const csv = '\uFEFF公民身份号码,姓名,所属地区代码,人员类别\r\n'
      + `${idNumber('150203', '19870101', 501)},示例·本市,,返乡农牧民工\r\n`
      + `${idNumber('150102', '19870101', 502)},示例·外市,150102,返乡农牧民工\r\n`;
    const r = await baotou.post('/api/workers/import', { filename: 'roster.csv', content_base64: Buffer.from(csv).toString('base64'), region_code: '150204' });
    const job = await finished(baotou, r.body.job_id);
    expect(job, JSON.stringify(job.errors)).toMatchObject({ status: 'done', succeeded: 1, failed: 1 });
    expect(job.errors[0]).toMatchObject({ row: 3, message: '不能在您的权限范围之外新建人员' });
    const made = await baotou.list('workers', { filter: { q: '示例·本市' } });
    expect(made.body[0].region_code).toBe('150204');
  });

  it('offers a template with every column it reads, the region form\'s fields included', async () => {
    const file = await download(t().app, baotou, '/api/workers/import/template');
    expect(file.status).toBe(200);
    const [head] = await readBack(file.bytes, 'xlsx');
    expect(head).toEqual(expect.arrayContaining(['公民身份号码*', '姓名*', '人员类别*', '所属地区代码', '手机号码', '民族']));
  });

  it('refuses roles that cannot add workers, files that are not sheets, and other people\'s jobs', async () => {
    const reviewer = await userAt(t().app, admin, 'bt_rev2', 'reviewer', '150200');
    const csv = Buffer.from('姓名\r\n示例\r\n').toString('base64');
    expect((await reviewer.post('/api/workers/import', { filename: 'a.csv', content_base64: csv })).status).toBe(403);
    expect((await baotou.post('/api/workers/import', { filename: 'a.pdf', content_base64: csv })).status).toBe(400);
    const bad = await baotou.post('/api/workers/import', { filename: 'a.xlsx', content_base64: csv });
    expect((await finished(baotou, bad.body.job_id)).message).toContain('不是有效的 Excel');
    const other = await userAt(t().app, admin, 'bt_other', 'region_admin', '150200');
    expect((await other.get(`/api/imports/${bad.body.job_id}`)).status).toBe(404);
  });
});
