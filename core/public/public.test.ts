// The public API: guide, cases, figures (suppressed), classes, wishes into the ledger, status after a one-time code, no personal data.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { idNumber } from '../test/fixtures.js';
import { caseDoc, userAt } from '../configs/test-support.js';
import { insertTrainingClaim, insertWorker } from '../rules/testing/scenario.js';
import { answers, personalData, pub, solved, wishBody } from './test-kit.js';

const TODAY = '2026-03-15';
const NAMES = ['示例·公开登记', '测试·学员', '示例·测试人员'];

describeEachDb('public API', (t) => {
  let admin: TestClient;
  let baotou: TestClient;
  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    baotou = await userAt(t().app, admin, 'pub_baotou_admin', 'region_admin', '150200');
  });
  afterAll(() => {
    // No answer of the public API, to anyone, carried an ID number, a phone number or a worker's name.
    const leaks = answers.flatMap((a) => personalData(a.text, NAMES).map((p) => `${a.url}: ${p}`));
    expect(leaks).toEqual([]);
    expect(answers.length).toBeGreaterThan(20);
  });

  it('serves the guide in force for a 旗县 with the materials data comparison waives; ETag answers 304; listed under its own tag', async () => {
    const g = await pub(t().app, 'GET', '/api/public/guide/150203');
    expect(g.status).toBe(200);
    expect(g.body).toMatchObject({ node: '150203', node_name: '昆都仑区' });
    expect(g.body.services.length).toBeGreaterThan(0);
    const s = g.body.services[0];
    expect(s.steps.length).toBeGreaterThan(0);
    expect(s.time_limit_working_days).toBeGreaterThan(0);
    expect(g.body.services.flatMap((x: any) => x.materials).some((m: any) => m.waived_by && m.waived_label)).toBe(true);
    expect(g.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    const again = await pub(t().app, 'GET', '/api/public/guide/150203', undefined, '198.51.100.1', { 'if-none-match': String(g.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect((await pub(t().app, 'GET', '/api/public/guide/159999')).status).toBe(404);
    const doc = t().app.swagger() as any;
    expect(doc.paths['/api/public/wishes'].post.tags).toEqual(['public']);
    expect(doc.paths['/api/public/guide/{code}'].get.security).toEqual([]);
  });

  it('registers a wish as an intention (channel 人社APP) that appears in 包头\'s training ledger; refuses a bad check character or no consent, storing nothing', async () => {
    const body = wishBody({ name: '示例·公开登记' });
    const bad = await pub(t().app, 'POST', '/api/public/wishes', { ...body, id_number: body.id_number.slice(0, 17) + (body.id_number[17] === '1' ? '2' : '1') }, '198.51.100.10');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'id_number', message: expect.stringContaining('校验位') });
    const noConsent = await pub(t().app, 'POST', '/api/public/wishes', { ...body, consent: false }, '198.51.100.11');
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.field).toBe('consent');
    const ok = await pub(t().app, 'POST', '/api/public/wishes', body, '198.51.100.12');
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body).toMatchObject({ reference: expect.stringMatching(/^W\d+$/), region_name: '昆都仑区', channel: 'app', stated_on: TODAY });
    const again = await pub(t().app, 'POST', '/api/public/wishes', body, '198.51.100.13');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ reference: ok.body.reference, repeated: true });

    const ledger = await baotou.list('intentions', { filter: { wants_training: true, channel: 'app' }, range: [0, 99] });
    const row = ledger.body.find((r: any) => `W${r.id}` === ok.body.reference);
    expect(row).toMatchObject({ channel: 'app', region_code: '150203', status: 'open', occupation_code: '6-18-02-04' });
    const worker = await baotou.get(`/api/workers/${row.worker_id}`);
    expect(worker.body).toMatchObject({ name: '示例·公开登记', region_code: '150203', category: 'returnee' });
    expect(worker.body.id_number).not.toBe(body.id_number); // masked

    const wrongName = await pub(t().app, 'POST', '/api/public/wishes', { ...body, name: '示例·别人', occupation_code: '4-10-01-01' }, '198.51.100.14');
    expect(wrongName.status).toBe(400);
    expect(wrongName.body.field).toBe('name');
  });

  it('registers one worker when the same new ID number states two wishes at once, with the 盟市 code and stored masks the lists read', async () => {
    const body = wishBody({ name: '示例·公开登记' });
    const [a, b] = await Promise.all([
      pub(t().app, 'POST', '/api/public/wishes', body, '198.51.100.40'),
      pub(t().app, 'POST', '/api/public/wishes', { ...body, occupation_code: '4-10-01-01' }, '198.51.100.41'),
    ]);
    expect([a.status, b.status], a.text + b.text).toEqual([201, 201]);
    const { knex } = t().services.db;
    const workers = await knex('workers').where({ id_number_idx: t().services.pii.blindIndex(body.id_number) }).select('league_code', 'id_number_mask', 'phone_mask');
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatchObject({ league_code: '150200', id_number_mask: expect.stringMatching(/\*/), phone_mask: expect.stringMatching(/\*/) });
    const wishes = await knex('intentions').whereIn('id', [a.body.reference, b.body.reference].map((r: string) => Number(r.slice(1)))).select('league_code');
    expect(wishes.map((w) => w.league_code)).toEqual(['150200', '150200']);
  });

  it('asks the same address for a solved challenge after repeated attempts, and limits one ID number per day', async () => {
    const ip = '203.0.113.20';
    for (let i = 0; i < 2; i++) expect((await pub(t().app, 'POST', '/api/public/wishes', wishBody(), ip)).status).toBe(201);
    const third = wishBody();
    const refused = await pub(t().app, 'POST', '/api/public/wishes', third, ip);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ field: 'challenge', code: 'challenge_required' });
    const answer = await solved(t().app, ip);
    expect((await pub(t().app, 'POST', '/api/public/wishes', { ...third, challenge: answer }, ip)).status).toBe(201);
    const reused = await pub(t().app, 'POST', '/api/public/wishes', { ...wishBody(), challenge: answer }, ip);
    expect(reused.body.message).toContain('已使用过');

    const same = wishBody();
    for (const [i, occupation] of ['6-18-02-04', '4-10-01-01', '6-29-01-04'].entries()) {
      expect((await pub(t().app, 'POST', '/api/public/wishes', { ...same, occupation_code: occupation }, `203.0.113.${30 + i}`)).status).toBe(201);
    }
    const fourth = await pub(t().app, 'POST', '/api/public/wishes', { ...same, occupation_code: '4-01-02-01' }, '203.0.113.40');
    expect(fourth.status).toBe(429);
    expect(fourth.body.message).toContain('该公民身份号码今天已提交 3 次');
  });

  it('shows a worker their claim\'s status only after the one-time code sent to the phone on record (via the outbox)', async () => {
    const { services } = t();
    const w = await insertWorker(services, { region: '150203', phone: '13900001111' });
    await insertTrainingClaim(services, w.id, { region: '150203', state: 'approved' });
    await services.db.knex('claims').where({ worker_id: w.id }).update({ decided_fen: 150000 });

    const without = await pub(t().app, 'POST', '/api/public/status', { id_number: w.idNumber, code: '123456' }, '198.51.100.50');
    expect(without.status).toBe(400);
    expect(without.body.field).toBe('code');
    expect(without.body.claims).toBeUndefined();

    const sent = await pub(t().app, 'POST', '/api/public/status/code', { id_number: w.idNumber }, '198.51.100.51');
    expect(sent.status).toBe(200);
    const unknown = await pub(t().app, 'POST', '/api/public/status/code', { id_number: idNumber('150203', '19800101', 977) }, '198.51.100.52');
    expect(unknown.body.message).toBe(sent.body.message); // nobody learns who is registered

    const outbox = await admin.list('sms_outbox', { filter: { phone: '13900001111' }, range: [0, 9] });
    expect(outbox.status).toBe(200);
    expect(outbox.body).toHaveLength(1);
    expect(outbox.body[0].phone).toBe('139****1111');
    const code = /验证码为 (\d{6})/.exec(outbox.body[0].body)![1];

    const wrong = await pub(t().app, 'POST', '/api/public/status', { id_number: w.idNumber, code: code === '000000' ? '000001' : '000000' }, '198.51.100.53');
    expect(wrong.status).toBe(400);
    const status = await pub(t().app, 'POST', '/api/public/status', { id_number: w.idNumber, code }, '198.51.100.53');
    expect(status.status, status.text).toBe(200);
    expect(status.body.claims).toEqual([expect.objectContaining({ state: 'approved', amount_fen: 150000, type: 'training' })]);
    expect(status.body.enrollments[0]).toMatchObject({ status: 'completed' });
    expect(status.headers['cache-control']).toBe('no-store');
    const replay = await pub(t().app, 'POST', '/api/public/status', { id_number: w.idNumber, code }, '198.51.100.53');
    expect(replay.status).toBe(400); // used once
  });

  it('finds open classes near a 旗县, nearest first, with the institution\'s standing', async () => {
    const { services } = t();
    const knex = services.db.knex;
    const now = new Date().toISOString();
    const book = { created_at: now, updated_at: now, version: 1 };
    const [inst] = await knex('institutions').insert({ name: '示例·包头职业培训学校', credit_code: '91150203MA0000001X', region_code: '150203', kind: 'training_org', approval_status: 'approved', approved_from: '2024-01-01', approved_to: '2027-12-31', ...book });
    const [far] = await knex('institutions').insert({ name: '示例·青山培训中心', credit_code: '91150204MA0000002X', region_code: '150204', kind: 'training_org', approval_status: 'suspended', approved_from: '2024-01-01', approved_to: '2027-12-31', ...book });
    const cls = (institution: number, region: string, name: string, over = {}) => ({ name, institution_id: institution, region_code: region, occupation_code: '6-18-02-04', occupation_name: '焊工', level: '5', training_kind: 'employment_skills', mode: 'open', delivery: 'offline', hours: 120, capacity: 30, start_date: '2026-04-01', end_date: '2026-05-30', status: 'open', ...book, ...over });
    await knex('programs').insert([cls(far, '150204', '青山焊工班'), cls(inst, '150203', '昆都仑焊工班'), cls(inst, '150203', '已结束班', { end_date: '2026-03-01' }), cls(inst, '150203', '草稿班', { status: 'draft' })]);
    const r = await pub(t().app, 'GET', '/api/public/classes?near=150203&occupation=6-18-02-04&level=5');
    expect(r.status).toBe(200);
    expect(r.body.map((c: any) => c.name)).toEqual(['昆都仑焊工班', '青山焊工班']);
    expect(r.body[0]).toMatchObject({ distance: 0, seats_left: 30, institution: { name: '示例·包头职业培训学校', standing: 'approved' } });
    expect(r.body[1].institution.standing).toBe('suspended');
    expect((await pub(t().app, 'GET', '/api/public/classes?near=150200')).status).toBe(400);
    // Near a 苏木乡镇 of 昆都仑区: its 旗县's classes come first, then the rest of the 盟市.
    await knex('regions').insert({ id: '150203100', name: '示例镇', level: 'township', parent_id: '150203', path: '/150000/150200/150203/150203100/', created_at: now, updated_at: now, version: 1 });
    const town = await pub(t().app, 'GET', '/api/public/classes?near=150203100&occupation=6-18-02-04');
    expect(town.body.map((c: any) => [c.name, c.distance])).toEqual([['昆都仑焊工班', 1], ['青山焊工班', 2]]);
  });

  it('lists only published typical cases; a case in review is not public', async () => {
    const checker = await userAt(t().app, admin, 'pub_case_checker', 'region_admin', '150200');
    const d = await baotou.post('/api/configs', caseDoc('baotou-public-case'));
    await baotou.post(`/api/configs/${d.body.id}/submit`);
    expect((await pub(t().app, 'GET', '/api/public/cases?region=150203')).body).toEqual([]);
    expect((await checker.post(`/api/configs/${d.body.id}/approve`)).status).toBe(200);
    const list = await pub(t().app, 'GET', '/api/public/cases?region=150203');
    expect(list.body).toEqual([expect.objectContaining({ node: '150200', key: 'baotou-public-case', title: caseDoc('x').title })]);
    const one = await pub(t().app, 'GET', '/api/public/cases/150200/baotou-public-case');
    expect(one.body.sections[0].heading).toBe('培训经过');
    expect((await pub(t().app, 'GET', '/api/public/cases?region=150102')).body).toEqual([]);
  });

  it('withholds counts of 1–4 per 旗县 and month, and the next smallest cell so no count can be worked out from the total', async () => {
    const { services } = t();
    const knex = services.db.knex;
    const now = new Date().toISOString();
    const wish = async (region: string) => {
      const w = await insertWorker(services, { region });
      await knex('intentions').insert({ worker_id: w.id, region_code: region, channel: 'outreach', stated_on: '2026-01-10', wants_training: true, status: 'open', created_at: now, updated_at: now, version: 1 });
    };
    for (let i = 0; i < 6; i++) await wish('150202');
    for (let i = 0; i < 2; i++) await wish('150206');
    for (let i = 0; i < 7; i++) await wish('150223');
    const f = await pub(t().app, 'GET', '/api/public/figures?league=150200&from=2026-01&to=2026-01');
    expect(f.status, f.text).toBe(200);
    const cell = (code: string) => f.body.rows.find((r: any) => r.region_code === code);
    expect(cell('150206').willing).toBeNull(); // 2 people
    expect(cell('150202').willing).toBeNull(); // 6, the smallest other: else 15 − 7 − 6 = 2
    expect(cell('150223').willing).toBe(7);
    expect(f.body.totals).toEqual([expect.objectContaining({ month: '2026-01', willing: 15, placed: 0, rate: 0 })]);
    expect(f.body.min_cell).toBe(5);
    const leagues = await pub(t().app, 'GET', '/api/public/figures?from=2026-01&to=2026-01');
    expect(leagues.body.rows.find((r: any) => r.region_code === '150200').willing).toBe(15);
    const bad = await pub(t().app, 'GET', '/api/public/figures?league=150203');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('league');
  });
}, {}, TODAY);

