// One person's attendance of one day, written through the attendance resource (its checks, hours sync and audit), inside a caller's unit.
import type { Knex } from 'knex';
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';

export interface DayAttendance {
  enrollment_id: number;
  session_date: string;
  hours: number;
  check_in_at?: string | null;
}

export type PutOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Records the day for the enrolment: a new record, or the existing one of that date given the new hours (one record
 * per enrolment and date — the table's unique key — so submitting a session again never duplicates).
 */
export async function putAttendance(trx: Knex.Transaction, services: Services, ctx: RequestContext, day: DayAttendance): Promise<PutOutcome> {
  const attendance = services.resources.get('attendance');
  const existing = await trx('attendance').where({ enrollment_id: day.enrollment_id, session_date: day.session_date }).first('id', 'hours', 'version', 'check_in_at');
  if (!existing) {
    await attendance.createIn(trx, ctx, { ...day, check_in_at: day.check_in_at ?? null });
    return 'created';
  }
  const checkIn = day.check_in_at === undefined ? existing.check_in_at : day.check_in_at;
  if (Number(existing.hours) === day.hours && (checkIn ?? null) === (existing.check_in_at ?? null)) return 'unchanged';
  await attendance.updateIn(trx, ctx, existing.id, { version: existing.version, hours: day.hours, check_in_at: checkIn ?? null });
  return 'updated';
}

/** Removes the enrolment's record of that date, if any (a person marked absent on a second submit). */
export async function clearAttendance(trx: Knex.Transaction, services: Services, ctx: RequestContext, enrollmentId: number, date: string): Promise<boolean> {
  const existing = await trx('attendance').where({ enrollment_id: enrollmentId, session_date: date }).first('id');
  if (!existing) return false;
  await services.resources.get('attendance').removeIn(trx, ctx, existing.id);
  return true;
}
