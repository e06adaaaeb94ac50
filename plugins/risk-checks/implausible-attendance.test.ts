// implausible-attendance: over capacity, same-second check-ins, off-date sessions and all-perfect classes; near misses stay quiet.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../../core/test/build-test-app.js';
import { systemContext } from '../../core/http/context.js';
import { seedCleanSample } from '../../core/demo/risk-clean-sample.js';
import { ALL_PERFECT_MIN, SAME_CHECK_IN_MIN, implausibleAttendance as check } from './implausible-attendance.js';
import { CLEAR_PII, builder, hitFor, keysOf, runCheck } from './test-kit.js';
import type { Trainee } from '../../core/demo/risk-builder.js';

describeEachDb('implausible-attendance', (t) => {
  const p: Record<string, number> = {};
  let stamped: Trainee[];

  beforeAll(async () => {
    await seedCleanSample(t().services, systemContext('test'));
    const b = builder(t().services, 12);
    const d = (md: string) => b.d(md);
    const inst = await b.institution('赤峰松山示例培训学校', '150404');
    const cls = async (name: string, over: Record<string, unknown> = {}) => b.cls(inst, '150404', { name, occupation_code: '4-10-01-06', start_date: d('03-01'), end_date: d('03-31'), ...over });
    const cohort = (n: number) => b.people(n, '150404', [22, 44]);
    // Seven people on a day in a class for five.
    p.crowded = await cls('容量 5 人的班', { capacity: 5 });
    await b.attendance(await b.trainees(p.crowded, { institution: inst, region: '150404', workers: await cohort(7) }), [d('03-10')]);
    // Six of eight at one second; another class with four at one second (below the threshold).
    p.stamped = await cls('同秒签到班');
    stamped = await b.trainees(p.stamped, { institution: inst, region: '150404', workers: await cohort(8) });
    for (const [i, tr] of stamped.entries()) await b.w.attend(tr.enrollment, d('03-05'), i < 6 ? `${d('03-05')}T00:15:00.000Z` : `${d('03-05')}T00:2${i}:13.000Z`);
    p.fourStamped = await cls('四人同秒班');
    const four = await b.trainees(p.fourStamped, { institution: inst, region: '150404', workers: await cohort(6) });
    for (const [i, tr] of four.entries()) await b.w.attend(tr.enrollment, d('03-05'), i < 4 ? `${d('03-05')}T00:15:00.000Z` : null);
    // Sessions in February for a class that starts in March.
    p.offDates = await cls('开班前考勤班');
    const off = await b.trainees(p.offDates, { institution: inst, region: '150404', workers: await cohort(5) });
    await b.attendance(off.slice(0, 2), [d('02-25')]);
    await b.attendance(off, [d('03-03')]);
    // Everyone perfect and passed: five trainees is a finding, four is too few to mean anything.
    p.perfect = await cls('全员满勤全过班');
    await b.trainees(p.perfect, { institution: inst, region: '150404', workers: await cohort(ALL_PERFECT_MIN), passes: () => true, short: () => false });
    p.perfectSmall = await cls('四人满勤班');
    await b.trainees(p.perfectSmall, { institution: inst, region: '150404', workers: await cohort(ALL_PERFECT_MIN - 1), passes: () => true, short: () => false });
    // An unsubsidised class with the same flaws is not about subsidy money.
    const selfPaid = await cls('自费班', { subsidised: false, capacity: 2 });
    await b.attendance(await b.trainees(selfPaid, { institution: inst, region: '150404', workers: await cohort(5), passes: () => true, short: () => false, claims: false }), [d('02-01')]);
  }, 120_000);

  it('states its thresholds', () => {
    expect(check.description).toContain(String(SAME_CHECK_IN_MIN));
    expect(check.description).toContain(String(ALL_PERFECT_MIN));
  });

  it('finds one case per class and kind, none in the clean sample or the near misses', async () => {
    const hits = await runCheck(check, t().services);
    expect(keysOf(hits)).toEqual([
      `program:${p.crowded}:over-capacity`, `program:${p.stamped}:same-check-in`, `program:${p.offDates}:outside-dates`, `program:${p.perfect}:all-perfect`,
    ].sort());
    expect(JSON.stringify(hits)).not.toMatch(CLEAR_PII);
  });

  it('explains each finding with dates and counts, and holds the right claims', async () => {
    const hits = await runCheck(check, t().services);
    const crowded = hitFor(hits, `program:${p.crowded}:over-capacity`);
    expect(crowded.evidence).toMatchObject({ capacity: 5, days: [{ session_date: expect.any(String), attendees: 7 }] });
    expect(crowded.claimIds).toHaveLength(7);
    const same = hitFor(hits, `program:${p.stamped}:same-check-in`);
    expect((same.evidence as any).timestamps).toEqual([expect.objectContaining({ people: 6 })]);
    // Only the six who checked in together: their claims, not the other two.
    expect(same.workerIds).toEqual(stamped.slice(0, 6).map((s) => s.worker).sort((a, b) => a - b));
    expect(same.claimIds).toEqual(stamped.slice(0, 6).map((s) => s.claim).sort((a, b) => a! - b!));
    const off = hitFor(hits, `program:${p.offDates}:outside-dates`);
    expect(off.evidence).toMatchObject({ records: 2, session_dates: [expect.stringMatching(/-02-25$/)] });
    expect(off.workerIds).toHaveLength(2);
    const perfect = hitFor(hits, `program:${p.perfect}:all-perfect`);
    expect(perfect.evidence).toMatchObject({ trainees: ALL_PERFECT_MIN, program_hours: 80 });
    expect(perfect.regionCode).toBe('150404');
    expect(perfect.institutionId).toBeGreaterThan(0);
  });

  it('narrows to the classes of the claims at submission, and to the subtree', async () => {
    const one = stamped[7].claim!;
    expect(keysOf(await runCheck(check, t().services, { claimIds: [one] }))).toEqual([`program:${p.stamped}:same-check-in`]);
    expect(await runCheck(check, t().services, { region: '150100' })).toEqual([]);
  });
});
