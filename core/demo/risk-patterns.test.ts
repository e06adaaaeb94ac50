// The planted demo patterns: a scan of the whole region finds exactly what was planted, and nothing in the clean sample.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { systemContext } from '../http/context.js';
import { seedRiskPatterns, type PlantedPattern } from './risk-patterns.js';
import { seedCleanSample } from './risk-clean-sample.js';
import { runRiskScan, type ScanSummary } from '../risk/scan.js';

describeEachDb('demo risk patterns', (t) => {
  let planted: PlantedPattern[];
  let summary: ScanSummary;

  beforeAll(async () => {
    const ctx = systemContext('test');
    await seedCleanSample(t().services, ctx);
    planted = await seedRiskPatterns(t().services, ctx);
    summary = await runRiskScan(t().services, ctx, { regionCode: '150000' });
  }, 120_000);

  it('plants one instance of every loaded risk check', () => {
    expect(planted.map((p) => p.checkId).sort()).toEqual([...t().services.plugins.riskChecks.keys()].sort());
    for (const p of planted) expect(p.description).toMatch(/#\d+/);
  });

  it('finds exactly the planted set: every pattern, and no false hit in the clean sample', async () => {
    expect(summary.totals.errors, JSON.stringify(summary.checks.filter((c) => c.error))).toBe(0);
    const cases = await t().services.db.knex('risk_cases').select('check_id', 'key', 'summary');
    const found = cases.map((c) => `${c.check_id} ${c.key}`).sort();
    expect(found, cases.map((c) => `${c.check_id}: ${c.summary}`).join('\n')).toEqual(planted.map((p) => `${p.checkId} ${p.key}`).sort());
    for (const line of summary.checks) expect([line.check_id, line.hits]).toEqual([line.check_id, 1]);
  });

  it('labels planted records as 风险样例 and uses fictional names only', async () => {
    const { knex } = t().services.db;
    const names = await knex('workers').pluck('name');
    expect(names.every((n: string) => n.startsWith('示例·'))).toBe(true);
    const labelled = await knex('institutions').where('name', 'like', '%风险样例%').count({ n: '*' }).first();
    expect(Number(labelled?.n)).toBeGreaterThanOrEqual(3);
    const evidence = (await knex('risk_cases').pluck('evidence')).join('\n');
    expect(evidence).not.toMatch(/\b1[3-9]\d{9}\b/);
    expect(evidence).not.toMatch(/\b\d{17}[\dX]\b/);
  });

  it('holds the planted claims: every case names its claims and the money they stand to pay', async () => {
    const rows = await t().services.db.knex('risk_cases').select('check_id', 'claim_ids', 'held_fen');
    for (const r of rows) {
      expect(JSON.parse(r.claim_ids).length, r.check_id).toBeGreaterThan(0);
      expect(Number(r.held_fen), r.check_id).toBeGreaterThan(0);
    }
  });
});
