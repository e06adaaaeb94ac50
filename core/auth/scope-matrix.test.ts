// Every role × in-scope / out-of-scope × every resource and verb: lists filter, reads 404, writes refused and unchanged.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient, total } from '../test/client.js';
import { idNumber, institutionBody, make, programBody, workerBody } from '../test/fixtures.js';

type Site = Record<string, number>;
const RESOURCES = ['institutions', 'workers', 'programs', 'enrollments', 'attendance', 'certificates', 'intentions', 'claims', 'bases', 'follow_ups', 'budgets', 'job_postings', 'users'] as const;
type Res = (typeof RESOURCES)[number];
const ROLES = ['platform_admin', 'region_admin', 'reviewer', 'institution_staff', 'auditor'] as const;

/** The specification: what each role may read (r), update (u) and delete (d) within its scope. */
const GRANTS: Record<(typeof ROLES)[number], Partial<Record<Res, string>>> = {
  platform_admin: Object.fromEntries(RESOURCES.map((r) => [r, 'rud'])),
  region_admin: { institutions: 'rud', workers: 'rud', programs: 'rud', enrollments: 'rud', attendance: 'rud', certificates: 'rud', intentions: 'rud', claims: 'rud', bases: 'rud', follow_ups: 'rud', budgets: 'ru', job_postings: 'rud', users: 'rud' },
  reviewer: { institutions: 'r', workers: 'r', programs: 'r', enrollments: 'r', attendance: 'r', certificates: 'r', intentions: 'r', claims: 'r', bases: 'r', follow_ups: 'r', budgets: 'r', job_postings: 'r' },
  institution_staff: { institutions: 'r', workers: 'ru', programs: 'rud', enrollments: 'rud', attendance: 'rud', certificates: 'ru', intentions: 'r', claims: 'rud', bases: 'r', follow_ups: 'ru', job_postings: 'r' },
  auditor: Object.fromEntries(RESOURCES.map((r) => [r, 'r'])),
};

async function site(c: TestClient, region: string, fund: number, tag: string, link: (intentionId: number, enrollmentId: number) => Promise<unknown>): Promise<Site> {
  const s: Site = {};
  s.institutions = (await make(c, 'institutions', institutionBody({ region_code: region, name: `示例机构${tag}` }))).id;
  s.workers = (await make(c, 'workers', workerBody({ region_code: region, id_number: idNumber(region.slice(0, 4) + '02', '19800101') }))).id;
  s.programs = (await make(c, 'programs', programBody(s.institutions, { region_code: region }))).id;
  s.enrollments = (await make(c, 'enrollments', { program_id: s.programs, worker_id: s.workers, enrolled_on: '2026-03-01' })).id;
  s.attendance = (await make(c, 'attendance', { enrollment_id: s.enrollments, session_date: '2026-03-02', hours: 8 })).id;
  s.certificates = (await make(c, 'certificates', { worker_id: s.workers, enrollment_id: s.enrollments, kind: 'skill_level', number: `CERT-${tag}`, occupation_code: '6-18-02-04', level: '5', issuer: '示例评价机构', issued_on: '2026-05-01' })).id;
  const intention = await make(c, 'intentions', { worker_id: s.workers, region_code: region, channel: 'app', stated_on: '2026-02-01', occupation_code: '6-18-02-04' });
  await c.put(`/api/intentions/${intention.id}`, { ...intention, status: 'placed' });
  await link(intention.id, s.enrollments);
  s.intentions = intention.id;
  s.claims = (await make(c, 'claims', { type: 'training', worker_id: s.workers, program_id: s.programs, enrollment_id: s.enrollments, institution_id: s.institutions, region_code: region, claim_date: '2026-05-20', requested_fen: 100000 })).id;
  s.bases = (await make(c, 'bases', { name: `示例基地${tag}`, institution_id: s.institutions, region_code: region, area_type: 'rural', capacity: 50, occupations: [], level: 'county' })).id;
  s.follow_ups = (await make(c, 'follow_ups', { enrollment_id: s.enrollments, worker_id: s.workers, region_code: region, due_on: '2026-07-01', months_after: 1 })).id;
  s.budgets = (await make(c, 'budgets', { fund_source_id: fund, region_code: region, year: 2026, amount_fen: 1_000_000 })).id;
  s.job_postings = (await make(c, 'job_postings', { employer: `示例企业${tag}`, title: '焊工', region_code: region, occupation_code: '6-18-02-04', positions: 2 })).id;
  s.users = (await make(c, 'users', { username: `user_${tag}`, display_name: `用户${tag}`, role: 'auditor', region_code: region, password: 'Pass-word-1234' })).id;
  return s;
}