describeEachDb('public API behind a proxy', (t) => {
  it('counts the client address from X-Forwarded-For when TRUST_PROXY names the proxy, and limits requests per address', async () => {
    const proxy = '10.0.0.2';
    const from = (client: string, body: unknown) => pub(t().app, 'POST', '/api/public/wishes', body, proxy, { 'x-forwarded-for': client });
    for (let i = 0; i < 2; i++) expect((await from('203.0.113.70', wishBody())).status).toBe(201);
    expect((await from('203.0.113.70', wishBody())).body.code).toBe('challenge_required');
    // Another client behind the same proxy has its own count.
    expect((await from('203.0.113.71', wishBody())).status).toBe(201);

    const client = '203.0.113.80';
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await pub(t().app, 'GET', '/api/public/regions', undefined, proxy, { 'x-forwarded-for': client })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200]);
    const limited = await pub(t().app, 'GET', '/api/public/regions', undefined, proxy, { 'x-forwarded-for': client });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await pub(t().app, 'GET', '/public/guide', undefined, proxy, { 'x-forwarded-for': client })).status).toBe(429);
    expect((await pub(t().app, 'GET', '/api/public/regions', undefined, proxy, { 'x-forwarded-for': '203.0.113.81' })).status).toBe(200);
  });
}, { TRUST_PROXY: '10.0.0.2', RATE_LIMIT_ALLOWLIST: '', PUBLIC_RATE_LIMIT_PER_MINUTE: 7 }, TODAY);
