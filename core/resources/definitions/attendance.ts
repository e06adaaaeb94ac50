// The resource definition of core/entities/attendance.ts (its schema): who may read and write it, its scope, the checks on each write.
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource } from '../definition.js';
import { enrollmentsInRegions } from './enrollments.js';
import { checkAttendance, syncAttendedHours } from '../../workflow/enrollments.js';
import { Attendance } from '../../entities/attendance.js';

export const attendance = defineResource({
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
});
