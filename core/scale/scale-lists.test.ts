// Lists at scale, on seeded data: the new path (盟市 code, deferred join, capped counts) returns the same rows in the
// same order as the old one (subtree subquery, OFFSET, full count), scope holds on every index path, and the seed,
// the write paths and the aggregates keep everything consistent.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDb, USER_PASSWORD } from '../test/build-test-app.js';
import { TestClient, total } from '../test/client.js';
import { make, workerBody } from '../test/fixtures.js';
import { systemContext, type AuthUser, type RequestContext } from '../http/context.js';
import { seedScale } from './seed-scale.js';
import { refreshAggregates } from './aggregates.js';
import { LIST_TOTALS } from './list-total.js';
import { dashboard, LIVE_DASHBOARD } from '../reports/figures.js';
import type { TestApp } from '../test/build-test-app.js';

const WORKERS = 2400;
const CLAIMS = 800;

async function contextOf(t: TestApp, username: string): Promise<RequestContext> {
  const u = await t.services.db.knex('users').join('regions', 'regions.id', 'users.region_code').where('users.username', username).first('users.*', 'regions.path');
  const user: AuthUser = { id: u.id, username: u.username, display_name: u.display_name, role: u.role, region_code: u.region_code, region_path: u.path, institution_id: u.institution_id ?? null };
  return { user, requestId: 'test', ip: null };
}

/** Every sort the console offers on each list, its filters and search, and pages from the first to the last. */
function probes(deep: number): Array<{ resource: string; sort: [string, string]; filter: object; range: [number, number] }> {
  const out: Array<{ resource: string; sort: [string, string]; filter: object; range: [number, number] }> = [];
  const add = (resource: string, sort: [string, string], filter: object = {}, range: [number, number] = [0, 24]) => out.push({ resource, sort, filter, range });
  for (const col of ['created_at', 'id', 'name', 'birth_date', 'category', 'region_code', 'gender', 'employment_status']) {
    add('workers', [col, 'ASC']);
    add('workers', [col, 'DESC'], {}, [deep, deep + 24]);
  }
  add('workers', ['created_at', 'DESC'], { q: '王' });
  add('workers', ['name', 'ASC'], { q: '示例' }, [deep, deep + 49]);
  add('workers', ['created_at', 'DESC'], { region_code: '150203' });
  add('workers', ['created_at', 'DESC'], { region_code: '150102' });
  add('workers', ['id', 'DESC'], { category: 'returnee', gender: 'female' });
  add('workers', ['birth_date', 'DESC'], { home_region_code: '150781' });
  for (const col of ['claim_date', 'id', 'type', 'worker_id', 'institution_id', 'requested_fen', 'decided_fen', 'outcome', 'state']) {
    add('claims', [col, 'DESC']);
    add('claims', [col, 'ASC'], {}, [Math.floor(deep / 3), Math.floor(deep / 3) + 24]);
  }
  for (const state of ['draft', 'submitted', 'under_review', 'approved', 'rejected', 'paid']) add('claims', ['claim_date', 'DESC'], { state });
  add('claims', ['claim_date', 'DESC'], { type: 'training', outcome: 'needs_review' });
  add('claims', ['requested_fen', 'DESC'], { region_code: '150203' });
  add('claims', ['id', 'ASC'], { region_code: '150102' });
  add('enrollments', ['enrolled_on', 'DESC']);
  add('enrollments', ['id', 'ASC'], {}, [deep, deep + 24]);
  add('enrollments', ['enrolled_on', 'DESC'], { status: 'enrolled' });
  add('certificates', ['issued_on', 'DESC']);
  add('certificates', ['id', 'ASC'], {}, [Math.floor(deep / 3), Math.floor(deep / 3) + 24]);
  add('intentions', ['stated_on', 'DESC']);
  return out;
}

