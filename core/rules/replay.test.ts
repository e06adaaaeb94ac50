// Replay after a rule change, rule tests of a document as if published, dry-run of a stricter draft, 100 random claims replayed.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { systemContext } from '../http/context.js';
import { draft, seed } from '../configs/test-support.js';
import { insertTrainingClaim, insertWorker } from './testing/scenario.js';
import type { Decision } from './runtime/types.js';

const TRAINING = '150000-nei-mongol/rules/training.json';

/** The seed training rule set with one rule's first comparison value changed. */
function withThreshold(rule: string, value: number, over: Record<string, unknown> = {}): any {
  const doc = { ...seed(TRAINING), ...over };
  doc.body.rules.find((r: any) => r.id === rule).conditions.all[0].value = value;
  return doc;
}

describeEachDb('rules: replay, rule tests and dry-run', (t) => {
  let admin: TestClient;
  beforeAll(async () => { admin = await TestClient.login(t().app); });

  it('replays a decision identically after the rule set changes, while a fresh evaluation differs', async () => {
    const { services } = t();
    const c = await insertTrainingClaim(services, (await insertWorker(services)).id, { hours: 120, attended: 102 });
    const before: Decision = (await admin.post(`/api/claims/${c.claimId}/evaluate`)).body;
    expect(before.outcome).toBe('eligible');
    // The stricter rule fails the node's own rule tests, which refuses the publish, naming the case.
    const stricter = await draft(admin, withThreshold('attendance-complete', 0.9));
    const refused = await admin.post(`/api/configs/${stricter.id}/publish`);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('规则测试未通过');
    expect(refused.body.message).toContain('「出勤完成率 85%：按比例计算补贴金额」');
    const tests = services.db.knex('config_tests').where({ node_code: '150000', ruleset_key: 'training' });
    const saved = await tests.clone().first();
    await tests.clone().delete();
    const v2 = (await admin.post(`/api/configs/${stricter.id}/publish`)).body;
    expect(v2.doc_version).toBe(2);
    await services.db.knex('config_tests').insert(saved);

    const replay = await admin.get(`/api/claims/${c.claimId}/decision/replay`);
    expect(replay.status).toBe(200);
    expect(replay.body.identical).toBe(true);
    expect(replay.body.differences).toEqual([]);
    expect(replay.body.replayed).toEqual({ ...before });

    const fresh: Decision = (await admin.post(`/api/claims/${c.claimId}/evaluate`)).body;
    expect(fresh.outcome).toBe('needs_review');
    expect(fresh.ruleset.chain[0]).toMatchObject({ config_id: v2.id, version: 2 });
    expect(fresh.rules.find((r) => r.id === 'attendance-complete')!.conditions[0].message).toBe('出勤完成率 0.85 大于等于 0.9：不符合');
    // the old decision still replays from version 1, and differs from the fresh one exactly there
    const old = await services.rules.replayDecision(before);
    expect(old).toEqual(before);
    expect((await admin.get(`/api/claims/${c.claimId}/decision/replay`)).body.identical).toBe(true);

    // a tampered stored decision does not replay identically, and the report says where
    const tampered = { ...before, outcome: 'ineligible' as const };
    await services.db.knex('claims').where({ id: c.claimId }).update({ decision: JSON.stringify(tampered) });
    const report = (await admin.get(`/api/claims/${c.claimId}/decision/replay`)).body;
    expect(report.identical).toBe(false);
    expect(report.differences).toEqual([{ path: '/outcome', stored: 'ineligible', replayed: 'eligible' }]);
  });

  it('runs the node\'s rule tests against a document as if published, naming the rule and comparison that differ', async () => {
    const { services } = t();
    const published = await services.db.knex('configs').where({ node_code: '150600', kind: 'ruleset', key: 'training', state: 'published' }).first('id');
    const ok = await admin.post(`/api/configs/${published.id}/test`, {});
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, node: '150600', key: 'training', passed: 5, failed: 0 });
    expect(ok.body.chain.map((c: any) => c.node)).toEqual(['150000', '150600']);

    const doc = seed('150600-ordos/rules/training.json');
    doc.body.rules[0].conditions.all[0].value = 0.8;
    const d = await draft(admin, doc, { effective_from: '2024-04-01' });
    const r = await admin.post(`/api/configs/${d.id}/test`, { include_ancestors: true });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: false, passed: 4, failed: 1 });
    const own = r.body.suites.find((s: any) => !s.inherited);
    const failing = own.cases.find((c: any) => !c.passed);
    expect(failing.name).toBe('出勤完成率 85%：在自治区可补贴，在鄂尔多斯市转人工核查');
    expect(failing.differences).toEqual([
      { field: 'outcome', expected: 'needs_review', actual: 'eligible', message: '预期结果 需人工审核（needs_review），实际 符合条件（eligible）；全部规则均满足' },
      expect.objectContaining({ field: 'rule', rule: 'attendance-complete', expected: false, actual: true, message: '规则「出勤率达到 90%」（attendance-complete）预期不满足，实际满足：出勤完成率 0.85 大于等于 0.8：符合' }),
    ]);
    // the 自治区's own cases, run against 鄂尔多斯's draft, are reported apart
    expect(r.body.suites.find((s: any) => s.inherited).node).toBe('150000');
    const notRuleset = await services.db.knex('configs').where({ kind: 'catalog', node_code: '150000' }).first('id');
    expect((await admin.post(`/api/configs/${notRuleset.id}/test`, {})).status).toBe(400);
  });

  it('dry-runs a stricter draft over past claims: which would change, how, and nothing written', async () => {
    const { services } = t();
    const knex = services.db.knex;
    const ids: Record<string, number> = {};
    for (const [name, attended, region] of [['full', 120, '150602'], ['p85', 102, '150203'], ['p80', 96, '150102'], ['p72', 87, '150203'], ['p60', 72, '150102']] as const) {
      const c = await insertTrainingClaim(services, (await insertWorker(services)).id, { hours: 120, attended, region, claimDate: '2024-07-01' });
      await services.rules.evaluateClaim(systemContext(), c.claimId);
      ids[name] = c.claimId;
    }
    const outside = await insertTrainingClaim(services, (await insertWorker(services)).id, { hours: 120, attended: 102, claimDate: '2025-02-01' });
    await services.rules.evaluateClaim(systemContext(), outside.claimId);
    const snapshot = await knex('claims').whereIn('id', Object.values(ids)).orderBy('id').select('id', 'decision', 'outcome', 'version');

    // the draft is the rule set in force (version 2 of the test above, if it ran) with a stricter minimum
    const latest = await knex('configs').where({ node_code: '150000', kind: 'ruleset', key: 'training', state: 'published' }).orderBy('doc_version', 'desc').first('body');
    const doc = { ...seed(TRAINING), title: '更严格的出勤要求（草稿）', body: JSON.parse(latest.body) };
    doc.body.rules.find((x: any) => x.id === 'attendance-minimum').conditions.all[0].value = 0.85;
    const stricter = await draft(admin, doc);
    const r = await admin.post(`/api/configs/${stricter.id}/dry-run`, { from: '2024-07-01', to: '2024-07-31' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const res = r.body;
    // 150600 extends the rule set (90% for attendance-complete), so its claim gets the draft merged under it
    expect(res.evaluated).toBeGreaterThanOrEqual(5);
    const mine = res.sample.filter((s: any) => Object.values(ids).includes(s.claim_id));
    expect(mine.map((s: any) => s.claim_id).sort()).toEqual([ids.p80, ids.p72].sort());
    const stored = new Map(snapshot.map((r: any) => [Number(r.id), JSON.parse(r.decision)]));
    for (const s of mine) {
      const before = stored.get(s.claim_id);
      expect(s.before).toEqual({ outcome: before.outcome, amount_fen: before.amount_fen });
      expect(s.before.outcome).not.toBe('ineligible');
      expect(s.after).toEqual({ outcome: 'ineligible', amount_fen: 0 });
      expect(s.changed_rules).toEqual([{ id: 'attendance-minimum', before: true, after: false }]);
    }
    expect(mine.find((s: any) => s.claim_id === ids.p72).before.outcome).toBe('needs_review');
    expect(res.outcome_changes['needs_review→ineligible']).toBeGreaterThanOrEqual(1);
    expect(res.amount_delta_fen).toBeLessThanOrEqual(-mine.reduce((n: number, s: any) => n + s.before.amount_fen, 0));
    expect(res.missing_facts).toEqual({});
    expect(res.sample.every((s: any) => s.claim_date >= '2024-07-01' && s.claim_date <= '2024-07-31')).toBe(true);
    expect(await knex('claims').whereIn('id', Object.values(ids)).orderBy('id').select('id', 'decision', 'outcome', 'version')).toEqual(snapshot);
    expect((await knex('configs').where({ id: stricter.id }).first('state')).state).toBe('draft');

    const bad = await admin.post(`/api/configs/${stricter.id}/dry-run`, { from: '2024-08-01', to: '2024-07-01' });
    expect(bad.status).toBe(400);
  });
});

