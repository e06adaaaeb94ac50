// A clerk's day with curl: every demo-like role logs in over a real port, registers and finds workers, and every bad input is a clean JSON error.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './build-test-app.js';
import { curl, listen, login, type CurlReply } from './live.js';
import { creditCode, idNumber, institutionBody, programBody, workerBody } from './fixtures.js';

const PASSWORD = 'Demo-pass-2026';
/** The demo users of README, one per role, at the nodes the demo gives them. */
const DEMO = [
  { username: 'hohhot_admin', role: 'region_admin', region: '150100' },
  { username: 'baotou_admin', role: 'region_admin', region: '150200' },
  { username: 'baotou_reviewer', role: 'reviewer', region: '150200' },
  { username: 'hohhot_reviewer', role: 'reviewer', region: '150100' },
  { username: 'baotou_school', role: 'institution_staff', region: '150203' },
  { username: 'hohhot_school', role: 'institution_staff', region: '150105' },
  { username: 'auditor', role: 'auditor', region: '150000' },
] as const;

/** An error answer: JSON {statusCode, error, message} with the status, a Chinese message and, when given, the field. */
function expectError(r: CurlReply, status: number, field?: string): void {
  expect(r.headers.get('content-type'), r.text).toMatch(/application\/json/);
  expect(r.body, r.text).toMatchObject({ statusCode: status, error: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fa5]/) });
  expect(r.status, r.text).toBe(status);
  if (field) expect(r.body.field, r.text).toBe(field);
}

const q = (p: Record<string, unknown>) => `?${new URLSearchParams(Object.entries(p).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))}`;

