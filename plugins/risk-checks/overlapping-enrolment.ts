// overlapping-enrolment: one person in subsidised classes at the same time, or in two 盟市 in the same period.
import type { Knex } from 'knex';
import type { RiskCheckDefinition, RiskHit, RiskScanContext } from '../../core/plugins/contract.js';
import { RegionIndex, chunks, claimIsFor, claimTargets, daysBetween, ids, loadClaims, personNames, single } from './shared.js';

/** Classes in two different 盟市 this close (days between one's end and the other's start) count as the same period. */
export const CROSS_LEAGUE_GAP_DAYS = 30;

interface Enrolment {
  enrollment_id: number; worker_id: number; program_id: number; name: string; institution_id: number;
  region_code: string; start_date: string; end_date: string;
}

interface Pair { a: Enrolment; b: Enrolment; overlapDays: number; gapDays: number; crossLeague: boolean }

async function enrolmentsOfRepeatWorkers(ctx: RiskScanContext): Promise<Enrolment[]> {
  const { db } = ctx;
  const live = (q: Knex.QueryBuilder) => q.join('programs as p', 'p.id', 'e.program_id').where('p.subsidised', true).whereNot('e.status', 'withdrawn');
  // Workers with a live enrolment in the scanned subtree (or behind the submitted claims)…
  const inScope = live(db('enrollments as e')).whereIn('p.region_code', ctx.regionCodes).distinct('e.worker_id');
  if (ctx.claimIds) inScope.whereIn('e.worker_id', (await claimTargets(db, ctx.claimIds)).workerIds);
  // …who have at least two such enrolments anywhere in the region: the other class may be in another 盟市.
  const repeat = live(db('enrollments as e')).whereIn('e.worker_id', inScope).groupBy('e.worker_id').havingRaw('count(*) > 1').select('e.worker_id');
  const workerIds = ids(((await repeat) as { worker_id: number | string }[]).map((r) => r.worker_id));
  /** Ids as the driver reads them, numbers or numeric strings. */
  const rows: Array<Omit<Enrolment, 'enrollment_id' | 'worker_id' | 'program_id' | 'institution_id'> & Record<'enrollment_id' | 'worker_id' | 'program_id' | 'institution_id', number | string>> = [];
  for (const part of chunks(workerIds)) {
    rows.push(...await live(db('enrollments as e')).whereIn('e.worker_id', part).select(
      'e.id as enrollment_id', 'e.worker_id', 'p.id as program_id', 'p.name', 'p.institution_id', 'p.region_code', 'p.start_date', 'p.end_date'));
  }
  return rows.map((r) => ({ ...r, enrollment_id: Number(r.enrollment_id), worker_id: Number(r.worker_id), program_id: Number(r.program_id), institution_id: Number(r.institution_id) }));
}

/** Every suspicious pair of one person's classes, wherever they are: the same evidence whichever node is scanned. */
function suspiciousPairs(list: Enrolment[], regions: RegionIndex): Pair[] {
  const pairs: Pair[] = [];
  const sorted = [...list].sort((x, y) => x.start_date.localeCompare(y.start_date) || x.enrollment_id - y.enrollment_id);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const [a, b] = [sorted[i], sorted[j]];
      const overlapDays = Math.min(daysBetween(b.start_date, a.end_date), daysBetween(b.start_date, b.end_date)) + 1;
      const gapDays = Math.max(0, daysBetween(a.end_date, b.start_date));
      const crossLeague = regions.league(a.region_code)?.code !== regions.league(b.region_code)?.code;
      if (overlapDays > 0 || (crossLeague && gapDays <= CROSS_LEAGUE_GAP_DAYS)) pairs.push({ a, b, overlapDays: Math.max(0, overlapDays), gapDays, crossLeague });
    }
  }
  return pairs;
}

export const overlappingEnrolment: RiskCheckDefinition = {
  id: 'overlapping-enrolment',
  title: '同一人员同期参加多个补贴性培训',
  severity: 'high',
  description: `同一人员（按人员编号，身份证号经盲索引去重）同时报名了日期重叠的两个或以上补贴性培训班（未退学），`
    + `或在 ${CROSS_LEAGUE_GAP_DAYS} 天之内先后在两个不同盟市参加补贴性培训。一个人不能同时在两处上课，`
    + '这是“挂名培训”“一人多报”套取补贴的典型特征。跨盟市的案件归属自治区本级，以便两地共同核查。',
  async run(ctx) {
    const regions = await RegionIndex.load(ctx.db);
    const inScope = new Set(ctx.regionCodes);
    const byWorker = new Map<number, Enrolment[]>();
    for (const e of await enrolmentsOfRepeatWorkers(ctx)) byWorker.set(e.worker_id, [...(byWorker.get(e.worker_id) ?? []), e]);
    // A person is reported when one of their suspicious pairs touches the scanned subtree.
    const found = [...byWorker.entries()].map(([workerId, list]) => ({ workerId, pairs: suspiciousPairs(list, regions) }))
      .filter((f) => f.pairs.some((p) => inScope.has(p.a.region_code) || inScope.has(p.b.region_code)));
    const claims = await loadClaims(ctx.db, { workerIds: found.map((f) => f.workerId) });
    const person = await personNames(ctx.db, found.map((f) => f.workerId));
    return found.map(({ workerId, pairs }): RiskHit => {
      const involved = [...new Map(pairs.flatMap((p) => [p.a, p.b]).map((e) => [e.enrollment_id, e])).values()].sort((x, y) => x.enrollment_id - y.enrollment_id);
      const leagues = [...new Set(involved.map((e) => regions.league(e.region_code)?.name ?? e.region_code))];
      const claimIds = ids(claims.filter((c) => involved.some((e) => claimIsFor(c, e))).map((c) => c.id));
      const cross = pairs.some((p) => p.crossLeague);
      return {
        key: `worker:${workerId}`,
        regionCode: regions.common(involved.map((e) => e.region_code)),
        summary: `人员 ${person(workerId)} 的 ${involved.length} 个补贴性培训班${pairs.some((p) => p.overlapDays > 0) ? '时间重叠' : ''}${cross ? `，分属不同盟市（${leagues.join('、')}）` : ''}`,
        evidence: {
          worker_id: workerId,
          classes: involved.map((e) => ({
            enrollment_id: e.enrollment_id, program_id: e.program_id, name: e.name, institution_id: e.institution_id,
            region_code: e.region_code, league: regions.league(e.region_code)?.name ?? null, start_date: e.start_date, end_date: e.end_date,
          })),
          pairs: pairs.map((p) => ({
            program_ids: [p.a.program_id, p.b.program_id], overlap_days: p.overlapDays, gap_days: p.gapDays, cross_league: p.crossLeague,
          })),
          rule: `日期重叠，或跨盟市且间隔不超过 ${CROSS_LEAGUE_GAP_DAYS} 天`,
        },
        claimIds,
        institutionId: single(involved.map((e) => e.institution_id)),
        workerIds: [workerId],
      };
    });
  },
};
