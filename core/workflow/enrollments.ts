// Rules of enrolment, attendance and completion: capacity, no overlapping subsidised classes, hours kept in sync.
import type { Knex } from 'knex';
import type { HookArgs } from '../resources/definition.js';
import { badRequest, conflict } from '../http/errors.js';
import { seatsTaken } from './classes.js';
import { scheduleFollowUps } from './follow-ups.js';

const OPEN_FOR_ENROLMENT = ['open', 'running'];

/** Resolves `worker_id_number` (an institution enrolling by ID number) to the worker through the blind index. */
export async function enrolmentPrepare(input: Record<string, unknown>, op: 'create' | 'update', { trx, services }: HookArgs): Promise<Record<string, unknown>> {
  if (op === 'create' && input.worker_id_number) {
    const w = await trx('workers').where({ id_number_idx: services.pii.blindIndex(String(input.worker_id_number)) }).first('id');
    if (!w) throw badRequest('没有登记该公民身份号码的人员，请先登记人员信息', 'worker_id_number');
    input.worker_id = w.id;
    delete input.worker_id_number;
  }
  if (op === 'create' && !input.worker_id) throw badRequest('请选择报名人员（worker_id）或填写公民身份号码（worker_id_number）', 'worker_id');
  return input;
}

export async function checkEnrolment(row: Record<string, unknown>, { trx }: HookArgs): Promise<Record<string, unknown>> {
  const program = await trx('programs').where({ id: row.program_id }).first();
  if (!OPEN_FOR_ENROLMENT.includes(program.status)) throw conflict(`培训班「${program.name}」当前不在招生或开班状态，不能报名`, 'program_id');
  if ((await seatsTaken(trx, program.id)) >= Number(program.capacity)) throw conflict(`培训班「${program.name}」已满员（${program.capacity} 人）`, 'program_id');
  if (program.subsidised) {
    // row.worker_id: an integer id, validated by the entity schema.
    const clash = await trx('enrollments').join('programs', 'programs.id', 'enrollments.program_id')
      .where('enrollments.worker_id', row.worker_id as number).whereNot('enrollments.status', 'withdrawn').where('programs.subsidised', true)
      .where('programs.start_date', '<=', program.end_date).where('programs.end_date', '>=', program.start_date)
      .first('programs.name', 'programs.start_date', 'programs.end_date');
    if (clash) throw conflict(`该人员已报名同期的补贴性培训班「${clash.name}」（${clash.start_date} 至 ${clash.end_date}），同一时间不能参加两个补贴性培训班`, 'worker_id');
  }
  if (row.intention_id) {
    const intention = await trx('intentions').where({ id: row.intention_id }).first();
    if (!intention || Number(intention.worker_id) !== Number(row.worker_id)) throw badRequest('所选意愿登记不属于该人员', 'intention_id');
    if (intention.status !== 'open') throw conflict('该意愿登记已被安置或已关闭', 'intention_id');
  }
  return row;
}

/** After an enrolment is created: the wish it answers is placed (愿培尽培). */
export async function placeIntention(record: Record<string, unknown>, { trx }: HookArgs): Promise<void> {
  if (record.intention_id) {
    await trx('intentions').where({ id: record.intention_id }).update({ status: 'placed', enrollment_id: record.id, updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
  } else {
    // The worker's oldest open training wish is placed by this enrolment.
    const open = await trx('intentions').where({ worker_id: record.worker_id, status: 'open', wants_training: true }).orderBy('stated_on').first('id');
    if (open) {
      await trx('intentions').where({ id: open.id }).update({ status: 'placed', enrollment_id: record.id, updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
      await trx('enrollments').where({ id: record.id }).update({ intention_id: open.id });
    }
  }
}

/** Completion: a completed enrolment needs its date and an assessment; it schedules the follow-up visits. */
export async function checkCompletion(row: Record<string, unknown>, before: Record<string, unknown>, { trx, services }: HookArgs): Promise<Record<string, unknown>> {
  const status = row.status ?? before.status;
  if (status === 'completed' && before.status !== 'completed') {
    row.completed_on ??= before.completed_on ?? services.today();
    if (!(row.assessment_result ?? before.assessment_result)) throw badRequest('结业时请填写考核结果（合格/不合格）', 'assessment_result');
    await scheduleFollowUps(trx, { ...before, ...row }, services.env.FOLLOW_UP_MONTHS);
  }
  if (before.status === 'completed' && status !== 'completed') throw conflict('已结业的报名记录不能改回其他状态', 'status');
  return row;
}

/** Attendance must fall within the class dates; the enrolment's attended hours follow every change. */
export async function checkAttendance(row: Record<string, unknown>, before: Record<string, unknown> | null, { trx }: HookArgs): Promise<Record<string, unknown>> {
  // Fields the entity schema validated (an integer id, a YYYY-MM-DD date), or the stored ones.
  const enrollmentId = (row.enrollment_id ?? before?.enrollment_id) as number;
  const p = await trx('enrollments').join('programs', 'programs.id', 'enrollments.program_id').where('enrollments.id', enrollmentId)
    .first('programs.start_date', 'programs.end_date', 'programs.name', 'enrollments.status');
  const date = (row.session_date ?? before?.session_date) as string;
  if (date < p.start_date || date > p.end_date) throw badRequest(`考勤日期 ${date} 不在培训班「${p.name}」的开班期间（${p.start_date} 至 ${p.end_date}）内`, 'session_date');
  if (p.status === 'withdrawn') throw conflict('该学员已退学，不能再记录考勤', 'enrollment_id');
  return row;
}

export async function syncAttendedHours(trx: Knex.Transaction, enrollmentId: number): Promise<void> {
  const sum = await trx('attendance').where({ enrollment_id: enrollmentId }).sum({ h: 'hours' }).first();
  // A changed sum is a change of the enrolment: its version moves, so an edit form read before is stale (409).
  await trx('enrollments').where({ id: enrollmentId }).whereNot('attended_hours', Number(sum?.h ?? 0))
    .update({ attended_hours: Number(sum?.h ?? 0), updated_at: new Date().toISOString(), version: trx.raw('version + 1') });
}
