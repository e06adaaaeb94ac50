// Recording one class session for many enrolments as one all-or-nothing unit, reusing the single attendance write.
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';
import { ApiError, badRequest } from '../http/errors.js';
import { clearAttendance, putAttendance } from './record.js';
import type { SessionBody, SessionResult } from './session-schema.js';

/** The class (404 when outside the caller's scope) and the right to write attendance (403 for reviewers and auditors). */
export async function sessionProgram(services: Services, ctx: RequestContext, programId: unknown, verb: 'r' | 'c') {
  const program = await services.resources.get('programs').get(ctx, programId);
  await services.resources.get('attendance').authorize(ctx, verb, program.id);
  return program;
}

/** An error of one person's row, named by the person and the row, with its status and field kept. */
function ofPerson(err: unknown, index: number, name: string): unknown {
  if (!(err instanceof ApiError)) return err;
  return new ApiError(err.statusCode, `第 ${index + 1} 名学员「${name}」：${err.message}`, `entries.${index}.${err.field ?? 'enrollment_id'}`, err.details, err.code);
}

/**
 * Present people get a record of the date with the session's hours (or their own); absent people with a record of
 * that date lose it. Submitting the same session again is therefore safe: it changes only what differs.
 */
export async function recordSession(services: Services, ctx: RequestContext, programId: unknown, body: SessionBody): Promise<SessionResult> {
  const program = await sessionProgram(services, ctx, programId, 'c');
  const date = body.session_date;
  if (date < program.start_date || date > program.end_date) {
    throw badRequest(`上课日期 ${date} 不在培训班「${program.name}」的开班期间（${program.start_date} 至 ${program.end_date}）内`, 'session_date');
  }
  const seen = new Map<number, number>();
  body.entries.forEach((e, i) => {
    const first = seen.get(e.enrollment_id);
    if (first !== undefined) throw badRequest(`学员名单中第 ${first + 1} 项和第 ${i + 1} 项是同一报名记录（${e.enrollment_id}）`, `entries.${i}.enrollment_id`);
    seen.set(e.enrollment_id, i);
  });
  const attendance = services.resources.get('attendance');
  const receipt = ctx.idempotencyKey ? { receipt: `${ctx.user?.id ?? 'system'}:${ctx.idempotencyKey}:session:${program.id}`, onReplay: () => { ctx.replayed = true; } } : {};
  return attendance.write(async (trx) => {
    const rows = await trx('enrollments').join('workers', 'workers.id', 'enrollments.worker_id')
      .whereIn('enrollments.id', [...seen.keys()]).select('enrollments.id', 'enrollments.program_id', 'workers.name');
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    const counts = { created: 0, updated: 0, removed: 0, unchanged: 0 };
    let present = 0;
    for (const [i, e] of body.entries.entries()) {
      const row = byId.get(e.enrollment_id);
      if (!row || Number(row.program_id) !== Number(program.id)) {
        throw badRequest(`学员名单第 ${i + 1} 项：报名记录 ${e.enrollment_id} 不是培训班「${program.name}」的学员`, `entries.${i}.enrollment_id`);
      }
      try {
        if (e.present) {
          present++;
          counts[await putAttendance(trx, services, ctx, { enrollment_id: e.enrollment_id, session_date: date, hours: e.hours ?? body.hours })]++;
        } else if (await clearAttendance(trx, services, ctx, e.enrollment_id, date)) counts.removed++;
      } catch (err) {
        throw ofPerson(err, i, row.name);
      }
    }
    const absent = body.entries.length - present;
    await services.audit.append(trx, ctx, {
      action: 'record_session', resource: 'programs', recordId: program.id,
      changes: { session_date: date, hours: body.hours, present, absent, ...counts },
    });
    const message = `已保存 ${date} 的考勤：出勤 ${present} 人，缺勤 ${absent} 人（新增 ${counts.created} 条，修改 ${counts.updated} 条，删除 ${counts.removed} 条）`;
    return { session_date: date, present, absent, ...counts, message };
  }, 'write', receipt);
}
