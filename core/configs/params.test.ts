// Policy parameters: inherited down the region tree, overridden by a child from a date on without restating a rule, shown in explanations.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { draft, publishDoc, seed, userAt } from './test-support.js';
import { insertTrainingClaim, insertWorker } from '../rules/testing/scenario.js';
import type { Decision } from '../rules/runtime/types.js';

/** 包头's parameters: the age limit raised to 65 from 2024-07-01, nothing else restated. */
const baotouParams = (over: Record<string, unknown> = {}) => ({
  kind: 'param', key: 'default', node: '150200', mode: 'extend', title: '包头市补贴政策参数（示例）',
  effective_from: '2024-04-01', effective_to: null,
  body: { params: [{ name: 'age_max', values: [{ from: '2024-07-01', value: 65, note: '示例：包头市放宽年龄上限' }] }] }, ...over,
});

describeEachDb('configs: policy parameters', (t) => {
  let admin: TestClient;
  let baotou: TestClient;
  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    baotou = await userAt(t().app, admin, 'param_baotou_admin', 'region_admin', '150200');
  });

  it('a child overrides a value from a date on; claims before it, and elsewhere, keep the parent\'s value; the explanation names the document', async () => {
    const { services } = t();
    await publishDoc(baotou, baotouParams());
    const effective = await baotou.get('/api/regions/150203/effective/param?date=2024-08-01');
    expect(effective.status).toBe(200);
    const ageMax = effective.body.body.params.find((p: any) => p.name === 'age_max');
    // label, type and basis inherited; the parent's earlier value kept for dates before the override
    expect(ageMax).toMatchObject({ label: '年龄上限', type: 'integer', unit: '周岁', values: [{ from: '2024-03-01', value: 60 }, { from: '2024-07-01', value: 65 }] });

    // born 1961-05-01: 63 in August 2024
    const decide = async (region: string, claimDate: string) => {
      const w = await insertWorker(services, { region, birth: '19610501' });
      const c = await insertTrainingClaim(services, w.id, { region, claimDate, start: '2024-03-04', end: '2024-04-12' });
      const d: Decision = (await admin.post(`/api/claims/${c.claimId}/evaluate`)).body;
      return d.rules.find((r) => r.id === 'working-age')!;
    };
    const after = await decide('150203', '2024-08-01');
    expect(after.passed).toBe(true);
    expect(after.conditions[1].message).toBe('申请日年龄（周岁） 63 小于等于 年龄上限（包头市政策参数第 1 版，自 2024-07-01 起） 65：符合');
    const before = await decide('150203', '2024-06-20');
    expect(before.passed).toBe(false);
    expect(before.message).toBe('申请人申请时年龄为 63 周岁，不在 16 至 60 周岁的补贴年龄范围内（示例口径）。');
    expect(before.conditions[1].message).toContain('年龄上限（内蒙古自治区政策参数第 1 版，自 2024-03-01 起） 60');
    expect((await decide('150102', '2024-08-01')).passed).toBe(false);
  });

  it('refuses a value of the wrong type, a rule reading an unknown parameter, and removing one the rules read — each in Chinese', async () => {
    const wrong = await draft(baotou, baotouParams({ effective_from: '2025-01-01', body: { params: [{ name: 'age_max', values: [{ from: '2025-01-01', value: 65.5 }] }] } }));
    const r1 = await baotou.post(`/api/configs/${wrong.id}/publish`);
    expect(r1.status).toBe(400);
    expect(r1.body.details).toContainEqual({ path: '/body/params/0/values/0/value', message: '参数「年龄上限」自 2025-01-01 起的取值 65.5 应为整数' });

    const removal = await draft(baotou, baotouParams({ effective_from: '2025-02-01', body: { params: [{ name: 'age_max', remove: true }] } }));
    const r2 = await baotou.post(`/api/configs/${removal.id}/publish`);
    expect(r2.status).toBe(400);
    expect(r2.body.message).toContain('职业培训补贴规则集仍在使用：参数「age_max」在 2025-02-01 没有生效的取值');

    const rules = seed('150000-nei-mongol/rules/training.json');
    rules.body.rules.find((r: any) => r.id === 'working-age').conditions.all[1].value.path = '$.age_maximum';
    const unknown = await draft(admin, { ...rules, effective_from: '2026-01-01' });
    const r3 = await admin.post(`/api/configs/${unknown.id}/publish`);
    expect(r3.status).toBe(400);
    expect(r3.body.details[0]).toMatchObject({ path: '/body/rules/3/conditions/all/1/value', message: expect.stringContaining('参数「age_maximum」在 2026-01-01 没有生效的取值；可用的参数：age_min（年龄下限）、age_max（年龄上限）') });
  });

  it('runs the node\'s rule tests with a parameters draft, and refuses the publish when one of its own cases fails', async () => {
    const { services } = t();
    const cases = { ruleset: 'training', cases: [{ name: '64 周岁：包头市可补贴', facts: { ...seed('150000-nei-mongol/tests/training.json').cases[0].facts, idCard: { valid: true, age: 64 } }, expect: { outcome: 'eligible' } }] };
    await services.db.knex('config_tests').insert({ node_code: '150200', ruleset_key: 'training', body: JSON.stringify(cases), created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', version: 1 });
    const lower = await draft(baotou, baotouParams({ effective_from: '2025-03-01', body: { params: [{ name: 'age_max', values: [{ from: '2025-03-01', value: 62 }] }] } }));
    const run = await baotou.post(`/api/configs/${lower.id}/test`, {});
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    expect(run.body).toMatchObject({ ok: false, passed: 0, failed: 1 });
    const refused = await baotou.post(`/api/configs/${lower.id}/publish`);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('规则测试未通过（1 个案例失败），不能发布：「64 周岁：包头市可补贴」');
    await services.db.knex('config_tests').where({ node_code: '150200' }).delete();
  });
});
