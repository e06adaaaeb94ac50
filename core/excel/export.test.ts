// Export of lists: Chinese headers, the caller's scope, filters and sort as the list, masked personal data, yuan, audit.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { make, workerBody } from '../test/fixtures.js';
import { HEADERS } from './headers.js';
import { download, readBack, userAt } from './test-helpers.js';

describeEachDb('excel export', (t) => {
  let admin: TestClient;
  let baotou: TestClient;

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    baotou = await userAt(t().app, admin, 'bt_admin', 'region_admin', '150200');
    for (const [i, category] of ['returnee', 'rural_transfer', 'returnee'].entries()) {
      await make(admin, 'workers', workerBody({ name: `示例·包头${i}`, region_code: '150203', category }));
    }
    for (const i of [0, 1]) await make(admin, 'workers', workerBody({ name: `示例·呼市${i}`, region_code: '150102' }));
  });

  for (const format of ['xlsx', 'csv'] as const) {
    it(`${format}: Chinese headers, only the 包头 workers, ID and phone masked`, async () => {
      const sort = encodeURIComponent('["name","ASC"]');
      const r = await download(t().app, baotou, `/api/workers/export?format=${format}&sort=${sort}`);
      expect(r.status, r.text).toBe(200);
      expect(String(r.headers['content-disposition'])).toContain(`.${format}`);
      if (format === 'csv') expect([...r.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [head, ...rows] = await readBack(r.bytes, format);
      expect(head).toEqual(HEADERS.workers.map(([, h]) => h));
      const col = (h: string) => head.indexOf(h);
      expect(rows.map((row) => row[col('姓名')])).toEqual(['示例·包头0', '示例·包头1', '示例·包头2']);
      for (const row of rows) {
        expect(String(row[col('公民身份号码')])).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
        expect(String(row[col('手机号码')])).toBe('138****5678');
        expect(row[col('所属地区')]).toBe('昆都仑区');
      }
      expect(rows.map((row) => row[col('人员类别')])).toEqual(['返乡农牧民工', '农村转移劳动力', '返乡农牧民工']);
    });
  }

  it('applies the list filter, and is audited with the filter and row count', async () => {
    const filter = encodeURIComponent(JSON.stringify({ category: 'returnee' }));
    const r = await download(t().app, baotou, `/api/workers/export?filter=${filter}`);
    const [, ...rows] = await readBack(r.bytes, 'xlsx');
    expect(rows).toHaveLength(2);
    const audit = await admin.list('audit', { filter: { action: 'export', resource: 'workers' }, sort: ['id', 'DESC'] });
    expect(audit.body[0].changes).toMatchObject({ filter: { category: 'returnee' }, rows: 2, format: 'xlsx' });
    expect(audit.body[0].username).toBe('bt_admin');
  });

  it('shows money in yuan', async () => {
    const fund = (await admin.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
    await make(admin, 'budgets', { fund_source_id: fund, region_code: '150200', year: 2031, amount_fen: 12345678 });
    for (const format of ['xlsx', 'csv'] as const) {
      const r = await download(t().app, baotou, `/api/budgets/export?format=${format}&filter=${encodeURIComponent('{"year":2031}')}`);
      const [head, row] = await readBack(r.bytes, format);
      expect(Number(row[head.indexOf('预算金额（元）')])).toBe(123456.78);
      if (format === 'csv') expect(r.text).toContain(',123456.78,');
    }
  });

  it('is refused where the list is, and rejects a bad filter before sending anything', async () => {
    const reviewer = await userAt(t().app, admin, 'bt_rev', 'reviewer', '150200');
    expect((await download(t().app, reviewer, '/api/users/export')).status).toBe(403);
    expect((await download(t().app, baotou, `/api/workers/export?filter=${encodeURIComponent('{"nope":1}')}`)).status).toBe(400);
    expect((await download(t().app, baotou, '/api/workers/export?format=pdf')).status).toBe(400);
  });

  it('has a header map for every resource, naming fields that exist', () => {
    for (const service of t().services.resources.all()) {
      const specs = HEADERS[service.def.name];
      expect(specs, service.def.name).toBeDefined();
      for (const [field] of specs) expect(service.def.schema.properties[field], `${service.def.name}.${field}`).toBeDefined();
    }
  });
});
