// Rule tests saved from the console: a new version per save, checked like configs/, stale saves refused, the inherited cases shown, exported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { seed, userAt } from './test-support.js';
import { exportConfigDir } from './io.js';

describeEachDb('configs: rule tests as versioned documents', (t) => {
  let admin: TestClient;
  let baotou: TestClient;
  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    baotou = await userAt(t().app, admin, 'tests_baotou_admin', 'region_admin', '150200');
  });

  const base = seed('150000-nei-mongol/tests/training.json').cases[0];
  const suite = (names: string[]) => ({ ruleset: 'training', cases: names.map((name) => ({ ...base, name })) });

  it('saves versions, refuses a stale one and a bad case in Chinese, shows the inherited cases, and exports to configs/', async () => {
    const empty = await baotou.get('/api/config-tests/150200/training');
    expect(empty.status).toBe(200);
    expect(empty.body.own).toBeNull();
    expect(empty.body.inherited.map((s: any) => s.node)).toEqual(['150000']);

    const v1 = await baotou.put('/api/config-tests/150200/training', { body: suite(['包头：焊工五级全勤']), version: null });
    expect(v1.status, JSON.stringify(v1.body)).toBe(200);
    expect(v1.body.own.version).toBe(1);
    const v2 = await baotou.put('/api/config-tests/150200/training', { body: suite(['包头：焊工五级全勤', '包头：第二个案例']), version: 1 });
    expect(v2.body.own.version).toBe(2);
    expect(v2.body.history.map((h: any) => h.version)).toEqual([2, 1]);

    const stale = await baotou.put('/api/config-tests/150200/training', { body: suite(['过期']), version: 1 });
    expect(stale.status).toBe(409);
    const bad = await baotou.put('/api/config-tests/150200/training', { body: { ruleset: 'training', cases: [{ ...base, name: 'x', expect: { outcome: 'eligible', rules: { 'no-such-rule': true } } }] }, version: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('规则集中没有编号为「no-such-rule」的规则');
    expect((await baotou.put('/api/config-tests/150100/training', { body: suite(['越权']), version: null })).status).toBe(404);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-tests-'));
    await exportConfigDir(t().services.db.knex, dir);
    const file = JSON.parse(fs.readFileSync(path.join(dir, '150200-baotou', 'tests', 'training.json'), 'utf8'));
    expect(file.cases.map((c: any) => c.name)).toEqual(['包头：焊工五级全勤', '包头：第二个案例']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
