// Plugin training-base: facts of a 就业技能实训基地 and its results over a period, for 以奖代补 rewards.
import { definePlugin, type FactDefinition } from '../../core/plugins/contract.js';

/** Illustrative reward standards by base level (fen), not official amounts. */
export const REWARD_STANDARD_FEN: Record<string, number> = { region: 40_000_000, league: 30_000_000, county: 20_000_000 };
/** The policy tilts toward rural, pastoral and border areas (政策倾斜); the factor is illustrative. */
export const TILT: Record<string, number> = { rural: 1.2, pastoral: 1.2, border: 1.2, urban: 1 };

const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10000) / 10000 : 0);

export const trainingBase: FactDefinition = {
  id: 'trainingBase',
  label: '实训基地',
  fields: { '$.approved': '基地所属机构在考核期内具备资质', '$.areaType': '所在区域类型', '$.level': '基地级别' },
  async resolve(ctx) {
    const base = ctx.claim.base_id ? await ctx.db('bases').where({ id: ctx.claim.base_id }).first() : null;
    if (!base) return { approved: false, areaType: null, level: null };
    const inst = base.institution_id ? await ctx.db('institutions').where({ id: base.institution_id }).first() : null;
    const from = ctx.claim.period_from ?? ctx.date, to = ctx.claim.period_to ?? ctx.date;
    const approved = !!inst && inst.approval_status === 'approved' && inst.approved_from <= from && inst.approved_to >= to;
    return { approved, areaType: base.area_type, level: base.level };
  },
};

export const baseOutcome: FactDefinition = {
  id: 'baseOutcome',
  label: '实训基地考核期成效',
  fields: {
    '$.periodTrainedCount': '考核期内补贴性培训结业人数', '$.certificateRate': '取证率', '$.employmentRate': '就业率',
    '$.rewardStandardFen': '奖补标准（分）', '$.tiltFactor': '区域倾斜系数',
  },
  dependsOn: ['trainingBase'],
  async resolve(ctx) {
    const base = ctx.claim.base_id ? await ctx.db('bases').where({ id: ctx.claim.base_id }).first() : null;
    if (!base?.institution_id) return { periodTrainedCount: 0, certificateRate: 0, employmentRate: 0, rewardStandardFen: 0, tiltFactor: 1 };
    const from = ctx.claim.period_from ?? `${ctx.date.slice(0, 4)}-01-01`, to = ctx.claim.period_to ?? ctx.date;
    const completed = ctx.db('enrollments').join('programs', 'programs.id', 'enrollments.program_id')
      .where('programs.institution_id', base.institution_id).where('programs.subsidised', true)
      .where('programs.end_date', '>=', from).where('programs.end_date', '<=', to).where('enrollments.status', 'completed');
    const trained = Number((await completed.clone().count({ n: '*' }).first())?.n ?? 0);
    const certified = Number((await completed.clone().whereExists(ctx.db('certificates').whereRaw('certificates.enrollment_id = enrollments.id').select(ctx.db.raw('1'))).count({ n: '*' }).first())?.n ?? 0);
    const visits = await ctx.db('follow_ups').whereIn('enrollment_id', completed.clone().select('enrollments.id')).whereNotNull('done_on').select('employed');
    const employed = visits.filter((v) => Boolean(v.employed)).length;
    return {
      periodTrainedCount: trained, certificateRate: ratio(certified, trained), employmentRate: ratio(employed, visits.length),
      rewardStandardFen: REWARD_STANDARD_FEN[base.level] ?? 0, tiltFactor: TILT[base.area_type] ?? 1,
    };
  },
};

export default definePlugin({
  id: 'training-base',
  version: '1.0.0',
  description: '就业技能实训基地及其考核期内的培训人数、取证率、就业率，用于以奖代补（奖补标准为示例口径）。',
  facts: [trainingBase, baseOutcome],
});
