// Fuzz over a real port: hundreds of plausible-but-bad requests at every resource and route; none may answer 500 or non-JSON.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { curl, listen, login, type CurlReply } from '../test/live.js';
import { institutionBody, programBody, workerBody } from '../test/fixtures.js';
import { definitions as entities } from './definitions/index.js';

/** Seeded, so a failure can be replayed: FUZZ_SEED=123 npx vitest run core/resources/fuzz.test.ts */
const SEED = Number(process.env.FUZZ_SEED ?? 20240207);

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] };
}

/** Values a careless client, a spreadsheet or an attacker sends. */
const NASTY: unknown[] = [
  null, '', ' ', 'x'.repeat(5000), '中'.repeat(300), '😀\u0000\ud800\u202e', -1, 0, 1e9, 1e20, -1e20, 1.5, 2147483648, true, false,
  [], [1, 'a', null], [[[]]], {}, { a: { b: [1] } }, { $gt: '' }, '2026-02-30', '9999-99-99', '2026-13-01T25:61:00Z', "'; drop table workers; --",
  '%', '_', '\\', '150102', '159999', 'abc', '1e9', '0x10', '__proto__', 'constructor', 'null', 'undefined', 'NaN', '<script>alert(1)</script>',
  '１２３', '150102198503150011', 'X'.repeat(18),
];
/** Ids in the URL: none of these names a record. */
const BAD_IDS = ['0', '-1', '1e9', 'abc', '%00', '1.5', '99999999999999999999', '2147483648', '%E4%B8%AD', "1'%20or%20'1'='1", '%2e%2e', 'null', '[1]', '%7B%7D', '%20', '1%00', '0x10', '-0', '+1', '%F0%9F%98%80'];
const SORTS = ['["id"]', '["id","ASC","x"]', '[1,2]', '{"a":1}', '"id"', '["","ASC"]', '["__proto__","ASC"]', '["id","asc;drop"]', 'null', '[null,null]', '%', '[', '["id",1]', '["hasOwnProperty","ASC"]', '["password_hash","DESC"]'];
const RANGES = ['[0]', '[-1,5]', '[5,1]', '["a","b"]', '[0,1e20]', '[1e20,1e20]', '[0.5,2]', '{}', 'null', '[0,100000]', '[null,null]', '[]', 'x', '[9007199254740993,9007199254740999]', '[0,"24"]'];
const RAW_FILTERS = ['[]', '"x"', '1', 'true', '{', '{"a":'.repeat(200), '{"__proto__":{"x":1}}', '{"constructor":{"prototype":1}}', '{"toString":1}', '{"hasOwnProperty":1}', '{"q":{}}', '{"q":["a"]}', '{"id":1e400}', '{"id":[1e400]}', '{"id":{"$ne":0}}'];
const SUFFIXES = ['', '_gte', '_lte', '_gt', '_lt', '_neq', '_like', '_in'];

interface Attempt { method: string; url: string; body?: string; contentType?: string }
interface Bad { attempt: Attempt; status: number; text: string }

