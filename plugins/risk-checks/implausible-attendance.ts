// implausible-attendance: attendance records of a class that cannot be true (over capacity, same second, off dates, all perfect).
import type { Knex } from 'knex';
import type { RiskCheckDefinition, RiskHit, RiskScanContext } from '../../core/plugins/contract.js';
import { claimTargets, ids, loadClaims } from './shared.js';

/** This many people checking in at the very same timestamp in one class is a batch entry, not a queue at the door. */
export const SAME_CHECK_IN_MIN = 5;
/** A class needs at least this many trainees before "everyone perfect and passed" means anything. */
export const ALL_PERFECT_MIN = 5;

type Finding = 'over-capacity' | 'same-check-in' | 'outside-dates' | 'all-perfect';

const LABELS: Record<Finding, string> = {
  'over-capacity': '某日签到人数超过班级容量',
  'same-check-in': `${SAME_CHECK_IN_MIN} 人以上签到时间完全相同`,
  'outside-dates': '考勤日期在开班日期之外',
  'all-perfect': '全体学员满勤且全部考核合格',
};

interface Hit { programId: number; finding: Finding; workerIds: number[] | null; evidence: Record<string, unknown> }

/** Ids and counts come back as numbers or numeric strings depending on the driver: each is read through Number(). */
type Num = number | string;
interface CrowdedDay { program_id: Num; capacity: Num; session_date: string; attendees: Num }
interface Stamp { program_id: Num; check_in_at: string }
interface OffDate { program_id: Num; start_date: string; end_date: string; session_date: string; worker_id: Num }
interface PerfectClass { program_id: Num; hours: Num; trainees: Num }
interface ProgramRow { id: Num; name: string; institution_id: Num; region_code: string; start_date: string; end_date: string }
interface Member { id: Num; program_id: Num; worker_id: Num }

/** Attendance joined to its enrolment and class, limited to subsidised classes in scope (or of the claims). */
async function scoped(ctx: RiskScanContext): Promise<(table: string) => Knex.QueryBuilder> {
  const programIds = ctx.claimIds ? (await claimTargets(ctx.db, ctx.claimIds)).programIds : null;
  return (table: string) => {
    const q = ctx.db(table === 'attendance' ? 'attendance as a' : 'enrollments as e');
    if (table === 'attendance') q.join('enrollments as e', 'e.id', 'a.enrollment_id');
    q.join('programs as p', 'p.id', 'e.program_id').where('p.subsidised', true).whereIn('p.region_code', ctx.regionCodes);
    if (programIds) q.whereIn('p.id', programIds);
    return q;
  };
}

