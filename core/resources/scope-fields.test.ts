// Scope fields follow linked records (issue 11, item 3), swept over every resource × role: a client value that
// disagrees with the record it links is refused (400 naming the field) and writes nothing; left out, it is derived;
// a PUT that moves it is refused. Resources with no linked scope field are listed too, with their out-of-scope refusal.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber, institutionBody, make, programBody } from '../test/fixtures.js';
import { definitions as entities } from './definitions/index.js';
import { can } from './definition.js';
import { ROLES, type RoleName } from '../schemas/common.js';

type Body = Record<string, unknown>;
type Ids = Record<string, number>;

/** A field derived from what the record links: a value that disagrees, and the value derived. */
interface Derived { field: string; wrong: unknown; derived: unknown }

interface Spec {
  /** A valid new record for the role, in 包头 昆都仑区 (institution A's site), without the derived fields. */
  body?: (role: RoleName, ids: Ids, n: number) => Body;
  /** The fields derived for this role, and what each must be. */
  derived?: (role: RoleName, ids: Ids) => Derived[];
  /** Moves a PUT must refuse (field → a disagreeing value), for the roles that may update. */
  moves?: (role: RoleName, ids: Ids) => Body;
  /** No linked scope field: a record outside the role's scope is refused instead (403), where the role may create. */
  outside?: (ids: Ids, n: number) => Body;
  /** Neither: no scope field at all (global), or not created through the API. */
  none?: string;
}

let seq = 0;
const phone = () => `1360000${String(++seq).padStart(4, '0')}`;

const SPECS: Record<string, Spec> = {
  workers: {
    body: (role, _ids, n) => ({ id_number: idNumber('150203', '19820101', 500 + n), name: '示例·范围人员', category: 'rural_transfer', phone: phone(), ...(role === 'institution_staff' ? {} : { region_code: '150203' }) }),
    derived: (role) => (role === 'institution_staff' ? [{ field: 'region_code', wrong: '150102', derived: '150203' }] : []),
    moves: (role) => (role === 'institution_staff' ? { region_code: '150102' } : {}),
  },
  programs: {
    body: (role, ids) => {
      const { region_code: _r, institution_id: _i, ...rest } = programBody(ids.instA);
      return role === 'institution_staff' ? rest : { ...rest, institution_id: ids.instA };
    },
    derived: (role, ids) => [
      { field: 'region_code', wrong: '150102', derived: '150203' },
      ...(role === 'institution_staff' ? [{ field: 'institution_id', wrong: ids.instB, derived: ids.instA }] : []),
    ],
    moves: () => ({ region_code: '150102' }),
  },
  intentions: {
    body: (_role, ids) => ({ worker_id: ids.workerA, channel: 'app', stated_on: '2026-02-01' }),
    derived: () => [{ field: 'region_code', wrong: '150102', derived: '150203' }],
    moves: () => ({ region_code: '150102' }),
  },
  certificates: {
    body: (_role, ids, n) => ({ enrollment_id: ids.enrolA, kind: 'skill_level', number: `SF-${n}-${++seq}`, occupation_code: '6-18-02-04', level: '5', issuer: '示例评价机构', issued_on: '2026-05-06' }),
    derived: (_role, ids) => [{ field: 'worker_id', wrong: ids.workerA2, derived: ids.workerA }],
    moves: (_role, ids) => ({ enrollment_id: ids.enrolA2 }),
  },
  claims: {
    body: (_role, ids) => ({ type: 'training', enrollment_id: ids.enrolA, claim_date: '2026-05-20' }),
    derived: (_role, ids) => [
      { field: 'region_code', wrong: '150102', derived: '150203' },
      { field: 'institution_id', wrong: ids.instB, derived: ids.instA },
      { field: 'worker_id', wrong: ids.workerA2, derived: ids.workerA },
      { field: 'program_id', wrong: ids.programB, derived: ids.programA },
    ],
    moves: (_role, ids) => ({ region_code: '150102', institution_id: ids.instB }),
  },
  bases: {
    body: (_role, ids, n) => ({ name: `示例范围基地${n}`, institution_id: ids.instA, area_type: 'rural', capacity: 50, occupations: [], level: 'county' }),
    derived: () => [{ field: 'region_code', wrong: '150102', derived: '150203' }],
    moves: () => ({ region_code: '150102' }),
  },
  follow_ups: {
    body: (_role, ids) => ({ enrollment_id: ids.enrolA, due_on: '2026-07-01', months_after: 1 }),
    derived: (_role, ids) => [{ field: 'worker_id', wrong: ids.workerA2, derived: ids.workerA }, { field: 'region_code', wrong: '150202', derived: '150203' }],
    moves: () => ({ region_code: '150202' }),
  },
  users: {
    body: (_role, ids, n) => ({ username: `sf_clerk_${n}_${++seq}`, display_name: '经办人', role: 'institution_staff', institution_id: ids.instA, password: 'Scope-pass-1234' }),
    derived: () => [{ field: 'region_code', wrong: '150102', derived: '150203' }],
    moves: () => ({ region_code: '150102' }),
  },
  institutions: { outside: (_ids, n) => ({ ...institutionBody({ region_code: '150102', name: `示例范围外机构${n}` }) }) },
  budgets: { outside: (ids, n) => ({ fund_source_id: ids.fund, region_code: '150102', year: 2030 + n, amount_fen: 1000 }) },
  job_postings: { outside: () => ({ employer: '示例范围外企业', title: '焊工', region_code: '150102', occupation_code: '6-18-02-04', positions: 1 }) },
  issuers: { outside: (_ids, n) => ({ name: `示例范围外发证机构${n}`, occupation_codes: ['6-18-02-04'], region_code: '150100' }) },
  configs: { outside: () => ({ node_code: '150100', kind: 'catalog', key: 'default', mode: 'extend', title: '示例·范围外草稿', effective_from: '2027-01-01', body: { entries: [] } }) },
  enrollments: { none: 'scoped through its class and worker, both checked in scope; no field of its own' },
  attendance: { none: 'scoped through its enrolment; no field of its own' },
  regions: { none: 'the tree itself: only the platform administrator writes it' },
  fund_sources: { none: 'global: the five fund sources of the policy' },
  risk_cases: { none: 'not created through the API: filed by risk scans' },
  sms_outbox: { none: 'written only by the built-in SMS adapter (core/public/sms.ts)' },
  audit: { none: 'not written through the API' },
};