describeEachDb('fuzz', (t) => {
  let api: string;
  const tokens: Record<string, string> = {};
  /** A stored record of every writable resource, for PUTs. */
  const existing: Record<string, any> = {};
  const templates: Record<string, () => Record<string, unknown>> = {};

  async function send(a: Attempt, token = tokens.admin): Promise<CurlReply> {
    return curl(`${api}${a.url}`, { method: a.method, token, headers: a.body !== undefined ? { 'content-type': a.contentType ?? 'application/json' } : {}, body: a.body });
  }

  /** Sends every attempt and returns the ones answered with a 5xx, a non-JSON error or an error without {statusCode, error, message}. */
  async function run(attempts: Attempt[], token?: string): Promise<Bad[]> {
    const bad: Bad[] = [];
    for (const a of attempts) {
      const r = await send(a, token);
      const wellFormed = r.status < 400 || (typeof r.body === 'object' && r.body !== null && r.body.statusCode === r.status && typeof r.body.error === 'string' && typeof r.body.message === 'string');
      if (r.status >= 500 || !wellFormed) bad.push({ attempt: { ...a, body: a.body?.slice(0, 300) }, status: r.status, text: r.text.slice(0, 300) });
    }
    if (bad.length) console.error(`fuzz [${t().db}] seed ${SEED}: ${bad.length} bad answers\n${bad.map((b) => `${b.status} ${b.attempt.method} ${b.attempt.url} ${b.attempt.body ?? ''}\n    → ${b.text}`).join('\n')}`);
    return bad;
  }

  beforeAll(async () => {
    api = await listen(t().app);
    tokens.admin = await login(api);
    const post = async (resource: string, body: unknown) => {
      const r = await curl(`${api}/${resource}`, { method: 'POST', token: tokens.admin, json: body });
      if (r.status !== 201) throw new Error(`${resource}: ${r.status} ${r.text}`);
      return r.body;
    };
    const institution = await post('institutions', institutionBody());
    const worker = await post('workers', workerBody());
    const program = await post('programs', programBody(institution.id));
    const enrollment = await post('enrollments', { program_id: program.id, worker_id: worker.id, enrolled_on: '2026-03-01' });
    const fund = (await curl(`${api}/fund_sources`, { token: tokens.admin })).body[0];
    let n = 0;
    Object.assign(templates, {
      regions: () => ({ id: `150102${String(++n).padStart(3, '0')}`, name: '示例街道', level: 'township', parent_id: '150102' }),
      users: () => ({ username: `fuzz_${++n}`, display_name: '经办员', role: 'region_admin', region_code: '150100', password: 'Secret-pass-123' }),
      institutions: () => institutionBody(),
      workers: () => workerBody(),
      bases: () => ({ name: '示例基地', institution_id: institution.id, region_code: '150102', area_type: 'rural', capacity: 10, occupations: [], level: 'county' }),
      programs: () => programBody(institution.id, { status: 'draft' }),
      intentions: () => ({ worker_id: worker.id, region_code: '150102', channel: 'app', stated_on: '2026-02-01' }),
      enrollments: () => ({ program_id: program.id, worker_id: worker.id, enrolled_on: '2026-03-01' }),
      attendance: () => ({ enrollment_id: enrollment.id, session_date: `2026-03-${String(2 + (++n % 27)).padStart(2, '0')}`, hours: 4 }),
      certificates: () => ({ worker_id: worker.id, enrollment_id: enrollment.id, kind: 'skill_level', number: `FUZZ-${++n}-0000`, occupation_code: '6-18-02-04', level: '5', issuer: '示例评价机构', issued_on: '2026-05-01' }),
      fund_sources: () => ({ code: 'talent_development', name: '人才队伍建设经费' }),
      budgets: () => ({ fund_source_id: fund.id, region_code: '150102', year: 2000 + (++n % 100), amount_fen: 100000 }),
      claims: () => ({ type: 'training', enrollment_id: enrollment.id, requested_fen: 1000 }),
      follow_ups: () => ({ enrollment_id: enrollment.id, worker_id: worker.id, region_code: '150102', due_on: '2026-07-01', months_after: 1 }),
      job_postings: () => ({ employer: '示例企业', title: '焊工', region_code: '150102', occupation_code: '6-18-02-04', positions: 2 }),
      configs: () => ({ node_code: '150100', kind: 'catalog', key: 'default', mode: 'extend', title: '示例目录', effective_from: '2026-01-01', body: { entries: [] } }),
      issuers: () => ({ name: `示例发证机构${++n}`, occupation_codes: ['6-18-02-04'], region_code: '150102' }),
    });
    for (const [resource, make] of Object.entries(templates)) {
      if (resource === 'fund_sources') existing[resource] = fund;
      else if (resource === 'enrollments') existing[resource] = enrollment;
      else existing[resource] = await post(resource, make());
    }
    await post('users', { username: 'fuzz_staff', display_name: '机构经办人', role: 'institution_staff', region_code: '150102', institution_id: institution.id, password: 'Secret-pass-123' });
    await post('users', { username: 'fuzz_reviewer', display_name: '审核员', role: 'reviewer', region_code: '150100', password: 'Secret-pass-123' });
    tokens.staff = await login(api, 'fuzz_staff', 'Secret-pass-123');
    tokens.reviewer = await login(api, 'fuzz_reviewer', 'Secret-pass-123');
  }, 60_000);

  /**
   * The bad requests for one resource, one bad part at a time so that each reaches its own check:
   * each list parameter, each id, and each field of a create or update body made nasty in turn.
   */
  function attemptsFor(resource: string, r: ReturnType<typeof rng>): Attempt[] {
    const def = entities.find((d) => d.name === resource)!;
    const fields = Object.keys(def.schema.properties);
    const strangers = ['salary', 'id_number_enc', 'password_hash', 'q', 'hasOwnProperty', 'constructor'];
    const list = (p: Record<string, string>) => ({ method: 'GET', url: `/${resource}?${new URLSearchParams(p)}` });
    const out: Attempt[] = [];
    for (const sort of SORTS) out.push(list({ sort }));
    for (const range of RANGES) out.push(list({ range }));
    for (const filter of RAW_FILTERS) out.push(list({ filter }));
    for (const field of [...fields, ...strangers]) {
      out.push(list({ sort: JSON.stringify([field, r.pick(['ASC', 'DESC', 'sideways'])]) }));
      for (const value of [Infinity, r.pick(NASTY), r.pick(NASTY)]) {
        out.push(list({ filter: `{${JSON.stringify(field + r.pick(SUFFIXES))}:${value === Infinity ? '1e400' : JSON.stringify(value)}}` }));
      }
    }
    out.push({ method: 'GET', url: `/${resource}?sort=${encodeURIComponent('["id","ASC"]')}&sort=x&range=[0,1]&range=[2,3]` });
    for (let i = 0; i < 4; i++) out.push({ method: 'GET', url: `/${resource}/${r.pick(BAD_IDS)}${r.next() < 0.3 ? `?${new URLSearchParams({ reveal: String(r.pick(NASTY)) })}` : ''}` });
    for (let i = 0; i < 3; i++) out.push({ method: 'DELETE', url: `/${resource}/${r.pick(BAD_IDS)}` });

    // Each field in turn: the values at the edges of every column type, and two at random.
    const edges = [null, 1e20, -1, 'x'.repeat(5000), [], { a: 1 }];
    const variants = (record: Record<string, unknown>): string[] => {
      const bodies = ['[]', 'null', '"x"', '1', '[{}]', '{"a":1', '{"__proto__":{"admin":true}}'];
      for (const field of [...fields, r.pick(strangers)]) {
        for (const value of [...edges.filter(() => r.next() < 0.5), r.pick(NASTY), r.pick(NASTY)]) bodies.push(JSON.stringify({ ...record, [field]: value }));
        if (field in record) bodies.push(JSON.stringify(Object.fromEntries(Object.entries(record).filter(([k]) => k !== field))));
      }
      return bodies;
    };
    const template = templates[resource]?.() ?? { action: 'forged' };
    for (const body of variants(template)) out.push({ method: 'POST', url: `/${resource}`, body });
    out.push({ method: 'POST', url: `/${resource}`, body: JSON.stringify(template), contentType: r.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data; boundary=x']) });
    const stored = existing[resource];
    if (stored) {
      for (const body of variants({ ...stored, version: 'CURRENT' })) out.push({ method: 'PUT', url: `/${resource}/${stored.id}`, body });
      for (const version of [undefined, 0, -1, 'x', null, 1e20, 1.5, [1]]) out.push({ method: 'PUT', url: `/${resource}/${stored.id}`, body: JSON.stringify({ ...stored, version }) });
    }
    out.push({ method: 'PUT', url: `/${resource}/${r.pick(BAD_IDS)}`, body: JSON.stringify({ ...template, version: 1 }) });
    return out;
  }

  it('no resource answers 500 to bad list, read, create, update or delete requests', async () => {
    const r = rng(SEED);
    let sent = 0;
    const bad: Bad[] = [];
    for (const def of entities) {
      const attempts = attemptsFor(def.name, r);
      // PUTs carry the version stored right now, so they reach the checks behind the optimistic lock.
      for (const a of attempts) {
        if (a.body?.includes('"version":"CURRENT"')) {
          const now = await curl(`${api}/${def.name}/${existing[def.name].id}`, { token: tokens.admin });
          a.body = a.body.replace('"version":"CURRENT"', `"version":${now.body.version}`);
        }
      }
      sent += attempts.length;
      bad.push(...await run(attempts));
      // The other roles walk other code paths: scope subqueries, denials, reveal refusals.
      const some = attempts.filter(() => r.next() < 0.25);
      sent += some.length * 2;
      bad.push(...await run(some, tokens.staff), ...await run(some, tokens.reviewer));
    }
    expect(sent).toBeGreaterThan(2000);
    expect(bad.map((b) => `${b.status} ${b.attempt.method} ${b.attempt.url} ${b.attempt.body ?? ''}`)).toEqual([]);
  }, 240_000);

  it('no other route answers 500 to bad ids, queries or bodies', async () => {
    const r = rng(SEED + 1);
    const docs = (await curl(`${api}/docs/json`, { token: tokens.admin })).body as { paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }>; requestBody?: unknown }>> };
    // Logging out or in, or changing a password, would end the session the fuzz runs on.
    const skip = new Set(['/api/auth/logout', '/api/auth/login', '/api/auth/password']);
    const attempts: Attempt[] = [];
    for (const [path, ops] of Object.entries(docs.paths)) {
      if (skip.has(path)) continue;
      for (const [method, op] of Object.entries(ops)) {
        const queryNames = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        for (let i = 0; i < 4; i++) {
          const url = path.replace(/^\/api/, '').replace(/\{(\w+)\}/g, () => (r.next() < 0.7 ? r.pick(BAD_IDS) : '1'));
          const query = new URLSearchParams(queryNames.filter(() => r.next() < 0.6).map((n) => [n, String(r.pick(NASTY))]));
          const body = op.requestBody ? JSON.stringify(r.next() < 0.5 ? r.pick(NASTY) : Object.fromEntries([['ids', r.pick(NASTY)], ['region_code', r.pick(NASTY)], [r.pick(['reason', 'text', 'resolution', 'check', 'rows', 'csv', 'body', 'facts', 'amount_fen', 'fund_source_id', 'assignee_id']), r.pick(NASTY)]])) : undefined;
          attempts.push({ method: method.toUpperCase(), url: `${url}${query.size ? `?${query}` : ''}`, body });
        }
      }
    }
    expect(attempts.length).toBeGreaterThan(200);
    const bad = [...await run(attempts), ...await run(attempts.filter(() => r.next() < 0.3), tokens.staff)];
    expect(bad.map((b) => `${b.status} ${b.attempt.method} ${b.attempt.url} ${b.attempt.body ?? ''}`)).toEqual([]);
  }, 240_000);
});
