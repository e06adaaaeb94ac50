// peer-outlier: the modified z-score, and institutions far above their peers found only with enough peers and trainees.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { systemContext } from '../../core/http/context.js';
import { seedCleanSample } from '../../core/demo/risk-clean-sample.js';
import { ILLUSTRATIVE_FEN } from '../../core/demo/risk-builder.js';
import { MIN_PEERS, MIN_TRAINEES, MODIFIED_Z_THRESHOLD, peerOutlier as check } from './peer-outlier.js';
import { mad, median, modifiedZ } from './stats.js';
import { builder, hitFor, keysOf, runCheck } from './test-kit.js';

describe('robust statistics', () => {
  it('median, MAD and the modified z-score', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mad([1, 1, 2, 2, 4, 6, 9])).toBe(1);
    expect(modifiedZ(9, [1, 1, 2, 2, 4, 6, 9]).z).toBeCloseTo(0.6745 * 7, 6);
    // Most peers identical: MAD is 0, the mean absolute deviation stands in.
    expect(modifiedZ(2, [1, 1, 1, 1, 2]).z).toBeCloseTo(1 / (1.253314 * 0.2), 6);
    expect(modifiedZ(1, [1, 1, 1]).z).toBe(0);
  });
});

describeEachDb('peer-outlier', (t) => {
  const inst: Record<string, number> = {};

  beforeAll(async () => {
    await seedCleanSample(t().services, systemContext('test'));
    const b = builder(t().services, 15);
    const d = (md: string) => b.d(md);
    const group = async (occupation: string, sizes: number[], tag: string, region = '150502') => {
      const out: number[] = [];
      for (const [i, size] of sizes.entries()) {
        const id = await b.institution(`${tag}示例机构${i + 1}`, region);
        const cls = await b.cls(id, region, { name: `${tag}班`, occupation_code: occupation, start_date: d('05-01'), end_date: d('05-31') });
        await b.trainees(cls, { institution: id, region, workers: await b.people(size, region, [22, 44]), passes: (n) => n < Math.round(size * 0.7) });
        out.push(id);
      }
      return out;
    };
    // Five peers in nursing; the fifth files a second claim for every trainee.
    const nursing = await group('4-10-01-05', [12, 12, 12, 12, 12], '护理');
    inst.double = nursing[4];
    const rows = await t().services.db.knex('claims').where({ institution_id: inst.double }).select();
    for (const r of rows) await b.w.claim({ worker_id: r.worker_id, program_id: r.program_id, enrollment_id: r.enrollment_id, institution_id: r.institution_id, region_code: r.region_code, claim_date: r.claim_date, requested_fen: ILLUSTRATIVE_FEN });
    // Only four in child care: no comparison, however extreme the fourth.
    const childCare = await group('4-10-01-02', [12, 12, 12, 30], '育婴');
    inst.tooFewPeers = childCare[3];
    // Enough peers in cooking, but the one that passes all has too few trainees to be compared.
    const cooking = await group('4-03-02-03', [12, 12, 12, 12, 12], '西点');
    const small = await b.institution('西点示例小机构', '150502');
    const cls = await b.cls(small, '150502', { name: '西点小班', occupation_code: '4-03-02-03', start_date: d('05-01'), end_date: d('05-31') });
    await b.trainees(cls, { institution: small, region: '150502', workers: await b.people(MIN_TRAINEES - 1, '150502', [22, 44]), passes: () => true });
    inst.cookingPeer = cooking[0];
  }, 120_000);

  it('explains its statistic, threshold and minimums', () => {
    for (const n of [MODIFIED_Z_THRESHOLD, MIN_PEERS, MIN_TRAINEES]) expect(check.description).toContain(String(n));
    expect(check.description).toContain('中位数');
  });

  it('finds the institution that claims twice per trainee, on both volume measures, and nothing else', async () => {
    const hits = await runCheck(check, t().services);
    expect(keysOf(hits)).toEqual([`institution:${inst.double}:4-10-01-05:claims_per_class`, `institution:${inst.double}:4-10-01-05:fen_per_trainee`]);
  });

  it('puts the numbers in the evidence: value, median, MAD, z and the peers', async () => {
    const hit = hitFor(await runCheck(check, t().services), `institution:${inst.double}:4-10-01-05:claims_per_class`);
    expect(hit.evidence).toMatchObject({ metric: 'claims_per_class', value: 24, median: 12, mad: 0, threshold: MODIFIED_Z_THRESHOLD, group_size: 5, counts: { trainees: 12, claims: 24, classes: 1 } });
    expect((hit.evidence as any).modified_z).toBeGreaterThan(MODIFIED_Z_THRESHOLD);
    expect((hit.evidence as any).peers).toHaveLength(5);
    expect((hit.evidence as any).explanation).toContain('平均绝对偏差');
    expect(hit.claimIds).toHaveLength(24);
    expect(hit.institutionId).toBe(inst.double);
    expect(hit.regionCode).toBe('150502');
  });

  it('compares region-wide but reports only institutions in the scanned subtree or behind the claims', async () => {
    expect(await runCheck(check, t().services, { region: '150100' })).toEqual([]);
    const claim = (await t().services.db.knex('claims').where({ institution_id: inst.double }).first('id')).id;
    expect(await runCheck(check, t().services, { claimIds: [claim] })).toHaveLength(2);
    const peerClaim = (await t().services.db.knex('claims').where({ institution_id: inst.cookingPeer }).first('id')).id;
    expect(await runCheck(check, t().services, { claimIds: [peerClaim] })).toEqual([]);
  });
});
