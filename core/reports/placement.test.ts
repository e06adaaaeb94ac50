// 愿培尽培 counts people (issue 11, item 4): a placed worker who states the same wish again through another channel
// does not lower the rate; reports, the dashboard, the spreadsheet and the ledgers give both figures, each named.
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { institutionBody, make, programBody, workerBody } from '../test/fixtures.js';

describeEachDb('placement rate by people', (t) => {
  let admin: TestClient;
  const workers: number[] = [];

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    const inst = await make(admin, 'institutions', institutionBody({ region_code: '150603' }));
    const cls = await make(admin, 'programs', programBody(inst.id, { region_code: '150603' }));
    // Five willing workers in 鄂尔多斯, two of them placed in a class.
    for (let i = 0; i < 5; i++) {
      const w = await make(admin, 'workers', workerBody({ region_code: '150603' }));
      workers.push(w.id);
      await make(admin, 'intentions', { worker_id: w.id, region_code: '150603', channel: 'app', stated_on: '2026-02-01', occupation_code: '6-18-02-04' });
      if (i < 2) await make(admin, 'enrollments', { program_id: cls.id, worker_id: w.id, enrolled_on: '2026-02-20' });
    }
  }, 60_000);

  const ordos = async () => (await admin.get('/api/reports/placement?region_code=150600')).body;

  it('a placed worker stating the same wish through a second channel leaves the rate at 2/5, and both figures say which is which', async () => {
    expect((await ordos()).by_league).toEqual([{ region_code: '150600', name: '鄂尔多斯市', wishes: 5, placed_wishes: 2, workers: 5, placed_workers: 2, rate: 0.4, wish_rate: 0.4 }]);
    await make(admin, 'intentions', { worker_id: workers[0], region_code: '150603', channel: 'gig_market', stated_on: '2026-03-01', occupation_code: '6-18-02-04' });
    const after = await ordos();
    expect(after.by_league).toEqual([{ region_code: '150600', name: '鄂尔多斯市', wishes: 6, placed_wishes: 2, workers: 5, placed_workers: 2, rate: 0.4, wish_rate: 0.3333 }]);
    expect(after.total).toEqual({ wishes: 6, placed_wishes: 2, workers: 5, placed_workers: 2, rate: 0.4, wish_rate: 0.3333 });
    const dashboard = (await admin.get('/api/reports/dashboard?region_code=150600')).body;
    expect(dashboard.placement_by_league).toEqual(after.by_league);
    // The OpenAPI document says what each figure counts.
    const doc = (await t().app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const props = doc.paths['/api/reports/placement'].get.responses['200'].content['application/json'].schema.properties.total.properties;
    expect(props.workers.description).toContain('人数');
    expect(props.wishes.description).toContain('人次');
    expect(props.rate.description).toContain('按人');
  });

  it('a person with wishes in two 盟市 counts once in each and once in the total', async () => {
    // The worker moves to 呼和浩特 and states a wish there; the first stays in 鄂尔多斯's ledger.
    const w = (await admin.get(`/api/workers/${workers[4]}`)).body;
    expect((await admin.put(`/api/workers/${w.id}`, { region_code: '150102', version: w.version })).status).toBe(200);
    await make(admin, 'intentions', { worker_id: workers[4], region_code: '150102', channel: 'outreach', stated_on: '2026-03-05' });
    const all = (await admin.get('/api/reports/placement?from=2026-01-01&to=2026-12-31')).body;
    const [hohhot, ordosRow] = ['150100', '150600'].map((c) => all.by_league.find((r: any) => r.region_code === c));
    expect(hohhot).toMatchObject({ wishes: 1, workers: 1, placed_workers: 0 });
    expect(ordosRow).toMatchObject({ wishes: 6, workers: 5, placed_workers: 2 });
    expect(all.total.workers).toBe(all.by_league.reduce((n: number, r: any) => n + r.workers, 0) - 1);
  });

  it('the spreadsheet and the ledger give people and wishes, labelled', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/reports/placement/export?format=xlsx&region_code=150600', headers: { authorization: `Bearer ${admin.token}` } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as any);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as any[];
    expect(rows[0].slice(1)).toEqual(['盟市', '有培训意愿人数', '已安置参训人数', '愿培尽培率（按人）', '培训意愿条数（人次）', '已安置意愿条数（人次）']);
    expect(rows[1].slice(1)).toEqual(['鄂尔多斯市', 5, 2, '40.0%', 6, 2]);

    const filter = encodeURIComponent(JSON.stringify({ wants_training: true, region_code: ['150603'] }));
    const ledger = await admin.get(`/api/reports/ledger?filter=${filter}`);
    expect(ledger.status, JSON.stringify(ledger.body)).toBe(200);
    expect(ledger.body).toEqual({ wishes: 6, workers: 5, open_wishes: 4, open_workers: 4, placed_wishes: 2, placed_workers: 2 });
    const list = await admin.list('intentions', { filter: { wants_training: true, region_code: ['150603'] } });
    expect(Number(String(list.headers['content-range']).split('/')[1])).toBe(ledger.body.wishes);
    expect((await admin.get(`/api/reports/ledger?filter=${encodeURIComponent('{"salary":1}')}`)).status).toBe(400);
  });
});
