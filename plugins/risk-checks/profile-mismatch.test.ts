// profile-mismatch: age against 大龄/青年 classes at their boundaries, upgrade training for non-employed, one person under two categories.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { systemContext } from '../../core/http/context.js';
import { seedCleanSample } from '../../core/demo/risk-clean-sample.js';
import { checkCharacter } from '../../core/validation/resident-id.js';
import { OLDER_MIN_AGE, YOUTH_MAX_AGE, profileMismatch as check } from './profile-mismatch.js';
import { builder, hitFor, keysOf, runCheck } from './test-kit.js';

describeEachDb('profile-mismatch', (t) => {
  const e: Record<string, number> = {};
  const w: Record<string, number> = {};
  const claims: number[] = [];

  beforeAll(async () => {
    await seedCleanSample(t().services, systemContext('test'));
    const b = builder(t().services, 17);
    const region = '152502';
    const start = b.d('06-01');
    /** A worker exactly `age` years old on the class's first day (or one day short of it). */
    let seq = 100;
    const aged = async (age: number, dayShort = false, category = 'rural_transfer') => {
      const y = Number(start.slice(0, 4)) - age;
      const birth = `${y}${start.slice(5, 7)}${dayShort ? '02' : '01'}`;
      const first17 = `${region}${birth}${String(++seq).padStart(3, '0')}`;
      return b.w.worker({ id_number: first17 + checkCharacter(first17), name: `示例·${age}岁`, region_code: region, category });
    };
    const inst = await b.institution('锡林浩特示例培训学校', region);
    const cls = (name: string, over: Record<string, unknown>) => b.cls(inst, region, { name, occupation_code: '4-10-01-05', start_date: start, end_date: b.d('06-30'), ...over });
    const enrol = async (program: number, workers: number[]) => (await b.trainees(program, { institution: inst, region, workers })).map((x) => x.enrollment);
    const older = await cls('大龄班', { target_group: 'older' });
    [e.older44, e.older45] = await enrol(older, [await aged(OLDER_MIN_AGE, true), await aged(OLDER_MIN_AGE)]);
    const youth = await cls('青年班', { target_group: 'youth' });
    [e.youth35, e.youth36] = await enrol(youth, [await aged(YOUTH_MAX_AGE), await aged(YOUTH_MAX_AGE + 1)]);
    const upgrade = await cls('技能提升班', { training_kind: 'upgrade' });
    [e.upgradeReturnee, e.upgradeEmployed] = await enrol(upgrade, [await aged(40, false, 'returnee'), await aged(40, false, 'employed')]);
    // One person claimed as 脱贫劳动力 and then as 返乡农牧民工; another records the same category twice, a third once.
    w.drift = await aged(38);
    w.steady = await aged(38);
    for (const [worker, category] of [[w.drift, 'poverty_exited'], [w.drift, 'returnee'], [w.steady, 'returnee'], [w.steady, 'returnee'], [w.steady, null]] as const) {
      claims.push(await b.w.claim({ worker_id: worker, program_id: null, institution_id: inst, region_code: region, claim_date: b.d('07-01'), requested_fen: 50_000, extra: category ? { category } : { note: 'no category' } }));
    }
  }, 120_000);

  it('states its age limits', () => {
    expect(check.description).toContain(String(OLDER_MIN_AGE));
    expect(check.description).toContain(String(YOUTH_MAX_AGE));
  });

  it('finds the 44-year-old, the 36-year-old, the returnee in upgrade training and the category drift, not those at the limits', async () => {
    expect(keysOf(await runCheck(check, t().services))).toEqual([
      `enrollment:${e.older44}`, `enrollment:${e.youth36}`, `enrollment:${e.upgradeReturnee}`, `worker:${w.drift}:category`,
    ].sort());
  });

  it('explains each in words with the age at class start or the categories claimed', async () => {
    const hits = await runCheck(check, t().services);
    expect(hitFor(hits, `enrollment:${e.older44}`).evidence).toMatchObject({ age_at_start: OLDER_MIN_AGE - 1, target_group: 'older' });
    expect(hitFor(hits, `enrollment:${e.youth36}`).evidence).toMatchObject({ age_at_start: YOUTH_MAX_AGE + 1 });
    expect(hitFor(hits, `enrollment:${e.upgradeReturnee}`).summary).toContain('返乡农牧民工');
    const drift = hitFor(hits, `worker:${w.drift}:category`);
    expect(drift.evidence).toMatchObject({ categories: ['poverty_exited', 'returnee'] });
    expect(drift.claimIds).toEqual(claims.slice(0, 2));
    expect(drift.regionCode).toBe('152502');
  });

  it('narrows to the claims’ enrolments and workers', async () => {
    expect(keysOf(await runCheck(check, t().services, { claimIds: [claims[1]] }))).toEqual([`worker:${w.drift}:category`]);
    expect(await runCheck(check, t().services, { region: '150100' })).toEqual([]);
  });
});
