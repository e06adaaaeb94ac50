// The publish diff names compared codes: a region by its name in the tree, a choice by its label — no raw codes for a clerk.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { TODAY, draft, seed } from './test-support.js';

describeEachDb('configs: diff sentences name code values', (t) => {
  let admin: TestClient;
  beforeAll(async () => { admin = await TestClient.login(t().app); });

  it('a 包头 rule comparing the claim region and the worker category reads with names', async () => {
    const parent = seed('150000-nei-mongol/rules/training.json').body.rules.find((r: any) => r.id === 'working-age');
    const rule = {
      ...parent, id: 'baotou-local', name: '包头本地申请', event: { ...parent.event, type: 'baotou-local' },
      conditions: { all: [
        { fact: 'claim', path: '$.regionCode', operator: 'in', value: ['150203', '150202'] },
        { fact: 'worker', path: '$.category', operator: 'equal', value: 'returnee' },
        { fact: 'claim', path: '$.regionCode', operator: 'notEqual', value: '999999' },
      ] },
    };
    const d = await draft(admin, {
      kind: 'ruleset', key: 'training', node: '150200', mode: 'extend', title: '包头市职业培训补贴规则（示例）', effective_from: '2026-01-01', effective_to: null,
      body: { name: '包头', description: 'd', basis: 'b', rules: [rule] },
    });
    const diff = await admin.get(`/api/configs/${d.id}/diff`);
    expect(diff.status, JSON.stringify(diff.body)).toBe(200);
    // A code the tree does not know stays as written, so a mistyped one shows.
    expect(diff.body.sentences[0]).toBe('新增规则「包头本地申请」：申请地区 属于 昆都仑区（150203）、东河区（150202），并且人员类别 等于 返乡农牧民工，并且申请地区 不等于 999999；不满足时不符合条件');
  });
}, {}, TODAY);
