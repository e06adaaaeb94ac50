// Reports count only the caller's scope: dashboard, claim summary by dimension, placement rate, spend, and their spreadsheets.
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { institutionBody, make, programBody, workerBody } from '../test/fixtures.js';

describeEachDb('reports', (t) => {
  let admin: TestClient, baotou: TestClient;

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    await make(admin, 'users', { username: 'rep_baotou', display_name: '包头', role: 'region_admin', region_code: '150200', password: 'Report-pass-1' });
    baotou = await TestClient.login(t().app, 'rep_baotou', 'Report-pass-1');
    const fund = (await admin.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
    await make(admin, 'budgets', { fund_source_id: fund, region_code: '150200', year: 2026, amount_fen: 5_000_000 });
    for (const [region, n] of [['150203', 3], ['150102', 2]] as const) {
      const inst = await make(admin, 'institutions', institutionBody({ region_code: region }));
      const cls = await make(admin, 'programs', programBody(inst.id, { region_code: region }));
      for (let i = 0; i < n; i++) {
        const w = await make(admin, 'workers', workerBody({ region_code: region, category: i === 0 ? 'returnee' : 'rural_transfer' }));
        await make(admin, 'intentions', { worker_id: w.id, region_code: region, channel: 'app', stated_on: '2026-02-01', wants_training: true });
        if (i < n - 1) await make(admin, 'enrollments', { program_id: cls.id, worker_id: w.id, enrolled_on: '2026-02-20' });
      }
    }
  });

  it('the dashboard of a 包头 administrator holds 包头 only', async () => {
    const mine = (await baotou.get('/api/reports/dashboard')).body;
    expect(mine.workers_by_category.reduce((a: number, r: any) => a + r.count, 0)).toBe(3);
    expect(mine.placement_by_league).toEqual([{ region_code: '150200', name: '包头市', wishes: 3, placed_wishes: 2, workers: 3, placed_workers: 2, rate: 0.6667, wish_rate: 0.6667 }]);
    expect(mine.spend_by_fund[0]).toMatchObject({ budget_fen: 5_000_000, remaining_fen: 5_000_000 });
    const all = (await admin.get('/api/reports/placement')).body;
    expect(all.total).toEqual({ wishes: 5, placed_wishes: 3, workers: 5, placed_workers: 3, rate: 0.6, wish_rate: 0.6 });
    expect(all.by_league.map((r: any) => r.region_code)).toEqual(['150100', '150200']);
  });

  it('summarises by a dimension and refuses an unknown one', async () => {
    const byCategory = await admin.get('/api/reports/summary?group_by=category');
    expect(byCategory.status).toBe(200);
    expect((await admin.get('/api/reports/summary?group_by=colour')).status).toBe(400);
  });

  it('exports a report as a spreadsheet, scoped and audited', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/reports/placement/export?format=xlsx', headers: { authorization: `Bearer ${baotou.token}` } });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as any);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as any[];
    expect(rows[0].slice(1)).toEqual(['盟市', '有培训意愿人数', '已安置参训人数', '愿培尽培率（按人）', '培训意愿条数（人次）', '已安置意愿条数（人次）']);
    expect(rows[1].slice(1)).toEqual(['包头市', 3, 2, '66.7%', 3, 2]);
    expect(rows).toHaveLength(2);
    const csv = await t().app.inject({ method: 'GET', url: '/api/reports/spend/export?format=csv', headers: { authorization: `Bearer ${baotou.token}` } });
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body).toContain('资金来源');
    const audit = (await admin.list('audit', { filter: { action: 'export', resource: 'reports' } })).body;
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });
});
