// Publishing: validation errors with JSON pointers in Chinese, unknown facts and operators, mandatory rules, audit, who may publish.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { TODAY, draft, nextVersion, publishDoc, seed, userAt } from './test-support.js';

describeEachDb('configs: publishing', (t) => {
  let admin: TestClient;
  let baotouAdmin: TestClient;
  let reviewer: TestClient;
  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    baotouAdmin = await userAt(t().app, admin, 'cfg_baotou_admin', 'region_admin', '150200');
    reviewer = await userAt(t().app, admin, 'cfg_baotou_reviewer', 'reviewer', '150200');
  });

  const publish = (c: TestClient, id: number) => c.post(`/api/configs/${id}/publish`);

  it('refuses a document that breaks its meta-schema: every error as a JSON pointer with a Chinese message', async () => {
    const doc = nextVersion('150200-baotou/catalog.json', '2026-01-01', '2025-12-31');
    doc.body.entries[0].levels['5'].standard_fen = 1800.5;
    doc.body.entries[1].kinds = [];
    const d = await draft(admin, doc);
    const r = await publish(admin, d.id);
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/^文档未通过校验，不能发布：/);
    expect(r.body.details).toEqual(expect.arrayContaining([
      { path: '/effective_to', message: '失效日期 2025-12-31 早于生效日期 2026-01-01' },
      { path: '/body/entries/0/levels/5/standard_fen', message: '「补贴标准」必须是非负整数（单位：分）' },
      { path: '/body/entries/1/kinds', message: expect.stringContaining('「培训类型」') },
    ]));
    expect(r.body.field).toBe(r.body.details[0].path);
    expect((await admin.get(`/api/configs/${d.id}`)).body.state).toBe('draft');
  });

  it('refuses a rule set naming a fact or operator no plugin provides, with the name and path', async () => {
    const doc = nextVersion('150600-ordos/rules/training.json', '2026-01-01');
    const leaf = doc.body.rules[0].conditions.all[0];
    Object.assign(leaf, { fact: 'attendence', operator: 'atLeast' });
    const r = await publish(admin, (await draft(admin, doc)).id);
    expect(r.status).toBe(400);
    expect(r.body.details).toEqual([
      { path: '/body/rules/0/conditions/all/0/fact', message: expect.stringMatching(/^未注册的事实「attendence」；可用的事实：.*attendance/) },
      { path: '/body/rules/0/conditions/all/0/operator', message: expect.stringMatching(/^未注册的运算符「atLeast」/) },
    ]);
  });

  it('refuses an extension with nothing to extend on its first day, and a node without its own bureau', async () => {
    const early = await draft(admin, nextVersion('150200-baotou/catalog.json', '2020-01-01'));
    const r = await publish(admin, early.id);
    expect(r.status).toBe(400);
    expect(r.body.details[0]).toEqual({ path: '/mode', message: expect.stringContaining('是扩展文档（extend），但其上级在 2020-01-01 没有生效的完整培训需求指导目录（base）') });
    const county = await admin.post('/api/configs', { ...nextVersion('150200-baotou/catalog.json', '2026-01-01'), node: undefined, node_code: '150203' });
    expect(county.status).toBe(400);
    expect(county.body.message).toContain('昆都仑区（150203）不单独发布配置');
  });

  it('keeps the ancestors\' mandatory rules in a child\'s complete (base) rule set', async () => {
    const base = seed('150000-nei-mongol/rules/evaluation.json');
    const rules = base.body.rules.filter((r: any) => r.id !== 'no-double-subsidy');
    const d = await draft(admin, { ...base, node: '150200', title: '包头市职业技能评价补贴规则（示例）', effective_from: '2026-01-01', body: { ...base.body, rules } });
    const r = await publish(admin, d.id);
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('no-double-subsidy');
    expect(r.body.message).toContain('完整文档 base 也必须保留这条规则');
  });

  it('a rule the parent later makes mandatory wins over a child\'s override, which is reported in warnings', async () => {
    const before = await admin.get('/api/regions/150600/effective/ruleset?key=training');
    expect(before.body.sources['attendance-complete']).toMatchObject({ node: '150600', overrides: '150000' });
    const parent = nextVersion('150000-nei-mongol/rules/training.json', '2026-02-01');
    const rule = parent.body.rules.find((x: any) => x.id === 'attendance-complete');
    rule.mandatory = true;
    const d = await draft(admin, parent);
    // The diff warns before publishing which descendants' parts it would set aside.
    const diff = await admin.get(`/api/configs/${d.id}/diff`);
    expect(diff.body.changes.map((c: any) => [c.change, c.id])).toEqual([['changed', 'attendance-complete']]);
    expect(diff.body.affected).toEqual([{ node: '150600', path: '/body/rules/0', message: expect.stringContaining('attendance-complete') }]);
    expect((await publish(admin, d.id)).status).toBe(200);
    const after = await admin.get('/api/regions/150600/effective/ruleset?key=training&date=2026-02-01');
    expect(after.body.body.rules.find((x: any) => x.id === 'attendance-complete')).toEqual(rule);
    expect(after.body.sources['attendance-complete']).toEqual({ node: '150000', version: 2 });
    expect(after.body.warnings).toEqual([{ node: '150600', path: '/body/rules/0', message: expect.stringContaining('（attendance-complete）是内蒙古自治区（150000）设定的强制规则，下级不能覆盖或修改') }]);
    // Earlier dates keep the old parent version, and with it the child's override.
    const earlier = await admin.get('/api/regions/150600/effective/ruleset?key=training&date=2026-01-31');
    expect(earlier.body.warnings).toEqual([]);
    // The child's next version that still overrides it is refused.
    const child = await draft(admin, nextVersion('150600-ordos/rules/training.json', '2026-02-01'));
    expect((await publish(admin, child.id)).status).toBe(400);
  });

  it('audits a publish and a retire with their author', async () => {
    const doc = await publishDoc(baotouAdmin, nextVersion('150200-baotou/catalog.json', '2026-01-01'), { title: '包头市职业技能培训需求指导目录（示例，审计）' });
    await baotouAdmin.post(`/api/configs/${doc.id}/retire`);
    const r = await admin.list('audit', { filter: { resource: 'configs', record_id: String(doc.id) }, sort: ['id', 'ASC'] });
    expect(r.body.map((e: any) => [e.action, e.username, e.role])).toEqual([
      ['create', 'cfg_baotou_admin', 'region_admin'], ['publish', 'cfg_baotou_admin', 'region_admin'], ['retire', 'cfg_baotou_admin', 'region_admin'],
    ]);
    expect(r.body[1].changes).toMatchObject({ node: '150200', kind: 'catalog', key: 'default', doc_version: doc.doc_version, effective_from: '2026-01-01' });
  });

  it('only administrators publish; a reviewer is refused (403) and the refusal audited', async () => {
    const d = await draft(admin, nextVersion('150200-baotou/catalog.json', '2026-05-01'));
    const r = await publish(reviewer, d.id);
    expect(r.status).toBe(403);
    expect(r.body.message).toBe('只有管理员可以发布配置文档');
    expect((await reviewer.post('/api/configs', { node_code: '150200', kind: 'catalog', key: 'default', mode: 'extend', title: 'x', effective_from: '2026-05-01', effective_to: null, body: {} })).status).toBe(403);
    const denied = await admin.list('audit', { filter: { action: 'denied', record_id: String(d.id) } });
    expect(denied.body.map((e: any) => e.username)).toEqual(['cfg_baotou_reviewer']);
    expect((await admin.get(`/api/configs/${d.id}`)).body.state).toBe('draft');
  });

  it('a 包头 administrator cannot create, publish or see 呼和浩特\'s drafts', async () => {
    const create = await baotouAdmin.post('/api/configs', { ...nextVersion('150100-hohhot/catalog.json', '2026-01-01'), node: undefined, node_code: '150100' });
    expect([403, 404]).toContain(create.status);
    const theirs = await draft(admin, nextVersion('150100-hohhot/catalog.json', '2026-01-01'));
    expect((await publish(baotouAdmin, theirs.id)).status).toBe(404);
    expect((await baotouAdmin.post(`/api/configs/${theirs.id}/retire`)).status).toBe(404);
    expect((await baotouAdmin.get(`/api/configs/${theirs.id}`)).status).toBe(404);
    expect((await baotouAdmin.get(`/api/configs/${theirs.id}/diff`)).status).toBe(404);
    const list = await baotouAdmin.list('configs', { filter: { state: 'draft' }, range: [0, 99] });
    expect(list.body.every((c: any) => c.node_code.startsWith('1502'))).toBe(true);
    expect((await admin.get(`/api/configs/${theirs.id}`)).body.state).toBe('draft');
    // What is in force for 呼和浩特 is no secret: anyone signed in may read it.
    expect((await baotouAdmin.get('/api/regions/150100/effective/catalog')).status).toBe(200);
  });
}, {}, TODAY);