/** The region code each listed row sits in, for the scope check. */
async function regionsOf(t: TestApp, resource: string, ids: number[]): Promise<string[]> {
  const { knex } = t.services.db;
  if (!ids.length) return [];
  if (resource === 'enrollments') return (await knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id').whereIn('enrollments.id', ids).select('programs.region_code as r')).map((r) => r.r);
  if (resource === 'certificates') return (await knex('certificates').join('workers', 'workers.id', 'certificates.worker_id').whereIn('certificates.id', ids).select('workers.region_code as r')).map((r) => r.r);
  return (await knex(resource).whereIn('id', ids).select('region_code as r')).map((r) => r.r);
}

describeEachDb('lists at scale', (t) => {
  let admin: TestClient;
  const saved = { ...LIST_TOTALS };
  beforeAll(async () => {
    const { services } = t();
    admin = await TestClient.login(t().app);
    for (const [username, role, region] of [['s_baotou', 'reviewer', '150200'], ['s_hohhot', 'reviewer', '150100'], ['s_mzl', 'reviewer', '150781'], ['s_auditor', 'auditor', '150000']]) {
      await make(admin, 'users', { username, display_name: `审核员${username}`, role, region_code: region, password: USER_PASSWORD });
    }
    await seedScale(services, systemContext('test'), { workers: WORKERS, claims: CLAIMS, batch: 700 });
    const inst = await services.db.knex('institutions').where({ region_code: '150203' }).orderBy('id').first('id');
    await make(admin, 'users', { username: 's_school', display_name: '经办人', role: 'institution_staff', region_code: '150203', institution_id: inst.id, password: USER_PASSWORD });
    await refreshAggregates(services.db.knex);
  }, 240_000);
  afterAll(() => { Object.assign(LIST_TOTALS, saved); });

  it('seeds valid data: league codes, scope fields, workflow states, entitlements and budgets agree', async () => {
    const { knex } = t().services.db;
    const counts = Object.fromEntries(await Promise.all(['workers', 'enrollments', 'attendance', 'certificates', 'claims'].map(async (tb) => [tb, Number((await knex(tb).count({ n: '*' }).first())!.n)])));
    expect(counts).toMatchObject({ workers: WORKERS, enrollments: CLAIMS * 1.25, attendance: CLAIMS * 2.5, certificates: CLAIMS, claims: CLAIMS });
    // Every node that owns configuration gets people, down to its counties.
    const leagues = (await knex('workers').distinct('league_code')).map((r) => r.league_code).sort();
    expect(leagues).toHaveLength(12);
    for (const port of ['150781', '152501']) expect(Number((await knex('workers').where({ region_code: port }).count({ n: '*' }).first())!.n)).toBeGreaterThan(0);
    // league_code is the second node of the region's path, on every table.
    const wrong = await knex('workers').join('regions', 'regions.id', 'workers.region_code').whereRaw(`regions.path not like ${knex.client.config.client === 'mysql2' ? "concat('/150000/', workers.league_code, '/%')" : "'/150000/' || workers.league_code || '/%'"}`).count({ n: '*' }).first();
    expect(Number(wrong!.n)).toBe(0);
    expect(Number((await knex('claims').join('programs', 'programs.id', 'claims.program_id').whereRaw('claims.region_code <> programs.region_code or claims.institution_id <> programs.institution_id').count({ n: '*' }).first())!.n)).toBe(0);
    expect(Number((await knex('claims').join('enrollments', 'enrollments.id', 'claims.enrollment_id').whereRaw('claims.worker_id <> enrollments.worker_id or claims.league_code <> enrollments.league_code').count({ n: '*' }).first())!.n)).toBe(0);
    // States as the workflow leaves them.
    expect(Number((await knex('claims').where({ state: 'draft' }).whereNotNull('submitted_at').count({ n: '*' }).first())!.n)).toBe(0);
    expect(Number((await knex('claims').whereNot({ state: 'draft' }).where((w) => w.whereNull('decision').orWhereNull('outcome').orWhereNull('submitted_at')).count({ n: '*' }).first())!.n)).toBe(0);
    expect(Number((await knex('claims').whereIn('state', ['approved', 'paid']).where((w) => w.whereNull('decided_fen').orWhereNull('budget_id')).count({ n: '*' }).first())!.n)).toBe(0);
    expect(Number((await knex('claims').where({ state: 'paid' }).whereNull('paid_at').count({ n: '*' }).first())!.n)).toBe(0);
    const held = Number((await knex('entitlements').count({ n: '*' }).first())!.n);
    expect(held).toBe(Number((await knex('claims').whereIn('state', ['approved', 'paid']).count({ n: '*' }).first())!.n));
    // Budgets: reserved = approved amounts, spent = paid amounts.
    const money: Array<{ state: string; s: unknown }> = await knex('claims').whereIn('state', ['approved', 'paid']).groupBy('state').select('state').sum({ s: 'decided_fen' }) as any;
    const budget = await knex('budgets').sum({ reserved: 'reserved_fen', spent: 'spent_fen' }).first();
    expect(Number(budget!.reserved)).toBe(Number(money.find((m) => m.state === 'approved')?.s ?? 0));
    expect(Number(budget!.spent)).toBe(Number(money.find((m) => m.state === 'paid')?.s ?? 0));
  });

  it('resumes: a rerun with the same sizes adds nothing, a larger one continues with fresh people', async () => {
    const { services } = t();
    const again = await seedScale(services, systemContext('test'), { workers: WORKERS, claims: CLAIMS, batch: 700 });
    expect(again).toMatchObject({ resumed: true, rows: expect.any(Number) });
    expect(again.counts.workers).toBe(WORKERS);
    const more = await seedScale(services, systemContext('test'), { workers: WORKERS + 300, claims: CLAIMS, batch: 700 });
    expect(more.counts.workers).toBe(WORKERS + 300);
    expect(Number((await services.db.knex('workers').countDistinct({ n: 'id_number_idx' }).first())!.n)).toBe(WORKERS + 300);
    await refreshAggregates(services.db.knex);
  }, 120_000);

  for (const username of ['admin', 's_baotou', 's_hohhot', 's_mzl', 's_auditor', 's_school']) {
    it(`${username}: every sort, filter, search and deep page returns the rows and totals of the old path`, async () => {
      const ctx = await contextOf(t(), username);
      // Exact totals throughout, to compare them with the old full count (estimates have their own test).
      LIST_TOTALS.exactCountCap = 1_000_000;
      for (const probe of probes(username === 's_baotou' ? 150 : 900)) {
        const service = t().services.resources.get(probe.resource);
        const params = { sort: JSON.stringify(probe.sort), range: JSON.stringify(probe.range), filter: JSON.stringify(probe.filter) };
        const now = await service.list(ctx, params);
        const old = await service.legacyList(ctx, params);
        const label = `${probe.resource} ${JSON.stringify(probe)}`;
        expect(now.records.map((r) => r.id), label).toEqual(old.records.map((r) => r.id));
        expect(now.total, label).toBe(old.total);
        expect(now.estimated ?? false).toBe(false);
        // List rows are the records, less what the record's page reads.
        for (const [i, r] of now.records.entries()) expect(r, label).toEqual(probe.resource === 'claims' ? (({ decision, ...rest }) => rest)(old.records[i]) : old.records[i]);
      }
    }, 120_000);
  }

  it('deep pages continued from keyset anchors (next, previous, revisited, a jump ahead) are the OFFSET pages, NULL sorts included', async () => {
    const sorts: Array<[string, [string, string], object]> = [
      ['workers', ['created_at', 'DESC'], {}], ['workers', ['employment_status', 'ASC'], {}], ['workers', ['employment_status', 'DESC'], {}],
      ['workers', ['name', 'ASC'], { q: '示例' }], ['claims', ['decided_fen', 'ASC'], {}], ['claims', ['decided_fen', 'DESC'], { state: 'approved' }],
      ['claims', ['outcome', 'DESC'], {}], ['claims', ['id', 'ASC'], {}],
    ];
    // Page starts in the order a clerk might visit them: forward, back, the same page again, a jump, onward.
    const starts = [0, 50, 100, 150, 100, 100, 450, 500, 550, 525, 2000, 2050];
    for (const username of ['admin', 's_baotou']) {
      const ctx = await contextOf(t(), username);
      LIST_TOTALS.exactCountCap = 1_000_000;
      for (const [resource, sort, filter] of sorts) {
        const service = t().services.resources.get(resource);
        service.anchors.clear();
        for (const start of starts) {
          const params = { sort: JSON.stringify(sort), range: JSON.stringify([start, start + 49]), filter: JSON.stringify(filter) };
          const label = `${username} ${resource} ${JSON.stringify(sort)} ${JSON.stringify(filter)} from ${start}`;
          expect((await service.list(ctx, params)).records.map((r) => r.id), label).toEqual((await service.legacyList(ctx, params)).records.map((r) => r.id));
        }
      }
    }
    Object.assign(LIST_TOTALS, saved);
  }, 120_000);

  it('the admin\'s cold jump in id order reads the (id) index on MySQL, falls back without it, and gives the OFFSET page', async () => {
    const { services } = t();
    const { knex } = services.db;
    const mysql = services.db.dialect === 'mysql';
    const sql: string[] = [];
    const record = (q: { sql: string }) => sql.push(q.sql);
    knex.on('query', record);
    try {
      LIST_TOTALS.exactCountCap = 1_000_000;
      for (const [resource, dir, start] of [['workers', 'ASC', 1200], ['workers', 'DESC', 700], ['claims', 'DESC', 300], ['enrollments', 'ASC', 500], ['certificates', 'DESC', 200]] as const) {
        const service = services.resources.get(resource);
        const params = { sort: JSON.stringify(['id', dir]), range: JSON.stringify([start, start + 24]), filter: '{}' };
        const old = (await service.legacyList(await contextOf(t(), 'admin'), params)).records.map((r) => r.id);
        expect(old).toHaveLength(25);
        for (const username of ['admin', 's_baotou']) {
          service.anchors.clear();
          sql.length = 0;
          const ctx = await contextOf(t(), username);
          const now = (await service.list(ctx, params)).records.map((r) => r.id);
          const hinted = sql.some((q) => q.includes(`FORCE INDEX (\`${resource}_id_order\`)`));
          // Only the whole table (the admin, no filter) on MySQL: a scoped list has its (league_code, id) range.
          expect(hinted, `${username} ${resource}`).toBe(mysql && username === 'admin');
          expect(now, `${username} ${resource}`).toEqual((await service.legacyList(ctx, params)).records.map((r) => r.id));
        }
        // A filter narrows the rows: the index is not named.
        sql.length = 0;
        service.anchors.clear();
        await service.list(await contextOf(t(), 'admin'), { ...params, filter: JSON.stringify({ id: old }) });
        expect(sql.some((q) => q.includes('FORCE INDEX'))).toBe(false);
      }
      if (mysql) {
        // A bulk load sets secondary indexes aside: the page still comes, by the primary key.
        await knex.raw('ALTER TABLE workers DROP INDEX workers_id_order');
        try {
          const service = services.resources.get('workers');
          const params = { sort: '["id","ASC"]', range: '[1200,1224]', filter: '{}' };
          const ctx = await contextOf(t(), 'admin');
          service.anchors.clear();
          expect((await service.list(ctx, params)).records.map((r) => r.id)).toEqual((await service.legacyList(ctx, params)).records.map((r) => r.id));
        } finally {
          await knex.raw('ALTER TABLE workers ADD INDEX workers_id_order (id)');
        }
      }
    } finally {
      knex.removeListener('query', record);
      Object.assign(LIST_TOTALS, saved);
    }
  }, 120_000);

  it('a 包头 reviewer never sees a row outside 包头 through any sort, filter, search or deep page, and 满洲里 only its own', async () => {
    for (const [username, prefix] of [['s_baotou', '1502'], ['s_mzl', '150781'], ['s_hohhot', '1501']] as const) {
      const ctx = await contextOf(t(), username);
      let seen = 0;
      for (const probe of probes(40)) {
        const { records } = await t().services.resources.get(probe.resource).list(ctx, { sort: JSON.stringify(probe.sort), range: JSON.stringify(probe.range), filter: JSON.stringify(probe.filter) });
        const regions = await regionsOf(t(), probe.resource, records.map((r) => r.id as number));
        for (const r of regions) expect(r.startsWith(prefix), `${username} ${probe.resource} ${r}`).toBe(true);
        seen += regions.length;
      }
      expect(seen).toBeGreaterThan(0);
    }
    // Reads by id out of scope are 404s, whatever the path.
    const reviewer = await TestClient.login(t().app, 's_baotou', USER_PASSWORD);
    const hohhotWorker = await t().services.db.knex('workers').where({ league_code: '150100' }).first('id');
    const hohhotClaim = await t().services.db.knex('claims').where({ league_code: '150100' }).first('id');
    expect((await reviewer.get(`/api/workers/${hohhotWorker.id}`)).status).toBe(404);
    expect((await reviewer.get(`/api/claims/${hohhotClaim.id}`)).status).toBe(404);
    const listed = await reviewer.list('workers', { filter: { id: [hohhotWorker.id] } });
    expect(listed.body).toEqual([]);
  });

  it('large totals are estimates said so in a header; small ones stay exact', async () => {
    LIST_TOTALS.exactCountCap = 100;
    LIST_TOTALS.sampleRows = 500;
    try {
      const reviewer = await TestClient.login(t().app, 's_baotou', USER_PASSWORD);
      const exact = await t().services.db.knex('workers').where({ league_code: '150200' }).count({ n: '*' }).first();
      const all = await reviewer.list('workers', { sort: ['created_at', 'DESC'] });
      expect(all.headers['x-total-estimated']).toBe('true');
      // Unfiltered: the aggregates' count of the scope (fresh here, so equal to the exact one).
      expect(total(all)).toBe(Number(exact!.n));
      const filtered = await reviewer.list('workers', { sort: ['created_at', 'DESC'], filter: { category: 'returnee' } });
      const truth = Number((await t().services.db.knex('workers').where({ league_code: '150200', category: 'returnee' }).count({ n: '*' }).first())!.n);
      if (truth > 100) {
        expect(filtered.headers['x-total-estimated']).toBe('true');
        expect(Math.abs(total(filtered) - truth) / truth).toBeLessThan(0.5);
      }
      const small = await reviewer.list('workers', { filter: { region_code: '150206', category: 'employed', gender: 'male' } });
      expect(small.headers['x-total-estimated']).toBeUndefined();
      const byId = await reviewer.list('workers', { filter: { q: (await reviewer.get(`/api/workers/${all.body[0].id}?reveal=true`)).body.id_number } });
      expect(byId.body.map((w: any) => w.id)).toEqual([all.body[0].id]);
    } finally {
      Object.assign(LIST_TOTALS, saved);
    }
  });

  it('claim list rows carry no decision; the record does', async () => {
    const rows = await admin.list('claims', { filter: { state: 'paid' }, range: [0, 4] });
    expect(rows.body.length).toBeGreaterThan(0);
    for (const r of rows.body) expect(r).not.toHaveProperty('decision');
    const one = await admin.get(`/api/claims/${rows.body[0].id}`);
    expect(one.body.decision).toMatchObject({ outcome: 'eligible', amount_fen: rows.body[0].decided_fen });
  });

  it('the dashboard from the aggregates equals the live count, for the region and for a 盟市', async () => {
    const byKey = (rows: any[]) => [...rows].sort((a, b) => String(a.key ?? a.month).localeCompare(String(b.key ?? b.month)));
    for (const username of ['admin', 's_baotou', 's_mzl']) {
      const ctx = await contextOf(t(), username);
      await refreshAggregates(t().services.db.knex);
      LIVE_DASHBOARD.maxRows = Number.MAX_SAFE_INTEGER;
      const live = await dashboard(t().services, ctx, {});
      LIVE_DASHBOARD.maxRows = 0;
      const fast = await dashboard(t().services, ctx, {});
      LIVE_DASHBOARD.maxRows = 50_000;
      expect(fast).toHaveProperty('as_of');
      expect(byKey(fast.workers_by_category)).toEqual(byKey(live.workers_by_category));
      expect(byKey(fast.claims_by_state)).toEqual(byKey(live.claims_by_state));
      expect(fast.monthly).toEqual(live.monthly);
      const withRegion = await dashboard(t().services, ctx, { region_code: '150203' });
      LIVE_DASHBOARD.maxRows = Number.MAX_SAFE_INTEGER;
      expect(byKey(withRegion.workers_by_category)).toEqual(byKey((await dashboard(t().services, ctx, { region_code: '150203' })).workers_by_category));
      LIVE_DASHBOARD.maxRows = 50_000;
    }
  });

  it('write paths keep the 盟市 code: create, move (certificates follow), and rows written around the service get it at the next refresh', async () => {
    const { knex } = t().services.db;
    const w = await make(admin, 'workers', workerBody({ region_code: '150203' }));
    expect((await knex('workers').where({ id: w.id }).first('league_code')).league_code).toBe('150200');
    const cert = await make(admin, 'certificates', { worker_id: w.id, kind: 'skill_level', number: 'SCALE-MOVE-1', occupation_code: '6-18-02-04', level: '5', issuer: '示例评价机构', issued_on: '2026-05-10' });
    expect((await knex('certificates').where({ id: cert.id }).first('league_code')).league_code).toBe('150200');
    const baotou = await TestClient.login(t().app, 's_baotou', USER_PASSWORD);
    const hohhot = await TestClient.login(t().app, 's_hohhot', USER_PASSWORD);
    expect((await baotou.get(`/api/workers/${w.id}`)).status).toBe(200);
    const moved = await admin.put(`/api/workers/${w.id}`, { ...w, region_code: '150102' });
    expect(moved.status).toBe(200);
    expect((await knex('workers').where({ id: w.id }).first('league_code')).league_code).toBe('150100');
    expect((await knex('certificates').where({ id: cert.id }).first('league_code')).league_code).toBe('150100');
    expect((await baotou.get(`/api/workers/${w.id}`)).status).toBe(404);
    expect((await baotou.get(`/api/certificates/${cert.id}`)).status).toBe(404);
    expect((await hohhot.get(`/api/certificates/${cert.id}`)).status).toBe(200);
    // A row inserted around the resource service has no code: hidden from 盟市 users (never shown wrongly) until the refresh.
    await knex('workers').where({ id: w.id }).update({ league_code: null });
    expect((await hohhot.get(`/api/workers/${w.id}`)).status).toBe(404);
    await refreshAggregates(knex);
    expect((await hohhot.get(`/api/workers/${w.id}`)).status).toBe(200);
  });
});
