// overlapping-enrolment: overlapping classes in one 盟市 and close classes in two are found; consecutive, withdrawn and unsubsidised ones are not.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { systemContext } from '../../core/http/context.js';
import { seedCleanSample } from '../../core/demo/risk-clean-sample.js';
import { CROSS_LEAGUE_GAP_DAYS, overlappingEnrolment as check } from './overlapping-enrolment.js';
import { CLEAR_PII, builder, hitFor, keysOf, runCheck } from './test-kit.js';

describeEachDb('overlapping-enrolment', (t) => {
  const ids: Record<string, number> = {};
  const claims: Record<string, number[]> = {};

  beforeAll(async () => {
    await seedCleanSample(t().services, systemContext('test'));
    const b = builder(t().services, 11);
    const d = (md: string) => b.d(md);
    const baotou = await b.institution('包头东河示例培训学校', '150202');
    const hohhot = await b.institution('呼和浩特赛罕示例培训学校', '150105');
    const ordos = await b.institution('鄂尔多斯东胜示例培训学校', '150602');
    // Same 盟市, dates overlapping by ten days.
    ids.same = await b.person('150202', [25, 40]);
    const a = await b.cls(baotou, '150202', { name: '电工班', occupation_code: '6-31-01-03', start_date: d('03-01'), end_date: d('03-31') });
    const c = await b.cls(baotou, '150202', { name: '钳工班', occupation_code: '6-18-01-01', start_date: d('03-22'), end_date: d('04-30') });
    claims.same = [(await b.trainees(a, { institution: baotou, region: '150202', workers: [ids.same] }))[0].claim!, (await b.trainees(c, { institution: baotou, region: '150202', workers: [ids.same] }))[0].claim!];
    // Two 盟市, no overlap but only two weeks apart.
    ids.close = await b.person('150105', [25, 40]);
    const h = await b.cls(hohhot, '150105', { name: '育婴员班', occupation_code: '4-10-01-02', start_date: d('05-01'), end_date: d('05-31') });
    const o = await b.cls(ordos, '150602', { name: '育婴员班', occupation_code: '4-10-01-02', start_date: d('06-15'), end_date: d('06-30') });
    claims.close = [(await b.trainees(h, { institution: hohhot, region: '150105', workers: [ids.close] }))[0].claim!, (await b.trainees(o, { institution: ordos, region: '150602', workers: [ids.close] }))[0].claim!];
    // Two 盟市 just beyond the window: not a finding.
    const far = await b.person('150105', [25, 40]);
    const o2 = await b.cls(ordos, '150602', { name: '育婴员班（二期）', occupation_code: '4-10-01-02', start_date: b.d('07-02'), end_date: d('07-31') });
    await b.trainees(h, { institution: hohhot, region: '150105', workers: [far] });
    await b.trainees(o2, { institution: ordos, region: '150602', workers: [far] });
  }, 120_000);

  it('describes itself in Chinese with its threshold', () => {
    expect(check.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(check.title).toMatch(/[\u4e00-\u9fa5]/);
    expect(check.description).toContain(String(CROSS_LEAGUE_GAP_DAYS));
  });

  it('finds exactly the two planted people, none of the clean sample', async () => {
    const hits = await runCheck(check, t().services);
    expect(keysOf(hits)).toEqual([`worker:${ids.same}`, `worker:${ids.close}`].sort());
    expect(JSON.stringify(hits)).not.toMatch(CLEAR_PII);
  });

  it('reports overlap days, gap and 盟市, the claims of both classes, and the node that oversees both', async () => {
    const hits = await runCheck(check, t().services);
    const same = hitFor(hits, `worker:${ids.same}`);
    expect(same.claimIds).toEqual([...claims.same].sort((x, y) => x - y));
    expect(same.regionCode).toBe('150202');
    expect(same.institutionId).toBeGreaterThan(0);
    expect((same.evidence as any).pairs).toEqual([expect.objectContaining({ overlap_days: 10, cross_league: false })]);
    const close = hitFor(hits, `worker:${ids.close}`);
    expect(close.regionCode).toBe('150000');
    expect(close.institutionId).toBeNull();
    expect((close.evidence as any).pairs).toEqual([expect.objectContaining({ overlap_days: 0, gap_days: 15, cross_league: true })]);
    expect((close.evidence as any).classes.map((c: any) => c.league)).toEqual(['呼和浩特市', '鄂尔多斯市']);
    expect(close.summary).toContain('分属不同盟市');
  });

  it('a 包头 scan sees the 包头 person only; a scan of one claim sees only its person', async () => {
    expect(keysOf(await runCheck(check, t().services, { region: '150200' }))).toEqual([`worker:${ids.same}`]);
    expect(keysOf(await runCheck(check, t().services, { region: '150600' }))).toEqual([`worker:${ids.close}`]);
    expect(keysOf(await runCheck(check, t().services, { claimIds: [claims.close[1]] }))).toEqual([`worker:${ids.close}`]);
  });

  it('gives the same key and evidence on every run', async () => {
    expect(JSON.stringify(await runCheck(check, t().services))).toBe(JSON.stringify(await runCheck(check, t().services)));
  });
});