describe('rules: 100 random claims', () => {
  describeEachDb('replayed identically', (t) => {
    it('evaluates 100 random claims and replays each identically', async () => {
      const { services } = t();
      let x = 20240207;
      const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const pick = <T,>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
      const regions = ['150102', '150203', '150602', '152502', '150402', '150702', '150781'];
      const outcomes = new Map<string, number>();
      for (let i = 0; i < 100; i++) {
        const birth = `${1960 + Math.floor(rnd() * 50)}0${1 + Math.floor(rnd() * 9)}1${Math.floor(rnd() * 9)}`;
        const worker = await insertWorker(services, { region: pick(regions), birth, category: rnd() < 0.9 ? pick(['rural_transfer', 'returnee', 'poverty_exited', 'employed']) : 'student' });
        const level = rnd() < 0.8 ? '5' : '4';
        const hours = level === '5' ? pick([120, 120, 80]) : 160;
        const c = await insertTrainingClaim(services, worker.id, {
          region: pick(regions), occupation: rnd() < 0.9 ? pick(['6-18-02-04', '6-31-01-03', '4-10-01-05']) : pick(['NM-150600-01', 'XX-0']), level,
          hours, attended: rnd() < 0.6 ? hours : Math.floor(hours * (0.6 + rnd() * 0.4)), completed: rnd() > 0.05, assessment: rnd() < 0.85 ? 'pass' : pick(['fail', null]),
          claimDate: pick(['2024-06-20', '2024-06-10', '2024-11-02']), subsidised: rnd() > 0.05, institutionApproved: rnd() > 0.05, certificate: rnd() > 0.5,
        });
        if (rnd() < 0.2) await services.db.knex('claims').where({ id: c.claimId }).update({ state: 'paid' });
        else {
          const d = await services.rules.evaluateClaim(systemContext(), c.claimId);
          outcomes.set(d.outcome, (outcomes.get(d.outcome) ?? 0) + 1);
        }
      }
      const rows = await services.db.knex('claims').whereNotNull('decision').select('id', 'decision');
      expect(rows.length).toBeGreaterThanOrEqual(70);
      for (const row of rows) {
        const stored = JSON.parse(row.decision);
        if (!stored.ruleset) continue;
        expect(await services.rules.replayDecision(stored), `claim ${row.id}`).toEqual(stored);
      }
      expect([...outcomes.keys()].sort()).toEqual(['eligible', 'ineligible', 'needs_review']);
    }, 120_000);
  });
});
