// Partial updates on every resource: a PUT with only the changed fields and `version` (curl) changes those fields and
// nothing else; the whole record sent back (react-admin) works too; read-only fields pass unchanged and are refused changed.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { institutionBody, make, programBody, workerBody } from '../test/fixtures.js';
import { definitions as entities } from './definitions/index.js';

type Body = Record<string, unknown>;
/** `body: null`: the resource cannot take another record (fund sources are the five of the policy); a seeded one is edited. */
interface Case { resource: string; body: () => Promise<Body | null>; change: Body; again: Body }

/** What the server sets on every write: never compared. */
const MOVING = new Set(['updated_at', 'updated_by', 'version']);

describeEachDb('partial updates', (t) => {
  let admin: TestClient;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    ids.institution = (await make(admin, 'institutions', institutionBody())).id;
    ids.worker = (await make(admin, 'workers', workerBody())).id;
    ids.program = (await make(admin, 'programs', programBody(ids.institution))).id;
    ids.enrollment = (await make(admin, 'enrollments', { program_id: ids.program, worker_id: ids.worker, enrolled_on: '2026-02-25' })).id;
    ids.fund = (await admin.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
  }, 60_000);

  // Each record is made with non-default values where the schema has a default: a PUT that does not name them must keep them.
  const CASES: Case[] = [
    { resource: 'regions', body: async () => ({ id: '150125901', name: '示例苏木', level: 'township', parent_id: '150125', is_example: true, owns_config: false }), change: { name: '示例苏木（改）' }, again: { is_example: false } },
    { resource: 'users', body: async () => ({ username: 'pu_clerk', display_name: '经办员', role: 'auditor', region_code: '150100', active: false, password: 'Partial-pass-123' }), change: { display_name: '经办员乙' }, again: { role: 'reviewer' } },
    { resource: 'institutions', body: async () => institutionBody({ brand_level: 'league', approval_status: 'approved' }), change: { contact_name: '张老师' }, again: { address: '新城区示例路 1 号' } },
    { resource: 'workers', body: async () => workerBody({ traits: ['older', 'outbound_wish'], category: 'returnee' }), change: { notes: '已电话回访' }, again: { employment_status: 'gig' } },
    { resource: 'bases', body: async () => ({ name: '示例基地PU', institution_id: ids.institution, region_code: '150102', area_type: 'pastoral', capacity: 100, occupations: ['6-18-02-04'], level: 'league' }), change: { capacity: 120 }, again: { name: '示例基地PU（改）' } },
    { resource: 'programs', body: async () => programBody(ids.institution, { target_group: 'youth', subsidised: true, status: 'open', start_date: '2026-06-01', end_date: '2026-07-31' }), change: { capacity: 30 }, again: { name: '焊工（五级）夏季班' } },
    { resource: 'intentions', body: async () => ({ worker_id: ids.worker, region_code: '150102', channel: 'app', stated_on: '2026-02-01', wants_training: false, wants_evaluation: true, wants_job: true }), change: { job_wish: '焊接岗位' }, again: { channel: 'gig_market' } },
    {
      resource: 'enrollments',
      body: async () => ({ program_id: ids.program, worker_id: (await make(admin, 'workers', workerBody())).id, enrolled_on: '2026-02-26' }),
      change: { enrolled_on: '2026-02-27' }, again: { status: 'withdrawn' },
    },
    { resource: 'attendance', body: async () => ({ enrollment_id: ids.enrollment, session_date: '2026-03-03', hours: 8 }), change: { hours: 6 }, again: { session_date: '2026-03-04' } },
    { resource: 'certificates', body: async () => ({ worker_id: ids.worker, kind: 'skill_level', number: 'PU-0000001', occupation_code: '6-18-02-04', level: '5', issuer: '示例评价机构', issued_on: '2026-05-10' }), change: { issuer: '示例评价中心' }, again: { issued_on: '2026-05-11' } },
    { resource: 'fund_sources', body: async () => null, change: { name: '人才队伍建设经费（示例）' }, again: { name: '人才经费' } },
    { resource: 'budgets', body: async () => ({ fund_source_id: ids.fund, region_code: '150100', year: 2027, amount_fen: 100_000_00 }), change: { amount_fen: 200_000_00 }, again: { amount_fen: 300_000_00 } },
    { resource: 'claims', body: async () => ({ type: 'training', enrollment_id: ids.enrollment, claim_date: '2026-05-20', requested_fen: 120000 }), change: { requested_fen: 110000 }, again: { claim_date: '2026-05-21' } },
    { resource: 'follow_ups', body: async () => ({ enrollment_id: ids.enrollment, worker_id: ids.worker, region_code: '150102', due_on: '2026-06-30', months_after: 1 }), change: { employed: true }, again: { satisfaction: 4 } },
    { resource: 'job_postings', body: async () => ({ employer: '示例建筑公司PU', title: '焊工', region_code: '150102', occupation_code: '6-18-02-04', positions: 5 }), change: { title: '电焊工' }, again: { wage_min_fen: 500000 } },
    { resource: 'issuers', body: async () => ({ name: '示例评价机构PU', occupation_codes: ['6-18-02-04'], region_code: '150100' }), change: { valid_to: '2030-12-31' }, again: { name: '示例评价机构PU（改）' } },
    { resource: 'configs', body: async () => ({ node_code: '150100', kind: 'catalog', key: 'default', mode: 'extend', title: '示例·部分修改草稿', effective_from: '2027-01-01', body: { entries: [] } }), change: { title: '示例·部分修改草稿（改）' }, again: { effective_from: '2027-02-01' } },
  ];

  it('covers every resource that has a PUT', () => {
    expect(CASES.map((c) => c.resource).sort()).toEqual(entities.filter((d) => d.update).map((d) => d.name).sort());
  });

  for (const k of CASES) {
    it(`${k.resource}: only the named fields change, whether the PUT names one field or sends the whole record`, async () => {
      const body = await k.body();
      const created = body ? await make(admin, k.resource, body) : (await admin.list(k.resource, { sort: ['id', 'DESC'], range: [0, 0] })).body[0];
      const before = (await admin.get(`/api/${k.resource}/${created.id}`)).body;

      // curl: the changed field and the version read, nothing else.
      const partial = await admin.put(`/api/${k.resource}/${created.id}`, { ...k.change, version: before.version });
      expect(partial.status, JSON.stringify(partial.body)).toBe(200);
      const after = (await admin.get(`/api/${k.resource}/${created.id}`)).body;
      for (const [field, value] of Object.entries(before)) {
        if (MOVING.has(field)) continue;
        expect(after[field], field).toEqual(field in k.change ? k.change[field] : value);
      }
      expect(after.version).toBe(before.version + 1);

      // react-admin: the whole record with a change.
      const whole = await admin.put(`/api/${k.resource}/${created.id}`, { ...after, ...k.again });
      expect(whole.status, JSON.stringify(whole.body)).toBe(200);
      expect(whole.body).toMatchObject({ ...k.again, version: after.version + 1 });
    });
  }

  it('read-only fields are ignored when sent unchanged and refused, naming the field, when changed', async () => {
    for (const def of entities.filter((d) => d.update && d.readOnly?.length)) {
      const list = await admin.list(def.name, { range: [0, 0], sort: ['id', 'DESC'] });
      const current = list.body[0];
      if (!current) continue;
      for (const field of def.readOnly!.filter((f) => !def.volatile?.includes(f) && f in current)) {
        const fresh = (await admin.get(`/api/${def.name}/${current.id}`)).body;
        const same = await admin.put(`/api/${def.name}/${current.id}`, { [field]: fresh[field], version: fresh.version });
        // A claim past draft refuses every edit; everything else accepts an unchanged read-only field.
        if (!(def.name === 'claims' && fresh.state !== 'draft')) expect(same.status, `${def.name}.${field} ${JSON.stringify(same.body)}`).toBe(200);
        const now = (await admin.get(`/api/${def.name}/${current.id}`)).body;
        const other = typeof now[field] === 'number' ? now[field] + 1 : typeof now[field] === 'boolean' ? !now[field] : /^\d{4}-\d{2}-\d{2}$/.test(String(now[field])) ? '2020-01-01' : 'changed';
        const changed = await admin.put(`/api/${def.name}/${current.id}`, { [field]: other, version: now.version });
        expect(changed.status, `${def.name}.${field}`).toBe(400);
        expect(changed.body.field, `${def.name}.${field}`).toBe(field);
        expect((await admin.get(`/api/${def.name}/${current.id}`)).body.version).toBe(now.version);
      }
    }
  });

  it('finishes an enrolment (已结业, 合格, 结业日期) from the console\'s edit form and by a partial PUT', async () => {
    const worker = await make(admin, 'workers', workerBody());
    const enrolment = await make(admin, 'enrollments', { program_id: ids.program, worker_id: worker.id, enrolled_on: '2026-02-28' });
    await make(admin, 'attendance', { enrollment_id: enrolment.id, session_date: '2026-03-02', hours: 8 });
    const record = (await admin.get(`/api/enrollments/${enrolment.id}`)).body;
    // EnrollmentEdit's transform: toPatch('worker_id', 'program_id', 'attended_hours') drops those and the bookkeeping, keeps version.
    const form = Object.fromEntries(Object.entries({ ...record, status: 'completed', completed_on: '2026-04-30', assessment_result: 'pass' })
      .filter(([k]) => !['id', 'created_at', 'updated_at', 'created_by', 'updated_by', 'worker_id', 'program_id', 'attended_hours'].includes(k)));
    const saved = await admin.put(`/api/enrollments/${enrolment.id}`, form);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ status: 'completed', completed_on: '2026-04-30', assessment_result: 'pass', attended_hours: 8 });

    const other = await make(admin, 'enrollments', { program_id: ids.program, worker_id: (await make(admin, 'workers', workerBody())).id, enrolled_on: '2026-02-28' });
    const curl = await admin.put(`/api/enrollments/${other.id}`, { status: 'completed', completed_on: '2026-04-30', assessment_result: 'pass', version: other.version });
    expect(curl.status, JSON.stringify(curl.body)).toBe(200);
    expect(curl.body).toMatchObject({ status: 'completed', assessment_result: 'pass', enrolled_on: '2026-02-28', worker_id: other.worker_id });
  });
});