describeEachDb('curl flows', (t) => {
  let api: string;
  const tok: Record<string, string> = {};
  let schoolInstitution: number;

  beforeAll(async () => {
    api = await listen(t().app);
    tok.admin = await login(api);
    const inst = await curl(`${api}/institutions`, { method: 'POST', token: tok.admin, json: institutionBody({ name: '示例·包头钢铁培训中心', region_code: '150203', credit_code: creditCode('150203') }) });
    const hohhotInst = await curl(`${api}/institutions`, { method: 'POST', token: tok.admin, json: institutionBody({ name: '示例·呼和浩特培训学校', region_code: '150105', credit_code: creditCode('150105') }) });
    schoolInstitution = inst.body.id;
    for (const u of DEMO) {
      const institution_id = u.username === 'baotou_school' ? inst.body.id : u.username === 'hohhot_school' ? hohhotInst.body.id : null;
      const r = await curl(`${api}/users`, { method: 'POST', token: tok.admin, json: { username: u.username, display_name: `${u.username}（示例）`, role: u.role, region_code: u.region, institution_id, password: PASSWORD } });
      expect(r.status, r.text).toBe(201);
      expect(r.body).not.toHaveProperty('password');
      expect(r.body).not.toHaveProperty('password_hash');
      tok[u.username] = await login(api, u.username, PASSWORD);
    }
  }, 60_000);

  it('every demo-like role logs in, and /auth/me says who and where', async () => {
    for (const u of DEMO) {
      const r = await curl(`${api}/auth/login`, { method: 'POST', json: { username: u.username, password: PASSWORD } });
      expect(r.status, r.text).toBe(200);
      expect(r.body.user).toMatchObject({ username: u.username, role: u.role, region_code: u.region });
      tok[u.username] = r.body.token;
      const me = await curl(`${api}/auth/me`, { token: r.body.token });
      expect(me.body).toMatchObject({ username: u.username, role: u.role, region_name: expect.stringMatching(/[\u4e00-\u9fa5]/) });
    }
    expectError(await curl(`${api}/auth/login`, { method: 'POST', json: { username: 'baotou_admin', password: 'wrong-password-1' } }), 401);
    expectError(await curl(`${api}/auth/login`, { method: 'POST', json: { username: 'baotou_admin' } }), 400, 'password');
    expectError(await curl(`${api}/workers`), 401);
    expectError(await curl(`${api}/workers`, { token: 'forged-token' }), 401);
  });

  it('registers a worker: a bad ID is a 400 naming id_number, a duplicate a 409; found by the full number, masked; revealed to administrators', async () => {
    const clerk = tok.baotou_admin;
    const number = idNumber('150203', '19880808');
    const wrongCheck = number.slice(0, 17) + (number[17] === '1' ? '2' : '1');
    for (const bad of [wrongCheck, number.slice(0, 17), '15020319880230001X', `${number.slice(0, 16)}AB`]) {
      const r = await curl(`${api}/workers`, { method: 'POST', token: clerk, json: workerBody({ id_number: bad, region_code: '150203' }) });
      expectError(r, 400, 'id_number');
    }
    const created = await curl(`${api}/workers`, { method: 'POST', token: clerk, json: workerBody({ id_number: number, region_code: '150203', phone: '139 0000 5678', name: '示例·巴特尔' }) });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ id_number: `150203********${number.slice(-4)}`, phone: '139****5678', birth_date: '1988-08-08', home_region_code: '150203' });
    expect(created.text).not.toContain(number);
    const dup = await curl(`${api}/workers`, { method: 'POST', token: clerk, json: workerBody({ id_number: number.toLowerCase(), region_code: '150203' }) });
    expectError(dup, 409, 'id_number');

    const found = await curl(`${api}/workers${q({ filter: { id_number: number } })}`, { token: clerk });
    expect(found.status).toBe(200);
    expect(found.headers.get('content-range')).toBe('workers 0-0/1');
    expect(found.body).toHaveLength(1);
    expect(found.body[0]).toMatchObject({ id: created.body.id, id_number: created.body.id_number, phone: '139****5678' });
    expect(found.text).not.toContain(number);
    // Another league does not see the worker, even by its full number.
    expect((await curl(`${api}/workers${q({ filter: { id_number: number } })}`, { token: tok.hohhot_admin })).body).toEqual([]);
    expectError(await curl(`${api}/workers/${created.body.id}`, { token: tok.hohhot_admin }), 404);

    for (const who of ['admin', 'baotou_admin', 'baotou_reviewer']) {
      const revealed = await curl(`${api}/workers/${created.body.id}?reveal=true`, { token: tok[who] });
      expect(revealed.status, who).toBe(200);
      expect(revealed.body).toMatchObject({ id_number: number, phone: '13900005678' });
    }
    expectError(await curl(`${api}/workers/${created.body.id}?reveal=true`, { token: tok.auditor }), 403);
    const trail = await curl(`${api}/audit${q({ filter: { action: 'reveal', resource: 'workers', record_id: String(created.body.id) } })}`, { token: tok.auditor });
    expect(trail.body.map((a: any) => a.username).sort()).toEqual(['admin', 'baotou_admin', 'baotou_reviewer']);
    expect(trail.text).not.toContain(number);

    // A school registers a worker it will enrol; a reviewer may not register anyone.
    const bySchool = await curl(`${api}/workers`, { method: 'POST', token: tok.baotou_school, json: workerBody({ region_code: '150203', id_number: idNumber('150203', '19990101') }) });
    expect(bySchool.status, bySchool.text).toBe(201);
    expect((await curl(`${api}/workers/${bySchool.body.id}`, { token: tok.baotou_school })).status).toBe(200);
    expectError(await curl(`${api}/workers/${created.body.id}?reveal=true`, { token: tok.baotou_school }), 404);
    expectError(await curl(`${api}/workers`, { method: 'POST', token: tok.baotou_reviewer, json: workerBody({ region_code: '150203' }) }), 403);
    expectError(await curl(`${api}/workers`, { method: 'POST', token: tok.auditor, json: workerBody({ region_code: '150203' }) }), 403);
    expectError(await curl(`${api}/workers`, { method: 'POST', token: tok.hohhot_admin, json: workerBody({ region_code: '150203' }) }), 403);
  });

  it('every bad input of the README is a JSON {statusCode, error, message}, never a 500, and changes no row', async () => {
    const admin = tok.admin;
    const post = async (resource: string, body: unknown) => {
      const r = await curl(`${api}/${resource}`, { method: 'POST', token: admin, json: body });
      expect(r.status, r.text).toBe(201);
      return r.body;
    };
    const worker = await post('workers', workerBody({ region_code: '150203' }));
    const program = await post('programs', programBody(schoolInstitution, { region_code: '150203' }));
    const enrollment = await post('enrollments', { program_id: program.id, worker_id: worker.id, enrolled_on: '2026-03-01' });
    const claim = await post('claims', { type: 'training', enrollment_id: enrollment.id, requested_fen: 100000 });
    const fund = (await curl(`${api}/fund_sources`, { token: admin })).body[0];
    const budget = await post('budgets', { fund_source_id: fund.id, region_code: '150203', year: 2026, amount_fen: 1_000_000 });
    // One change, so that version 1 is stale from here on.
    const current = await curl(`${api}/workers/${worker.id}`, { method: 'PUT', token: admin, json: { ...worker, notes: '已核实' } });
    expect(current.body.version).toBe(2);

    const RESOURCES = ['workers', 'programs', 'enrollments', 'claims', 'budgets', 'institutions', 'users', 'job_postings', 'audit'];
    const snapshot = async () => {
      const out: Record<string, string> = {};
      for (const r of RESOURCES) out[r] = (await curl(`${api}/${r}${q({ range: [0, 0] })}`, { token: admin })).headers.get('content-range') ?? '';
      for (const [r, id] of [['workers', worker.id], ['programs', program.id], ['claims', claim.id], ['budgets', budget.id]]) out[`${r}/${id}`] = (await curl(`${api}/${r}/${id}`, { token: admin })).text;
      return out;
    };
    const w = current.body;
    const longName = '示'.repeat(65);
    const cases: Array<[string, string, string, { json?: unknown; raw?: string; type?: string }, number, string?]> = [
      ['unknown sort field', 'GET', `/workers${q({ sort: ['salary', 'ASC'] })}`, {}, 400, 'sort'],
      ['sort by a secret column', 'GET', `/users${q({ sort: ['password_hash', 'ASC'] })}`, {}, 400, 'sort'],
      ['sort direction', 'GET', `/workers${q({ sort: ['name', 'UP'] })}`, {}, 400, 'sort'],
      ['sort not JSON', 'GET', `/workers${q({ sort: '[name' })}`, {}, 400, 'sort'],
      ['unknown filter field', 'GET', `/workers${q({ filter: { salary: 1 } })}`, {}, 400, 'salary'],
      ['filter on the encrypted column', 'GET', `/workers${q({ filter: { id_number_enc: 'x' } })}`, {}, 400, 'id_number_enc'],
      ['filter not JSON', 'GET', `/workers${q({ filter: '{"name":' })}`, {}, 400, 'filter'],
      ['filter not an object', 'GET', `/workers${q({ filter: '[1,2]' })}`, {}, 400, 'filter'],
      ['filter number on a number field', 'GET', `/claims${q({ filter: { requested_fen_gte: 'lots' } })}`, {}, 400, 'requested_fen_gte'],
      ['range not JSON', 'GET', `/workers${q({ range: '[0,9' })}`, {}, 400, 'range'],
      ['range of one number', 'GET', `/workers${q({ range: '[0]' })}`, {}, 400, 'range'],
      ['range negative', 'GET', `/workers${q({ range: '[-1,5]' })}`, {}, 400, 'range'],
      ['range backwards', 'GET', `/workers${q({ range: '[9,0]' })}`, {}, 400, 'range'],
      ['range of words', 'GET', `/workers${q({ range: '["a","b"]' })}`, {}, 400, 'range'],
      ['range too large a page', 'GET', `/workers${q({ range: '[0,5000]' })}`, {}, 400, 'range'],
      ['range beyond integers', 'GET', `/workers${q({ range: '[1e20,1e20]' })}`, {}, 400, 'range'],
      ['malformed JSON body on POST', 'POST', '/workers', { raw: '{"name": "示例·", "category":' }, 400],
      ['malformed JSON body on PUT', 'PUT', `/workers/${w.id}`, { raw: `{"version": ${w.version}, "name": }` }, 400],
      ['empty JSON body', 'POST', '/workers', { raw: '' }, 400],
      ['a JSON array for a record', 'POST', '/workers', { raw: '[{"name":"x"}]' }, 400],
      ['JSON null for a record', 'PUT', `/workers/${w.id}`, { raw: 'null' }, 400],
      ['a form instead of JSON', 'POST', '/workers', { raw: 'name=x', type: 'application/x-www-form-urlencoded' }, 415],
      ['stale version', 'PUT', `/workers/${w.id}`, { json: { ...w, version: 1, notes: '旧的修改' } }, 409, 'version'],
      ['no version', 'PUT', `/workers/${w.id}`, { json: { notes: '没有版本号' } }, 400, 'version'],
      ['version not a number', 'PUT', `/workers/${w.id}`, { json: { ...w, version: 'two' } }, 400, 'version'],
      ['PUT of a read-only ID number', 'PUT', `/workers/${w.id}`, { json: { ...w, id_number: idNumber('150203', '19700101') } }, 400, 'id_number'],
      ['PUT of a read-only birth date', 'PUT', `/workers/${w.id}`, { json: { ...w, birth_date: '1970-01-01' } }, 400, 'birth_date'],
      ['PUT of a claim state', 'PUT', `/claims/${claim.id}`, { json: { ...claim, state: 'approved' } }, 400, 'state'],
      ['PUT of a decided amount', 'PUT', `/claims/${claim.id}`, { json: { ...claim, decided_fen: 999 } }, 400, 'decided_fen'],
      ['PUT of money already spent', 'PUT', `/budgets/${budget.id}`, { json: { ...budget, spent_fen: 5 } }, 400, 'spent_fen'],
      ['PUT of the class institution', 'PUT', `/programs/${program.id}`, { json: { ...program, institution_id: program.institution_id + 1000 } }, 400, 'institution_id'],
      ['too-long name', 'POST', '/workers', { json: workerBody({ name: longName }) }, 400, 'name'],
      ['too-long notes on PUT', 'PUT', `/workers/${w.id}`, { json: { ...w, notes: 'x'.repeat(2001) } }, 400, 'notes'],
      ['too-long class name', 'PUT', `/programs/${program.id}`, { json: { ...program, name: '班'.repeat(129) } }, 400, 'name'],
      ['negative amount', 'POST', '/claims', { json: { type: 'training', enrollment_id: enrollment.id, requested_fen: -100 } }, 400, 'requested_fen'],
      ['negative amount on PUT', 'PUT', `/claims/${claim.id}`, { json: { ...claim, requested_fen: -1 } }, 400, 'requested_fen'],
      ['fractional fen', 'PUT', `/claims/${claim.id}`, { json: { ...claim, requested_fen: 100.5 } }, 400, 'requested_fen'],
      ['negative budget', 'PUT', `/budgets/${budget.id}`, { json: { ...budget, amount_fen: -5 } }, 400, 'amount_fen'],
      ['amount beyond exact integers', 'PUT', `/budgets/${budget.id}`, { json: { ...budget, amount_fen: 1e20 } }, 400, 'amount_fen'],
      ['wrong enum', 'POST', '/workers', { json: workerBody({ category: 'tourist' }) }, 400, 'category'],
      ['wrong enum on PUT', 'PUT', `/programs/${program.id}`, { json: { ...program, level: '6' } }, 400, 'level'],
      ['wrong enum in an array', 'POST', '/workers', { json: workerBody({ traits: ['older', 'rich'] }) }, 400, 'traits.1'],
      ['wrong type', 'PUT', `/programs/${program.id}`, { json: { ...program, capacity: 'many' } }, 400, 'capacity'],
      ['null for a required field', 'PUT', `/workers/${w.id}`, { json: { ...w, name: null } }, 400, 'name'],
      ['missing required field', 'POST', '/programs', { json: { ...programBody(schoolInstitution, { region_code: '150203' }), hours: undefined } }, 400, 'hours'],
      ['impossible date', 'PUT', `/programs/${program.id}`, { json: { ...program, end_date: '2026-02-30' } }, 400, 'end_date'],
      ['end before start', 'PUT', `/programs/${program.id}`, { json: { ...program, end_date: '2026-01-01' } }, 400, 'end_date'],
      ['unknown field', 'POST', '/workers', { json: workerBody({ salary: 3000 }) }, 400, 'salary'],
      ['unknown region', 'PUT', `/workers/${w.id}`, { json: { ...w, region_code: '159999' } }, 400, 'region_code'],
      ['malformed region code', 'POST', '/workers', { json: workerBody({ region_code: '15020' }) }, 400, 'region_code'],
      ['a reference to nothing', 'POST', '/enrollments', { json: { program_id: 999999, worker_id: worker.id, enrolled_on: '2026-03-01' } }, 400, 'program_id'],
      ['an id too large for the database', 'POST', '/enrollments', { json: { program_id: 1e12, worker_id: worker.id, enrolled_on: '2026-03-01' } }, 400, 'program_id'],
      ['a bad phone', 'PUT', `/workers/${w.id}`, { json: { ...w, phone: '12345' } }, 400, 'phone'],
      ['a masked value edited', 'PUT', `/workers/${w.id}`, { json: { ...w, phone: '137****0000' } }, 400, 'phone'],
      ['a duplicate enrolment', 'POST', '/enrollments', { json: { program_id: program.id, worker_id: worker.id, enrolled_on: '2026-03-02' } }, 409],
      ['an unknown claim deleted', 'DELETE', `/claims/999999`, {}, 404],
      ['an id that is not a number', 'GET', '/workers/abc', {}, 404],
      ['an id in scientific notation', 'GET', `/workers/${w.id}e0`, {}, 404],
      ['a zero id', 'DELETE', '/workers/0', {}, 404],
      ['a reader writes', 'PUT', `/workers/${w.id}`, { json: { ...w, notes: '审计员修改' } }, 403],
    ];
    const before = await snapshot();
    for (const [label, method, url, { json, raw, type }, status, field] of cases) {
      const token = label === 'a reader writes' ? tok.auditor : admin;
      const headers = raw !== undefined ? { 'content-type': type ?? 'application/json' } : undefined;
      const r = await curl(`${api}${url}`, { method, token, json, headers, body: raw });
      expect.soft(r.status, `${label}: ${r.text}`).not.toBe(500);
      expect.soft(r.headers.get('content-type'), label).toMatch(/application\/json/);
      expect.soft(r.body, `${label}: ${r.text}`).toMatchObject({ statusCode: status, error: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fa5]/) });
      if (field) expect.soft(r.body.field, `${label}: ${r.text}`).toBe(field);
    }
    const after = await snapshot();
    // The denied write is audited (a new audit row); every other count and record is as it was.
    expect({ ...after, audit: '' }).toEqual({ ...before, audit: '' });
  });

  it('health is public, the audit chain verifies for auditors, and a retried claim POST with one Idempotency-Key makes one claim', async () => {
    const health = await curl(`${api}/health`);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', dialect: t().db, migrations: { pending: [] } });
    const verify = await curl(`${api}/audit/verify`, { token: tok.auditor });
    expect(verify.body).toMatchObject({ ok: true });
    expectError(await curl(`${api}/audit/verify`, { token: tok.baotou_reviewer }), 403);

    const worker = await curl(`${api}/workers`, { method: 'POST', token: tok.baotou_admin, json: workerBody({ region_code: '150203' }) });
    const program = await curl(`${api}/programs`, { method: 'POST', token: tok.baotou_school, json: programBody(schoolInstitution, { region_code: '150203', name: '示例·保育员班' }) });
    expect(program.status, program.text).toBe(201);
    const enrol = await curl(`${api}/enrollments`, { method: 'POST', token: tok.baotou_school, json: { program_id: program.body.id, worker_id: worker.body.id, enrolled_on: '2026-03-01' } });
    expect(enrol.status, enrol.text).toBe(201);
    const claim = { type: 'training', enrollment_id: enrol.body.id, requested_fen: 80000 };
    const headers = { 'idempotency-key': 'clerk-retry-0001' };
    const first = await curl(`${api}/claims`, { method: 'POST', token: tok.baotou_school, json: claim, headers });
    const again = await curl(`${api}/claims`, { method: 'POST', token: tok.baotou_school, json: claim, headers });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    const claims = await curl(`${api}/claims${q({ filter: { enrollment_id: enrol.body.id } })}`, { token: tok.baotou_school });
    expect(claims.headers.get('content-range')).toBe('claims 0-0/1');
  });

  it('takes curl habits: a JSON content type without a body on DELETE or an action, a charset, a form post refused in words', async () => {
    const json = { 'content-type': 'application/json' };
    const posting = await curl(`${api}/job_postings`, { method: 'POST', token: tok.admin, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ employer: '示例企业', title: '保洁', region_code: '150203', occupation_code: '4-07-05-01' }) });
    expect(posting.status, posting.text).toBe(201);
    const del = await curl(`${api}/job_postings/${posting.body.id}`, { method: 'DELETE', token: tok.admin, headers: json });
    expect(del.status, del.text).toBe(200);
    expect(del.body.id).toBe(posting.body.id);
    const session = await login(api, 'hohhot_reviewer', PASSWORD);
    const out = await curl(`${api}/auth/logout`, { method: 'POST', token: session, headers: json });
    expect(out.status, out.text).toBe(200);
    expectError(await curl(`${api}/auth/me`, { token: session }), 401);
    // A body-less POST where a record is expected is still refused, in words.
    expectError(await curl(`${api}/job_postings`, { method: 'POST', token: tok.admin, headers: json }), 400);
    const form = await curl(`${api}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=admin&password=x' });
    expectError(form, 415);
    expect(form.body.message).toContain('application/json');
  });

  it('serves the OpenAPI UI at /api/docs, and /api/docs/json documents every route', async () => {
    const ui = await curl(`${api}/docs`);
    expect(ui.status).toBe(200);
    expect(ui.headers.get('content-type')).toMatch(/text\/html/);
    expect(ui.text).toMatch(/swagger/i);
    const doc = await curl(`${api}/docs/json`);
    expect(doc.body.openapi).toMatch(/^3\./);
    // Parameters compared by position only: the tree shows /regions/:code|:id where two routes name one segment differently.
    const shape = (path: string) => path.replace(/\{\w+\}(\|\{\w+\})*/g, '{}');
    const documented = new Set(Object.entries(doc.body.paths as Record<string, object>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${shape(p)}`)));
    // Every route the server answers, read from its routing tree.
    const routes: string[] = [];
    const stack: string[] = [];
    for (const line of t().app.printRoutes({ commonPrefix: false }).split('\n')) {
      const m = /^([│ ]*)[├└]── (.*?)(?: \(([^)]*)\))?$/.exec(line);
      if (!m) continue;
      const depth = m[1].length / 4;
      stack.length = depth;
      stack.push(`${stack[depth - 1] ?? ''}${m[2]}`);
      for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD' && x !== 'OPTIONS')) routes.push(`${method} ${shape(stack[depth].replace(/:(\w+)/g, '{$1}'))}`);
    }
    const apiRoutes = routes.filter((r) => / \/api\//.test(r) && !/ \/api\/docs/.test(r));
    expect(apiRoutes.length).toBeGreaterThan(100);
    const undocumented = apiRoutes.filter((r) => !documented.has(r));
    expect(undocumented).toEqual([]);
    for (const p of ['/api/workers', '/api/workers/{id}', '/api/claims/{id}/submit', '/api/claims/{id}/approve', '/api/claims/approve', '/api/auth/login', '/api/audit/verify', '/api/health', '/api/reports/summary', '/api/risk/scan']) {
      expect(Object.keys(doc.body.paths)).toContain(p);
    }
  });

  it('answers an unknown /api address with a JSON 404, signed in or not, and a huge body with a clean 413', async () => {
    for (const token of [undefined, tok.admin]) {
      for (const [method, url] of [['GET', '/no-such-thing'], ['POST', '/workers/1/launch'], ['GET', '/workers/1/2/3'], ['PATCH', '/workers/1'], ['GET', '/%E4%B8%AD%E6%96%87']]) {
        const r = await curl(`${api}${url}`, { method, token });
        expectError(r, 404);
        expect(r.body.message).toContain('没有这个地址');
      }
    }
    const before = (await curl(`${api}/workers${q({ range: [0, 0] })}`, { token: tok.admin })).headers.get('content-range');
    const huge = await curl(`${api}/workers`, { method: 'POST', token: tok.admin, json: workerBody({ notes: 'x'.repeat(25 * 1024 * 1024) }) });
    expectError(huge, 413);
    expect(huge.body.error).toBe('Payload Too Large');
    expect((await curl(`${api}/workers${q({ range: [0, 0] })}`, { token: tok.admin })).headers.get('content-range')).toBe(before);
  });
});
