// Enrolments of workers in programs, with attended hours, completion and assessment.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Id, Nullable, StringEnum, WithDefault } from '../schemas/common.js';

export const ENROLLMENT_STATUSES = ENUMS.enrollment_status;

export const Enrollment = Type.Object({
  id: Id,
  program_id: Id,
  worker_id: Id,
  intention_id: Nullable(Id),
  status: WithDefault(StringEnum(ENROLLMENT_STATUSES), 'enrolled'),
  enrolled_on: DateString,
  attended_hours: WithDefault(Type.Integer({ minimum: 0, description: 'Sum of attendance hours, kept by the server' }), 0),
  completed_on: Nullable(DateString),
  assessment_result: Nullable(StringEnum(ENUMS.assessment_result)),
  ...Bookkeeping,
});
export type Enrollment = Static<typeof Enrollment>;
