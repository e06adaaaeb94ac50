// The class session (一次课) as the API takes and answers it: a date, the hours, and each enrolment present or absent.
import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Nullable } from '../schemas/common.js';
import { MAX_SESSION_HOURS } from '../entities/attendance.js';

const Hours = Type.Integer({ minimum: 1, maximum: MAX_SESSION_HOURS, description: `学时 of the day, 1–${MAX_SESSION_HOURS}` });

export const SessionEntry = Type.Object({
  enrollment_id: Id,
  present: Type.Boolean(),
  hours: Type.Optional(Hours),
}, { additionalProperties: false });

export const SessionBody = Type.Object({
  session_date: DateString,
  hours: Hours,
  entries: Type.Array(SessionEntry, { minItems: 1, maxItems: 1000 }),
}, { additionalProperties: false });
export type SessionBody = Static<typeof SessionBody>;

/** The Chinese names of the body's fields, for the 400 messages (see the error handler's config.fieldLabels). */
export const SESSION_FIELD_LABELS: Record<string, string> = {
  session_date: '上课日期', hours: '课时', entries: '学员名单',
  'entries.enrollment_id': '报名记录', 'entries.present': '是否出勤', 'entries.hours': '学员课时',
};

export const SessionResult = Type.Object({
  session_date: DateString,
  present: Type.Integer({ description: 'Enrolments marked present' }),
  absent: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer({ description: 'Present enrolments whose record of that date had other hours' }),
  removed: Type.Integer({ description: 'Absent enrolments whose record of that date was deleted' }),
  unchanged: Type.Integer(),
  message: Type.String(),
});
export type SessionResult = Static<typeof SessionResult>;

export const RosterQuery = Type.Object({ session_date: Type.Optional(DateString) }, { additionalProperties: false });

export const RosterRow = Type.Object({
  enrollment_id: Type.Integer(),
  worker_id: Type.Integer(),
  worker_name: Type.String(),
  id_number: Type.String({ description: 'Masked' }),
  status: Type.String(),
  attended_hours: Type.Integer(),
  attendance_id: Nullable(Type.Integer({ description: 'The record of session_date, if any' })),
  hours: Nullable(Type.Integer()),
});

export const Roster = Type.Object({
  program: Type.Object({ id: Type.Integer(), name: Type.String(), start_date: Type.String(), end_date: Type.String(), hours: Type.Integer() }),
  session_date: Nullable(DateString),
  max_hours: Type.Integer(),
  rows: Type.Array(RosterRow),
  dates: Type.Array(Type.Object({ session_date: Type.String(), workers: Type.Integer(), hours: Type.Integer() }), { description: 'Dates already recorded, newest first' }),
});
export type Roster = Static<typeof Roster>;