describeEachDb('scope fields follow linked records', (t) => {
  let admin: TestClient;
  const as: Partial<Record<RoleName, TestClient>> = {};
  const ids: Ids = {};

  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    ids.instA = (await make(admin, 'institutions', institutionBody({ region_code: '150203', name: '示例范围机构A' }))).id;
    ids.instB = (await make(admin, 'institutions', institutionBody({ region_code: '150202', name: '示例范围机构B' }))).id;
    ids.programA = (await make(admin, 'programs', programBody(ids.instA, { region_code: '150203' }))).id;
    ids.programB = (await make(admin, 'programs', programBody(ids.instB, { region_code: '150202' }))).id;
    for (const [key, enrol] of [['workerA', 'enrolA'], ['workerA2', 'enrolA2']]) {
      ids[key] = (await make(admin, 'workers', { id_number: idNumber('150203', '19830303'), name: '示例·学员', region_code: '150203', category: 'returnee', phone: phone() })).id;
      ids[enrol] = (await make(admin, 'enrollments', { program_id: ids.programA, worker_id: ids[key], enrolled_on: '2026-02-25' })).id;
    }
    ids.fund = (await admin.list('fund_sources', { filter: { code: 'employment_subsidy' } })).body[0].id;
    // One user per role in 包头; the clerk is institution A's and is placed by the institution (no region sent).
    for (const role of ROLES) {
      const username = `sf_${role}`;
      const region = role === 'platform_admin' ? { region_code: '150000' } : role === 'institution_staff' ? {} : { region_code: '150200' };
      const user = await make(admin, 'users', { username, display_name: username, role, ...region, institution_id: role === 'institution_staff' ? ids.instA : null, password: 'Scope-pass-1234' });
      if (role === 'institution_staff') expect(user.region_code).toBe('150203');
      as[role] = await TestClient.login(t().app, username, 'Scope-pass-1234');
    }
  }, 60_000);

  const rows = async (table: string) => Number((await t().services.db.knex(table).count({ n: '*' }).first())?.n);

  it('has a spec for every resource', () => {
    expect(Object.keys(SPECS).sort()).toEqual(entities.map((d) => d.name).sort());
  });

  for (const def of entities) {
    for (const role of ROLES) {
      it(`${def.name} × ${role}`, async () => {
        const spec = SPECS[def.name];
        const c = as[role]!;
        const n = ROLES.indexOf(role);
        if (spec.none) return expect(spec.none.length).toBeGreaterThan(10);
        const mayCreate = !!def.create && can(def, role, 'c');
        if (spec.outside) {
          const before = await rows(def.table);
          const r = await c.post(`/api/${def.name}`, spec.outside(ids, n));
          // The platform administrator's scope is the whole tree; everyone else is refused (no right, or out of scope).
          if (role === 'platform_admin') expect(r.status, JSON.stringify(r.body)).toBe(201);
          else {
            expect(r.status, JSON.stringify(r.body)).toBe(403);
            expect(await rows(def.table)).toBe(before);
          }
          return;
        }
        if (!mayCreate) {
          const before = await rows(def.table);
          expect((await c.post(`/api/${def.name}`, spec.body!('platform_admin', ids, n))).status).toBe(403);
          expect(await rows(def.table)).toBe(before);
          return;
        }
        const derived = spec.derived!(role, ids);
        for (const d of derived) {
          const before = await rows(def.table);
          const wrong = await c.post(`/api/${def.name}`, { ...spec.body!(role, ids, n), [d.field]: d.wrong });
          expect(wrong.status, `${d.field}: ${JSON.stringify(wrong.body)}`).toBe(400);
          expect(wrong.body.field).toBe(d.field);
          expect(wrong.body.message).toMatch(/[\u4e00-\u9fa5]/);
          expect(await rows(def.table)).toBe(before);
        }
        const made = await c.post(`/api/${def.name}`, spec.body!(role, ids, n));
        expect(made.status, JSON.stringify(made.body)).toBe(201);
        for (const d of derived) expect(made.body[d.field], d.field).toEqual(d.derived);
        // Sending the derived values themselves is accepted too.
        const agreeing = Object.fromEntries(derived.map((d) => [d.field, d.derived]));
        expect((await c.post(`/api/${def.name}`, { ...spec.body!(role, ids, n + 10), ...agreeing })).status).toBe(201);

        if (!can(def, role, 'u')) return;
        const moves = spec.moves?.(role, ids) ?? {};
        for (const [field, value] of Object.entries(moves)) {
          const current = (await c.get(`/api/${def.name}/${made.body.id}`)).body;
          const moved = await c.put(`/api/${def.name}/${made.body.id}`, { [field]: value, version: current.version });
          expect(moved.status, `${field}: ${JSON.stringify(moved.body)}`).toBe(400);
          expect(moved.body.field).toBe(field);
          expect((await admin.get(`/api/${def.name}/${made.body.id}`)).body).toMatchObject({ [field]: current[field], version: current.version });
          // The whole record sent back unchanged (react-admin) is no move.
          const same = await c.put(`/api/${def.name}/${made.body.id}`, current);
          expect(same.status, JSON.stringify(same.body)).toBe(200);
        }
      });
    }
  }

  it('the issue\'s cases: 包头\'s clerk cannot file a claim or register a worker in 呼和浩特', async () => {
    const clerk = as.institution_staff!;
    const claim = await clerk.post('/api/claims', { type: 'training', enrollment_id: ids.enrolA, region_code: '150102' });
    expect(claim.status).toBe(400);
    expect(claim.body).toMatchObject({ field: 'region_code', message: '「申请地区」应为 150203（由报名记录 ' + ids.enrolA + ' 所在培训班决定），与提交的 150102 不一致' });
    const worker = await clerk.post('/api/workers', { id_number: idNumber('150102', '19900101', 777), name: '示例·呼市人员', region_code: '150102', category: 'returnee', phone: phone() });
    expect(worker.status).toBe(400);
    expect(worker.body.field).toBe('region_code');
    expect(worker.body.message).toContain('包头市');
    // Nothing of 包头's clerk reaches 呼和浩特's reviewers.
    await make(admin, 'users', { username: 'sf_hohhot_reviewer', display_name: '呼和浩特审核员', role: 'reviewer', region_code: '150100', password: 'Scope-pass-1234' });
    const hohhot = await TestClient.login(t().app, 'sf_hohhot_reviewer', 'Scope-pass-1234');
    expect((await hohhot.list('claims', { range: [0, 999] })).body).toEqual([]);
  });
});
