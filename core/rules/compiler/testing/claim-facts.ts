// Test and bench support: random but plausible fact snapshots of a claim, for bench/fixtures/ruleset-10.json.
import type { Rng } from './random-rules.js';

const LEVELS = ['五级', '四级', '三级', '二级', '一级'];
const OCCUPATIONS = ['4-03-02-01', '4-10-01-01', '6-18-01-02', '4-01-02-03'];
const REGIONS = ['150203', '150204', '150102', '150602'];

const date = (r: Rng, year = r.int(2022, 2025)) => `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;

/** A claim's facts; now and then a fact or a field is missing or of another type. */
export function claimFacts(r: Rng): Record<string, unknown> {
  const occupationCode = r.pick(OCCUPATIONS);
  const level = r.pick(LEVELS);
  const regionCode = r.pick(REGIONS);
  const claimDate = date(r, 2024);
  const facts: Record<string, unknown> = {
    worker: { idValid: r.chance(0.95), age: r.chance(0.97) ? r.int(14, 66) : null, hukou: r.pick(['rural', 'urban', 'rural']), migrant: r.chance(0.5), category: r.pick(['农民工', '高校毕业生', '失业人员']), hukouRegion: r.pick(REGIONS), declaredInsured: r.chance(0.5) },
    program: { completed: r.chance(0.9), attendanceRate: Math.round(r.next() * 100) / 100, hours: r.int(20, 200), absences: r.int(0, 8), startDate: date(r, 2023), occupationCode },
    certificate: { issued: r.chance(0.9), level, issuedOn: date(r, r.pick([2023, 2024])), occupationCode: r.chance(0.9) ? occupationCode : r.pick(OCCUPATIONS), key: `${occupationCode}/${level}` },
    catalog: { occupations: OCCUPATIONS.slice(0, r.int(1, 4)), levels: LEVELS.slice(r.int(0, 3)), effectiveFrom: date(r, 2023), standardFen: r.pick([150000, 200000, 300000]) },
    priorSubsidies: { count: r.int(0, 4), occupationLevels: r.chance(0.2) ? [`${occupationCode}/${level}`] : [], thisYear: r.int(0, 1), lastDate: r.chance(0.5) ? date(r) : undefined },
    verification: { socialInsurance: r.pick([true, false, null]), flexibleEmployment: r.chance(0.2) },
    claim: { amount: r.int(0, 40) * 10000, date: claimDate, regionCode },
    fund: { remainingFen: r.int(0, 100) * 100000 },
    institution: { approved: r.chance(0.9), regions: REGIONS.slice(0, r.int(1, 4)), approvedUntil: date(r, r.pick([2024, 2025])), blacklisted: r.chance(0.05), occupations: OCCUPATIONS.slice(r.int(0, 3)) },
    risk: { sharedPhone: r.chance(0.05), duplicateId: r.chance(0.02), attendanceAnomalies: r.int(0, 4), tags: r.chance(0.1) ? ['代签'] : [], score: r.int(0, 100), manualHold: r.chance(0.03) },
  };
  for (const key of Object.keys(facts)) if (r.chance(0.03)) delete facts[key];
  return JSON.parse(JSON.stringify(facts));
}
