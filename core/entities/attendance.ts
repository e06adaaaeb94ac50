// Attendance: hours per session of an enrolment.
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Id, Nullable, Timestamp } from '../schemas/common.js';
import { createSchema, updateSchema } from '../schemas/derive.js';
import type { ResourceDefinition } from '../resources/definition.js';
import { enrollmentsInRegions } from './enrollments.js';
import { checkAttendance, syncAttendedHours } from '../workflow/enrollments.js';

/** The most 学时 one person may be credited for one day (a session, a machine's sign-in to sign-out). */
export const MAX_SESSION_HOURS = 12;

export const Attendance = Type.Object({
  id: Id,
  enrollment_id: Id,
  session_date: DateString,
  hours: Type.Integer({ minimum: 1, maximum: MAX_SESSION_HOURS }),
  check_in_at: Nullable(Timestamp),
  ...Bookkeeping,
});
export type Attendance = Static<typeof Attendance>;

export const attendance: ResourceDefinition = {
  name: 'attendance',
  table: 'attendance',
  label: '考勤记录',
  schema: Attendance,
  create: createSchema(Attendance),
  update: updateSchema(Attendance),
  readOnly: ['enrollment_id'],
  references: { enrollment_id: 'enrollments' },
  unique: { enrollment_id: '该学员当天已有考勤记录' },
  defaultSort: ['session_date', 'DESC'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'rcud', auditor: 'r' },
  scopeRegion: (qb, regionIds, knex) => {
    qb.whereIn('attendance.enrollment_id', knex('enrollments').whereIn('program_id', enrollmentsInRegions(knex, regionIds)).select('id'));
  },
  scopeInstitution: (qb, id, knex) => {
    qb.whereIn('attendance.enrollment_id', knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id').where('programs.institution_id', id).select('enrollments.id'));
  },
  beforeCreate: (row, args) => checkAttendance(row, null, args),
  beforeUpdate: (row, before, args) => checkAttendance(row, before, args),
  afterWrite: (record, _op, { trx }) => syncAttendedHours(trx, Number(record.enrollment_id)),
};
