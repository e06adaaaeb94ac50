// runRiskScan at claim submission (only the claim's findings), a failing or malformed check, and the claim → open cases lookup.
import { afterEach, beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { systemContext } from '../http/context.js';
import type { RiskCheckDefinition } from '../plugins/contract.js';
import { seedRiskPatterns, type PlantedPattern } from '../demo/risk-patterns.js';
import { holdMessage, openCasesForClaims, runRiskScan } from './scan.js';

describeEachDb('risk scan', (t) => {
  let planted: PlantedPattern[];
  const ctx = systemContext('scan-test');
  const extra: string[] = [];
  const addCheck = (check: RiskCheckDefinition) => {
    t().services.plugins.riskChecks.set(check.id, { ...check, plugin: 'test' });
    extra.push(check.id);
  };

  beforeAll(async () => {
    planted = await seedRiskPatterns(t().services, ctx);
  }, 120_000);

  afterEach(() => {
    for (const id of extra.splice(0)) t().services.plugins.riskChecks.delete(id);
  });

  it('at submission files only the findings that involve the claim, wherever they lead', async () => {
    const { knex } = t().services.db;
    const overlap = planted.find((p) => p.checkId === 'overlapping-enrolment')!;
    const worker = Number(overlap.key.split(':')[1]);
    // The 呼和浩特 claim of the person who also trains in 包头, scanned from its own county.
    const claim = await knex('claims').where({ worker_id: worker, region_code: '150105' }).first('id', 'region_code');
    const summary = await runRiskScan(t().services, ctx, { regionCode: claim.region_code, claimIds: [claim.id] });
    expect(summary.claim_ids).toEqual([claim.id]);
    expect(summary.totals).toMatchObject({ new: 1, errors: 0 });
    expect(summary.checks.filter((c) => c.new > 0).map((c) => c.check_id)).toEqual(['overlapping-enrolment']);
    const held = await openCasesForClaims(knex, [claim.id, 999_999]);
    expect([...held.keys()]).toEqual([claim.id]);
    expect(held.get(claim.id)).toEqual([{ id: summary.case_ids[0], title: '同一人员同期参加多个补贴性培训' }]);
    expect(holdMessage(held.get(claim.id)!)).toBe(`该补贴申请被风险案件 #${summary.case_ids[0]}「同一人员同期参加多个补贴性培训」暂停：案件排除风险或查实处理之前，不能审批或支付`);
    const audit = await knex('audit_log').where({ action: 'risk_scan' }).orderBy('id', 'desc').first();
    expect(JSON.parse(audit.changes)).toMatchObject({ region_code: '150105', claim_ids: [claim.id], totals: { new: 1 } });
  });

  it('a failing check is reported and the others still run', async () => {
    addCheck({ id: 'always-fails', title: '测试', severity: 'low', run: async () => { throw new Error('数据源不可用'); } });
    const summary = await runRiskScan(t().services, ctx, { regionCode: '150000' });
    expect(summary.totals.errors).toBe(1);
    expect(summary.checks.find((c) => c.check_id === 'always-fails')?.error).toBe('数据源不可用');
    expect(summary.totals.hits).toBe(planted.length);
    // The case filed at submission reads the same after the full scan: not rewritten.
    const overlap = await t().services.db.knex('risk_cases').where({ check_id: 'overlapping-enrolment' }).first('version');
    expect(Number(overlap.version)).toBe(1);
  });

  it('refuses malformed hits (duplicate key, unknown region) without filing any of that check', async () => {
    const hit = { key: 'k', regionCode: '150200', summary: 's', evidence: {} };
    addCheck({ id: 'duplicate-keys', title: '测试', severity: 'low', run: async () => [hit, hit] });
    addCheck({ id: 'unknown-region', title: '测试', severity: 'low', run: async () => [{ ...hit, regionCode: '159999' }] });
    const summary = await runRiskScan(t().services, ctx, { regionCode: '150200' });
    expect(summary.checks.find((c) => c.check_id === 'duplicate-keys')?.error).toContain('twice');
    expect(summary.checks.find((c) => c.check_id === 'unknown-region')?.error).toContain('159999');
    expect(await t().services.db.knex('risk_cases').whereIn('check_id', ['duplicate-keys', 'unknown-region']).count({ n: '*' }).first()).toMatchObject({ n: 0 });
  });

  it('scans at once file each case once', async () => {
    addCheck({ id: 'racy', title: '并发测试', severity: 'low', run: async () => ['a', 'b', 'c'].map((key) => ({ key, regionCode: '150200', summary: '同一发现', evidence: { key } })) });
    const results = await Promise.all([1, 2, 3].map(() => runRiskScan(t().services, ctx, { regionCode: '150200' })));
    for (const r of results) expect(r.checks.find((c) => c.check_id === 'racy')).toMatchObject({ hits: 3 });
    for (const r of results) expect(r.totals.errors).toBe(0);
    expect(await t().services.db.knex('risk_cases').where({ check_id: 'racy' }).pluck('key')).toEqual(['a', 'b', 'c']);
  });

  it('refuses an unknown node with 400', async () => {
    await expect(runRiskScan(t().services, ctx, { regionCode: '159999' })).rejects.toMatchObject({ statusCode: 400, field: 'region_code' });
  });
});
