// Attendance: hours per session of an enrolment.
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Id, Nullable, Timestamp } from '../schemas/common.js';

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
