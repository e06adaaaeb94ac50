// The class roster for one date: every enrolled person (name, masked ID number) with their record of that date, and the dates already recorded.
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';
import { maskIdNumber } from '../pii/mask.js';
import { MAX_SESSION_HOURS } from '../entities/attendance.js';
import { sessionProgram } from './session.js';
import type { Roster } from './session-schema.js';

export async function readRoster(services: Services, ctx: RequestContext, programId: unknown, date: string | undefined): Promise<Roster> {
  const program = await sessionProgram(services, ctx, programId, 'r');
  const { knex } = services.db;
  const rows = await knex('enrollments').join('workers', 'workers.id', 'enrollments.worker_id')
    .leftJoin('attendance', function on() {
      this.on('attendance.enrollment_id', '=', 'enrollments.id').andOnVal('attendance.session_date', '=', date ?? '');
    })
    .where('enrollments.program_id', program.id).orderBy('enrollments.id')
    .select('enrollments.id', 'enrollments.worker_id', 'enrollments.status', 'enrollments.attended_hours', 'workers.name',
      'workers.id_number_mask', 'workers.id_number_enc', 'attendance.id as attendance_id', 'attendance.hours');
  const dates = await knex('attendance').join('enrollments', 'enrollments.id', 'attendance.enrollment_id').where('enrollments.program_id', program.id)
    .groupBy('attendance.session_date').orderBy('attendance.session_date', 'desc').limit(400)
    .select('attendance.session_date').count({ workers: '*' }).max({ hours: 'attendance.hours' });
  return {
    program: { id: program.id, name: program.name, start_date: program.start_date, end_date: program.end_date, hours: program.hours },
    session_date: date ?? null,
    max_hours: MAX_SESSION_HOURS,
    rows: rows.map((r) => ({
      enrollment_id: Number(r.id), worker_id: Number(r.worker_id), worker_name: r.name, status: r.status, attended_hours: Number(r.attended_hours),
      id_number: r.id_number_mask ?? maskIdNumber(services.pii.decrypt(r.id_number_enc)),
      attendance_id: r.attendance_id === null ? null : Number(r.attendance_id), hours: r.hours === null ? null : Number(r.hours),
    })),
    dates: (dates as Array<Record<string, unknown>>).map((d) => ({ session_date: String(d.session_date), workers: Number(d.workers), hours: Number(d.hours) })),
  };
}
