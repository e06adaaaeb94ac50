// Plugin attendance: the enrolment's attended hours, completion ratio, completion and assessment.
import { definePlugin, type FactDefinition } from '../../core/plugins/contract.js';

/** Attended hours over planned hours, capped at 1, to 4 decimals so snapshots compare exactly. */
export function completionRatio(attended: number, planned: number): number {
  if (planned <= 0) return 0;
  return Math.round(Math.min(1, attended / planned) * 10000) / 10000;
}

export const attendance: FactDefinition = {
  id: 'attendance',
  label: '出勤与结业',
  fields: {
    '$.attendedHours': '实际出勤学时',
    '$.plannedHours': '计划学时',
    '$.completionRatio': '出勤完成率',
    '$.completed': '已结业',
    '$.assessment': '考核结果',
  },
  async resolve(ctx) {
    const enrollmentId = ctx.claim.enrollment_id;
    if (!enrollmentId) return { attendedHours: 0, plannedHours: 0, completionRatio: 0, completed: false, assessment: null };
    const e = await ctx.db('enrollments').join('programs', 'programs.id', 'enrollments.program_id')
      .where('enrollments.id', enrollmentId).first('enrollments.status', 'enrollments.assessment_result', 'programs.hours');
    const sum = await ctx.db('attendance').where({ enrollment_id: enrollmentId }).sum({ h: 'hours' }).first();
    const attended = Number(sum?.h ?? 0);
    const planned = Number(e?.hours ?? 0);
    return {
      attendedHours: attended, plannedHours: planned, completionRatio: completionRatio(attended, planned),
      completed: e?.status === 'completed', assessment: e?.assessment_result ?? null,
    };
  },
};

export default definePlugin({
  id: 'attendance',
  version: '1.0.0',
  description: '报名记录的出勤学时、出勤完成率、是否结业及考核结果。',
  facts: [attendance],
});
