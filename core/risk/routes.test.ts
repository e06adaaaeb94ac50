// The scan endpoint within the caller's scope, idempotent re-scans, the case list's filters and access, and the report.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient, total } from '../test/client.js';
import { make } from '../test/fixtures.js';
import { systemContext } from '../http/context.js';
import { seedRiskPatterns, type PlantedPattern } from '../demo/risk-patterns.js';

describeEachDb('risk scan, case list and report', (t) => {
  let admin: TestClient;
  const as: Record<string, TestClient> = {};
  let planted: PlantedPattern[];
  const BAOTOU_CHECKS = ['certificate-anomaly', 'implausible-attendance', 'lapsed-approval', 'profile-mismatch'];

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    planted = await seedRiskPatterns(t().services, systemContext('test'));
    const inst = (await t().services.db.knex('institutions').where('name', 'like', '包头%').first('id')).id;
    const users: Array<[string, string, string, number | null]> = [
      ['baotou_admin', 'region_admin', '150200', null], ['baotou_reviewer', 'reviewer', '150200', null], ['hohhot_reviewer', 'reviewer', '150100', null],
      ['auditor', 'auditor', '150000', null], ['staff', 'institution_staff', '150203', inst],
    ];
    for (const [username, role, region, institution] of users) {
      await make(admin, 'users', { username, display_name: username, role, region_code: region, institution_id: institution, password: 'Risk-pass-1234' });
      as[username] = await TestClient.login(t().app, username, 'Risk-pass-1234');
    }
  }, 120_000);

  it('refuses scans outside the caller’s role or scope', async () => {
    expect((await as.staff.post('/api/risk/scan', { region_code: '150203' })).status).toBe(403);
    expect((await as.auditor.post('/api/risk/scan', { region_code: '150000' })).status).toBe(403);
    const outside = await as.baotou_reviewer.post('/api/risk/scan', { region_code: '150100' });
    expect(outside.status).toBe(403);
    expect(outside.body.message).toContain('权限范围');
    expect((await admin.post('/api/risk/scan', { region_code: '159999' })).status).toBe(400);
    expect((await admin.post('/api/risk/scan', { region_code: 'x' })).status).toBe(400);
  });

  it('a 包头 scan files the 包头 findings; a second scan files nothing new', async () => {
    const first = await as.baotou_reviewer.post('/api/risk/scan', { region_code: '150200' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    // The cross-league person is found from 包头 too; the case belongs to the region, above both leagues.
    expect(first.body.totals).toMatchObject({ hits: 5, new: 5, existing: 0, errors: 0 });
    const again = await as.baotou_reviewer.post('/api/risk/scan', { region_code: '150200' });
    expect(again.body.totals).toMatchObject({ hits: 5, new: 0, existing: 5 });
    expect(again.body.case_ids).toEqual(first.body.case_ids);
    const rows = await t().services.db.knex('risk_cases').select('version', 'found_at', 'last_seen_at');
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(Number(r.version)).toBe(1);
      expect(r.last_seen_at >= r.found_at).toBe(true);
    }
    const visible = await as.baotou_reviewer.list('risk_cases', { range: [0, 99] });
    expect(visible.body.map((c: any) => c.check_id).sort()).toEqual(BAOTOU_CHECKS);
  });

  it('a region-wide scan adds the other leagues’ findings: exactly the planted set', async () => {
    const all = await admin.post('/api/risk/scan', { region_code: '150000' });
    expect(all.body.totals).toMatchObject({ hits: planted.length, new: planted.length - 5, existing: 5 });
    const list = await admin.list('risk_cases', { range: [0, 99] });
    expect(list.body.map((c: any) => `${c.check_id} ${c.key}`).sort()).toEqual(planted.map((p) => `${p.checkId} ${p.key}`).sort());
  });

  it('lists by node, check, severity, status and claim, as react-admin asks', async () => {
    expect(total(await admin.list('risk_cases', { filter: { node: '150200' } }))).toBe(4);
    expect(total(await admin.list('risk_cases', { filter: { node: '150100' } }))).toBe(1);
    const byCheck = await admin.list('risk_cases', { filter: { check_id: 'shared-contact' } });
    expect(byCheck.body).toHaveLength(1);
    expect(byCheck.body[0]).toMatchObject({ status: 'open', severity: 'medium', title: '多名人员共用手机号或收款账号', notes: [] });
    expect(byCheck.headers['content-range']).toBe('risk_cases 0-0/1');
    const high = await admin.list('risk_cases', { filter: { severity: 'high', status: ['open', 'investigating'] }, sort: ['found_at', 'ASC'] });
    expect(high.body.map((c: any) => c.check_id).sort()).toEqual(['certificate-anomaly', 'implausible-attendance', 'lapsed-approval', 'overlapping-enrolment']);
    const claimId = byCheck.body[0].claim_ids[0];
    const byClaim = await admin.list('risk_cases', { filter: { claim_id: claimId } });
    expect(byClaim.body.map((c: any) => c.check_id)).toContain('shared-contact');
    expect((await admin.list('risk_cases', { filter: { node: 'abc' } })).status).toBe(400);
    expect((await admin.list('risk_cases', { filter: { q: '共用' } })).body).toHaveLength(1);
  });

  it('shows cases to reviewers, admins and auditors of the node only; never to institution staff', async () => {
    expect((await as.staff.list('risk_cases')).status).toBe(403);
    expect(total(await as.auditor.list('risk_cases'))).toBe(planted.length);
    const shared = (await admin.list('risk_cases', { filter: { check_id: 'shared-contact' } })).body[0];
    expect((await as.hohhot_reviewer.get(`/api/risk_cases/${shared.id}`)).status).toBe(200);
    expect((await as.baotou_reviewer.get(`/api/risk_cases/${shared.id}`)).status).toBe(404);
    expect((await as.staff.get(`/api/risk_cases/${shared.id}`)).status).toBe(403);
    // No generic writes: cases change only through their actions.
    expect((await admin.put(`/api/risk_cases/${shared.id}`, { status: 'cleared', version: 1 })).status).toBe(404);
    expect((await admin.post('/api/risk_cases', { check_id: 'x' })).status).toBe(404);
    expect((await admin.delete(`/api/risk_cases/${shared.id}`)).status).toBe(404);
  });

  it('reports per 盟市 and period, scoped to the caller', async () => {
    const report = await admin.get('/api/risk/report');
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.rows).toHaveLength(13);
    const row = (code: string) => report.body.rows.find((r: any) => r.region_code === code);
    expect(row('150200')).toMatchObject({ name: '包头市', found: 4, open: 4, cleared: 0, confirmed: 0 });
    expect(row('150100')).toMatchObject({ found: 1, open: 1 });
    expect(row('150000')).toMatchObject({ own_only: true, found: 1 });
    expect(report.body.total).toMatchObject({ found: planted.length, open: planted.length });
    expect(report.body.total.held_fen).toBeGreaterThan(row('150200').held_fen);
    expect(row('150200').held_fen).toBeGreaterThan(0);
    const sum = report.body.rows.reduce((s: number, r: any) => s + r.found, 0);
    expect(sum).toBe(report.body.total.found);

    const mine = await as.baotou_admin.get('/api/risk/report');
    expect(mine.body.rows.map((r: any) => r.region_code)).toEqual(['150200']);
    expect(mine.body.total.found).toBe(4);
    expect((await as.baotou_admin.get('/api/risk/report?region_code=150100')).status).toBe(403);
    expect((await as.staff.get('/api/risk/report')).status).toBe(403);
    expect((await as.auditor.get('/api/risk/report?region_code=150200')).body.total.found).toBe(4);
    // A period before any case: nothing found, nothing open at its end.
    const past = await admin.get('/api/risk/report?from=2000-01-01&to=2000-12-31');
    expect(past.body.total).toMatchObject({ found: 0, open: 0, held_fen: 0 });
    // A later period: nothing found in it, but everything found before is still open at its end.
    const later = await admin.get('/api/risk/report?from=2099-01-01&to=2099-12-31');
    expect(later.body.total).toMatchObject({ found: 0, open: planted.length });
    expect((await admin.get('/api/risk/report?from=2026-05-01&to=2026-04-01')).status).toBe(400);
  });
});