describeEachDb('scope matrix', (t) => {
  let admin: TestClient;
  let mine: Site; // 包头 昆都仑区, institution A: the users under test belong here
  let sibling: Site; // 包头 东河区, institution B: same league, another institution
  let other: Site; // 呼和浩特: another league
  const clients: Record<string, TestClient> = {};
  let cases = 0;

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    // Placing a wish is a workflow action; here the link is set directly.
    const link = (intentionId: number, enrollmentId: number) => t().services.db.knex('intentions').where({ id: intentionId }).update({ enrollment_id: enrollmentId });
    const fund = (await admin.list('fund_sources')).body[0].id;
    mine = await site(admin, '150203', fund, 'A', link);
    sibling = await site(admin, '150202', fund, 'B', link);
    other = await site(admin, '150102', fund, 'H', link);
    const users: Array<[string, string, string, number | null]> = [
      ['platform_admin', 'm_platform', '150000', null], ['region_admin', 'm_region', '150200', null], ['reviewer', 'm_reviewer', '150200', null],
      ['institution_staff', 'm_staff', '150203', mine.institutions], ['auditor', 'm_auditor', '150200', null],
    ];
    for (const [role, username, region, institution] of users) {
      await make(admin, 'users', { username, display_name: username, role, region_code: region, institution_id: institution, password: 'Matrix-pass-1' });
      clients[role] = await TestClient.login(t().app, username, 'Matrix-pass-1');
    }
  }, 60_000);

  for (const role of ROLES) {
    for (const resource of RESOURCES) {
      it(`${role} × ${resource}`, async () => {
        const c = clients[role];
        const grant = GRANTS[role][resource] ?? '';
        // In scope: staff own institution A only; everyone else the whole 包头 league; the platform admin everything.
        const inScope = role === 'institution_staff' ? [mine] : role === 'platform_admin' ? [mine, sibling, other] : [mine, sibling];
        const outScope = [mine, sibling, other].filter((s) => !inScope.includes(s));
        const staffExceptions = role === 'institution_staff' && resource === 'job_postings';
        const list = await c.list(resource, { range: [0, 999] });
        cases++;
        if (!grant.includes('r')) {
          expect(list.status).toBe(403);
        } else {
          expect(list.status).toBe(200);
          const ids = list.body.map((r: any) => r.id);
          for (const s of inScope) if (!(staffExceptions && s !== mine)) expect(ids).toContain(s[resource]);
          for (const s of outScope) if (!(staffExceptions && s === sibling)) expect(ids).not.toContain(s[resource]);
          expect(total(list)).toBe(list.body.length);
        }
        for (const s of inScope) {
          const read = await c.get(`/api/${resource}/${s[resource]}`);
          cases++;
          expect(read.status).toBe(grant.includes('r') ? 200 : 403);
          if (!grant.includes('u')) {
            const current = (await admin.get(`/api/${resource}/${s[resource]}`)).body;
            const put = await c.put(`/api/${resource}/${s[resource]}`, { version: current.version });
            cases++;
            expect(put.status).toBe(403);
            expect((await admin.get(`/api/${resource}/${s[resource]}`)).body.version).toBe(current.version);
          }
          if (!grant.includes('d')) {
            cases++;
            expect((await c.delete(`/api/${resource}/${s[resource]}`)).status).toBe(403);
          }
        }
        for (const s of outScope) {
          const id = s[resource];
          const before = (await admin.get(`/api/${resource}/${id}`)).body;
          const read = await c.get(`/api/${resource}/${id}`);
          const put = await c.put(`/api/${resource}/${id}`, { version: before.version });
          const del = await c.delete(`/api/${resource}/${id}`);
          cases += 3;
          const hidden = grant.includes('r') ? 404 : 403;
          expect(read.status).toBe(hidden);
          expect([403, 404]).toContain(put.status);
          expect([403, 404]).toContain(del.status);
          const after = await admin.get(`/api/${resource}/${id}`);
          expect(after.status).toBe(200);
          expect(after.body.version).toBe(before.version);
        }
      });
    }
  }

  it('refuses creating records outside the scope and writes nothing', async () => {
    const region = clients.region_admin;
    const before = total(await admin.list('workers'));
    const r1 = await region.post('/api/workers', workerBody({ region_code: '150102' }));
    expect(r1.status).toBe(403);
    const r2 = await region.post('/api/institutions', institutionBody({ region_code: '150102' }));
    expect(r2.status).toBe(403);
    const r3 = await region.post('/api/users', { username: 'sneaky', display_name: 'x', role: 'platform_admin', region_code: '150200', password: 'Sneaky-pass-1' });
    expect(r3.status).toBe(403);
    const r4 = await clients.institution_staff.post('/api/programs', programBody(sibling.institutions, { region_code: '150202' }));
    expect(r4.status).toBe(400);
    expect(r4.body.field).toBe('institution_id');
    const r5 = await clients.reviewer.post('/api/claims', { type: 'training', region_code: '150200', claim_date: '2026-05-01', requested_fen: 1 });
    expect(r5.status).toBe(403);
    const r6 = await clients.auditor.post('/api/workers', workerBody({ region_code: '150203' }));
    expect(r6.status).toBe(403);
    cases += 6;
    expect(total(await admin.list('workers'))).toBe(before);
    expect((await admin.list('users', { filter: { username: 'sneaky' } })).body).toHaveLength(0);
  });

  it('filters and exact lookups never reach out of scope', async () => {
    const region = clients.region_admin;
    const hohhotWorker = (await admin.get(`/api/workers/${other.workers}?reveal=true`)).body;
    const byId = await region.list('workers', { filter: { id_number: hohhotWorker.id_number } });
    const byRegion = await region.list('workers', { filter: { region_code: '150102' } });
    const byIds = await region.list('workers', { filter: { id: [other.workers] } });
    cases += 3;
    expect(byId.body).toEqual([]);
    expect(byRegion.body).toEqual([]);
    expect(byIds.body).toEqual([]);
  });

  it('audits permission refusals', async () => {
    const r = await admin.list('audit', { filter: { action: 'denied' }, range: [0, 999] });
    expect(r.body.length).toBeGreaterThan(10);
    console.log(`scope matrix: ${cases} role × scope × resource × verb cases checked`);
  });
});