async function findings(ctx: RiskScanContext): Promise<Hit[]> {
  const from = await scoped(ctx);
  const hits: Hit[] = [];
  const group = <T>(rows: T[], key: (r: T) => number) => rows.reduce((m, r) => m.set(key(r), [...(m.get(key(r)) ?? []), r]), new Map<number, T[]>());

  const crowded: CrowdedDay[] = await from('attendance').groupBy('p.id', 'p.capacity', 'a.session_date').havingRaw('count(distinct e.worker_id) > p.capacity')
    .select('p.id as program_id', 'p.capacity', 'a.session_date', ctx.db.raw('count(distinct e.worker_id) as attendees'));
  for (const [programId, rows] of group(crowded, (r) => Number(r.program_id))) {
    const days = rows.map((r) => ({ session_date: r.session_date, attendees: Number(r.attendees) })).sort((x, y) => x.session_date.localeCompare(y.session_date));
    hits.push({ programId, finding: 'over-capacity', workerIds: null, evidence: { capacity: Number(rows[0].capacity), days } });
  }

  const stamps: Stamp[] = await from('attendance').whereNotNull('a.check_in_at').groupBy('p.id', 'a.check_in_at').havingRaw('count(*) >= ?', [SAME_CHECK_IN_MIN])
    .select('p.id as program_id', 'a.check_in_at');
  for (const [programId, rows] of group(stamps, (r) => Number(r.program_id))) {
    const people: { check_in_at: string; worker_id: Num }[] = await from('attendance').where('p.id', programId).whereIn('a.check_in_at', rows.map((r) => r.check_in_at)).select('a.check_in_at', 'e.worker_id');
    const timestamps = rows.map((r) => r.check_in_at).sort().map((t) => {
      const workers = ids(people.filter((p) => p.check_in_at === t).map((p) => p.worker_id));
      return { check_in_at: t, people: workers.length, worker_ids: workers };
    });
    hits.push({ programId, finding: 'same-check-in', workerIds: ids(timestamps.flatMap((t) => t.worker_ids)), evidence: { threshold: SAME_CHECK_IN_MIN, timestamps } });
  }

  const offDates: OffDate[] = await from('attendance').where((q) => q.whereRaw('a.session_date < p.start_date').orWhereRaw('a.session_date > p.end_date'))
    .select('p.id as program_id', 'p.start_date', 'p.end_date', 'a.session_date', 'e.worker_id');
  for (const [programId, rows] of group(offDates, (r) => Number(r.program_id))) {
    hits.push({
      programId, finding: 'outside-dates', workerIds: ids(rows.map((r) => r.worker_id)),
      evidence: { start_date: rows[0].start_date, end_date: rows[0].end_date, records: rows.length, session_dates: [...new Set(rows.map((r) => r.session_date))].sort() },
    });
  }

  const perfect: PerfectClass[] = await from('enrollments').whereNot('e.status', 'withdrawn').groupBy('p.id', 'p.hours')
    .havingRaw('count(*) >= ?', [ALL_PERFECT_MIN])
    .havingRaw("sum(case when e.attended_hours >= p.hours and e.assessment_result = 'pass' then 1 else 0 end) = count(*)")
    .select('p.id as program_id', 'p.hours', ctx.db.raw('count(*) as trainees'));
  for (const r of perfect) {
    hits.push({ programId: Number(r.program_id), finding: 'all-perfect', workerIds: null, evidence: { trainees: Number(r.trainees), program_hours: Number(r.hours), threshold: ALL_PERFECT_MIN } });
  }
  return hits;
}

export const implausibleAttendance: RiskCheckDefinition = {
  id: 'implausible-attendance',
  title: '考勤记录异常',
  severity: 'high',
  description: '逐个补贴性培训班检查考勤：某一天签到的不同学员人数超过班级容量；'
    + `${SAME_CHECK_IN_MIN} 人或以上的签到时间精确到秒完全相同（批量补录、代签的痕迹）；考勤日期早于开班或晚于结班；`
    + `学员 ${ALL_PERFECT_MIN} 人及以上的班级全体满勤（出勤学时不少于课程学时）且全部考核合格——真实课堂几乎不会如此整齐。`
    + '每个班级的每种异常各为一个案件。',
  async run(ctx) {
    const found = await findings(ctx);
    const programIds = ids(found.map((f) => f.programId));
    const programs = new Map<number, ProgramRow>();
    if (programIds.length) for (const p of await ctx.db<ProgramRow>('programs').whereIn('id', programIds).select('id', 'name', 'institution_id', 'region_code', 'start_date', 'end_date')) programs.set(Number(p.id), p);
    const members: Member[] = programIds.length ? await ctx.db('enrollments').whereIn('program_id', programIds).whereNot('status', 'withdrawn').select('id', 'program_id', 'worker_id') : [];
    const claims = await loadClaims(ctx.db, { programIds });
    return found.map((f): RiskHit => {
      // Every finding's class was read just above.
      const p = programs.get(f.programId)!;
      const workerIds = f.workerIds ?? ids(members.filter((m) => Number(m.program_id) === f.programId).map((m) => m.worker_id));
      const enrolments = new Set(members.filter((m) => Number(m.program_id) === f.programId).map((m) => Number(m.id)));
      const claimIds = ids(claims.filter((c) => (c.program_id === f.programId || (c.enrollment_id !== null && enrolments.has(c.enrollment_id)))
        && (f.workerIds === null || (c.worker_id !== null && workerIds.includes(c.worker_id)))).map((c) => c.id));
      return {
        key: `program:${f.programId}:${f.finding}`,
        regionCode: p.region_code,
        summary: `培训班 #${f.programId}「${p.name}」：${LABELS[f.finding]}`,
        evidence: { program_id: f.programId, program_name: p.name, finding: f.finding, finding_label: LABELS[f.finding], class_dates: [p.start_date, p.end_date], ...f.evidence, worker_ids: workerIds },
        claimIds,
        institutionId: Number(p.institution_id),
        workerIds,
      };
    });
  },
};
