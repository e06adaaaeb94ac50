// The effective document through three layers, the diff of a draft, validate and vocabulary, and the cache across changes.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { TODAY, draft, nextVersion, seed } from './test-support.js';

describeEachDb('configs: effective documents', (t) => {
  let admin: TestClient;
  beforeAll(async () => { admin = await TestClient.login(t().app); });

  it('满洲里 (county level, owns config) resolves through 呼伦贝尔 to the 自治区 base: three layers', async () => {
    const r = await admin.get('/api/regions/150781/effective/catalog');
    expect(r.status).toBe(200);
    expect(r.body.chain.map((l: any) => [l.node, l.node_name, l.mode])).toEqual([
      ['150000', '内蒙古自治区', 'base'], ['150700', '呼伦贝尔市', 'extend'], ['150781', '满洲里市', 'extend'],
    ]);
    expect(r.body).toMatchObject({ node: '150781', kind: 'catalog', key: 'default', date: TODAY, warnings: [] });
    const own = seed('150781-manzhouli/catalog.json').body.entries[0];
    expect(r.body.sources[own.code].node).toBe('150781');
    const league = seed('150700-hulunbuir/catalog.json').body.entries[0];
    expect(r.body.sources[league.code].node).toBe('150700');
    // Its form of a worker is three layers too; 海拉尔区, with no bureau, inherits 呼伦贝尔's.
    expect((await admin.get('/api/regions/150781/effective/form?key=worker')).body.chain.map((l: any) => l.node)).toEqual(['150000', '150700', '150781']);
    expect((await admin.get('/api/regions/150702/effective/catalog')).body.chain.map((l: any) => l.node)).toEqual(['150000', '150700']);
  });

  it('answers 404 with the reason when nothing resolves', async () => {
    const unknown = await admin.get('/api/regions/159999/effective/catalog');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('行政区划 159999 不存在');
    const early = await admin.get('/api/regions/150781/effective/catalog?date=2024-04-15');
    expect(early.status).toBe(200); // 呼伦贝尔 (from 04-01) applies; 满洲里 begins 05-01
    expect(early.body.chain.map((l: any) => l.node)).toEqual(['150000', '150700']);
  });

  it('diff: a draft shows entries added, changed and removed against the version in force', async () => {
    const doc = nextVersion('150200-baotou/catalog.json', '2026-06-01');
    const [changed, removedOwn] = doc.body.entries;
    changed.levels['5'].standard_fen += 10000;
    const baseEntry = seed('150000-nei-mongol/catalog.json').body.entries[0];
    doc.body.entries = [changed, ...doc.body.entries.slice(2), { code: baseEntry.code, name: baseEntry.name, remove: true }, {
      code: 'NM-150200-09', name: '稀土永磁材料加工工（示例）', sector: '稀土产业', kinds: ['employment_skills'], orientation: ['local'], shortage: true,
      levels: { '5': { min_hours: 120, standard_fen: 150000 } },
    }];
    const d = await draft(admin, doc);
    const r = await admin.get(`/api/configs/${d.id}/diff`);
    expect(r.status).toBe(200);
    expect(r.body.date).toBe('2026-06-01');
    expect(r.body.problems).toEqual([]);
    const summary = r.body.changes.map((c: any) => [c.change, c.id]).sort();
    expect(summary).toEqual([
      ['added', 'NM-150200-09'], ['changed', changed.code], ['removed', baseEntry.code], ['removed', removedOwn.code],
    ].sort());
    const c = r.body.changes.find((x: any) => x.change === 'changed');
    expect(c.after.levels['5'].standard_fen - c.before.levels['5'].standard_fen).toBe(10000);
    expect(r.body.in_force.chain.at(-1)).toMatchObject({ node: '150200', version: 1 });
    expect(r.body.proposed.chain.at(-1)).toMatchObject({ node: '150200', version: d.doc_version, config_id: d.id });
    // A draft with problems lists them and proposes nothing.
    const bad = await draft(admin, { ...doc, body: { ...doc.body, entries: [{ code: 'bad' }] } });
    const rb = await admin.get(`/api/configs/${bad.id}/diff`);
    expect(rb.body.changes).toEqual([]);
    expect(rb.body.problems[0].path).toMatch(/^\/body\/entries\/0/);
  });

  it('POST /api/configs/validate checks a document as publishing would, storing nothing', async () => {
    const count = async () => (await admin.list('configs')).headers['content-range'];
    const before = await count();
    const good = await admin.post('/api/configs/validate', seed('150600-ordos/rules/training.json'));
    expect(good.body).toEqual({ ok: true, errors: [] });
    const doc = seed('150600-ordos/rules/training.json');
    doc.body.rules.push({ id: 'no-double-subsidy', remove: true });
    doc.body.rules[0].conditions.all[0].path = '$.attendedMinutes';
    const structure = await admin.post('/api/configs/validate', doc);
    expect(structure.body.ok).toBe(false);
    expect(structure.body.errors).toEqual([{ path: '/body/rules/0/conditions/all/0/path', message: expect.stringContaining('$.attendedMinutes') }]);
    doc.body.rules[0].conditions.all[0].path = '$.completionRatio';
    const inheritance = await admin.post('/api/configs/validate', doc);
    expect(inheritance.body.errors).toEqual([{ path: '/body/rules/1', message: expect.stringContaining('强制规则，下级不能删除') }]);
    expect((await admin.post('/api/configs/validate', { kind: 'catalog' })).body.errors.length).toBeGreaterThan(1);
    expect(await count()).toBe(before);
  });

  it('GET /api/configs/vocabulary lists the facts (with their paths) and operators, in Chinese', async () => {
    const r = await admin.get('/api/configs/vocabulary');
    expect(r.status).toBe(200);
    const history = r.body.facts.find((f: any) => f.id === 'subsidyHistory');
    expect(history).toMatchObject({ plugin: 'subsidy-history', label: expect.any(String), fields: { '$.sameOccupationLevelCount': expect.stringContaining('同一职业') } });
    expect(r.body.facts.map((f: any) => f.id)).toEqual(expect.arrayContaining(['idCard', 'worker', 'claim', 'program', 'catalogEntry', 'attendance', 'certificate', 'verification', 'trainingBase', 'baseOutcome']));
    expect(r.body.operators).toContainEqual({ name: 'between', label: '介于', plugin: 'core-operators' });
  });

  it('sees a change made in the same instant as the last one (the cache generation is not a timestamp)', async () => {
    const { knex } = t().services.db;
    const first = await admin.get('/api/regions/150300/effective/catalog');
    expect(first.body.chain.map((l: any) => l.node)).toEqual(['150000', '150300']);
    // Another replica retires 乌海's catalog, with the very updated_at the row already had.
    const row = await knex('configs').where({ node_code: '150300', kind: 'catalog', state: 'published' }).first();
    await knex('configs').where({ id: row.id }).update({ state: 'retired', version: row.version + 1 });
    const second = await admin.get('/api/regions/150300/effective/catalog');
    expect(second.body.chain.map((l: any) => l.node)).toEqual(['150000']);
    await knex('configs').where({ id: row.id }).update({ state: 'published', version: row.version + 2 });
  });
  it('an extension whose base was retired resolves to nothing, with the reason; nodes without documents say so', async () => {
    const base = (await admin.list('configs', { filter: { node_code: '150000', kind: 'form', key: 'intention' } })).body[0];
    expect((await admin.post(`/api/configs/${base.id}/retire`)).status).toBe(200);
    const tongliao = await admin.get('/api/regions/150500/effective/form?key=intention');
    expect(tongliao.status).toBe(404);
    expect(tongliao.body.message).toBe(`通辽市（150500）第 1 版是扩展文档（extend），但其上级在 ${TODAY} 没有生效的完整表单（base）可供继承；请先发布上级文档，或改为完整文档（base）`);
    const hohhot = await admin.get('/api/regions/150102/effective/form?key=intention');
    expect(hohhot.body.message).toBe(`新城区（150102）及其上级在 ${TODAY} 都没有生效的表单（intention）`);
  });
}, {}, TODAY);
