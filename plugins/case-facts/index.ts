// Plugin case-facts: the claim, its worker, its class and its certificate as facts.
import { definePlugin, type FactDefinition } from '../../core/plugins/contract.js';

/** The 盟市 of a node: the ancestor just below the region root (or the node itself). */
export function leagueOf(chain: string[]): string {
  return chain.length >= 2 ? chain[chain.length - 2] : chain[0];
}

export const claim: FactDefinition = {
  id: 'claim',
  label: '补贴申请',
  fields: { '$.type': '补贴类型', '$.regionCode': '申请地区', '$.leagueCode': '申请地所属盟市', '$.claimDate': '申请日期', '$.requestedFen': '申请金额（分）' },
  async resolve(ctx) {
    const c = ctx.claim;
    return { type: c.type, regionCode: c.region_code, leagueCode: leagueOf(ctx.regionChain), claimDate: c.claim_date, requestedFen: Number(c.requested_fen) };
  },
};

export const worker: FactDefinition = {
  id: 'worker',
  label: '参训人员',
  fields: { '$.category': '人员类别', '$.traits': '人员特征', '$.regionCode': '登记地区' },
  async resolve(ctx) {
    const w = ctx.claim.worker_id ? await ctx.db('workers').where({ id: ctx.claim.worker_id }).first('category', 'traits', 'region_code') : null;
    if (!w) return { category: null, traits: [], regionCode: null };
    return { category: w.category, traits: typeof w.traits === 'string' ? JSON.parse(w.traits) : w.traits ?? [], regionCode: w.region_code };
  },
};

export const program: FactDefinition = {
  id: 'program',
  label: '培训班',
  fields: {
    '$.occupationCode': '职业（工种）编码', '$.level': '培训等级', '$.trainingKind': '培训类型', '$.mode': '培训方式', '$.delivery': '授课形式',
    '$.hours': '课时', '$.targetGroup': '面向人群', '$.subsidised': '补贴性培训', '$.startDate': '开班日期', '$.endDate': '结业日期',
    '$.institutionApproved': '培训机构在开班期间具备补贴性培训资质', '$.institutionId': '培训机构',
  },
  async resolve(ctx) {
    const p = ctx.claim.program_id ? await ctx.db('programs').where({ id: ctx.claim.program_id }).first() : null;
    if (!p) return { found: false, occupationCode: null, level: null, trainingKind: null, mode: null, delivery: null, hours: 0, targetGroup: null, subsidised: false, startDate: null, endDate: null, institutionApproved: false, institutionId: null };
    const inst = await ctx.db('institutions').where({ id: p.institution_id }).first('approval_status', 'approved_from', 'approved_to');
    // Approved for the whole class: status approved and validity covering start to end.
    const approved = !!inst && inst.approval_status === 'approved' && !!inst.approved_from && !!inst.approved_to && inst.approved_from <= p.start_date && inst.approved_to >= p.end_date;
    return {
      found: true, occupationCode: p.occupation_code, level: p.level, trainingKind: p.training_kind, mode: p.mode, delivery: p.delivery,
      hours: Number(p.hours), targetGroup: p.target_group, subsidised: Boolean(p.subsidised), startDate: p.start_date, endDate: p.end_date,
      institutionApproved: approved, institutionId: Number(p.institution_id),
    };
  },
};

export const certificate: FactDefinition = {
  id: 'certificate',
  label: '职业资格/技能等级证书',
  fields: { '$.present': '已登记证书', '$.kind': '证书类型', '$.level': '证书等级', '$.occupationCode': '证书职业（工种）', '$.matchesProgram': '证书与培训的职业和等级一致', '$.issuedOn': '发证日期', '$.number': '证书编号' },
  dependsOn: ['program'],
  async resolve(ctx) {
    const c = ctx.claim;
    let cert = c.certificate_id ? await ctx.db('certificates').where({ id: c.certificate_id }).first() : null;
    if (!cert && c.enrollment_id) cert = await ctx.db('certificates').where({ enrollment_id: c.enrollment_id }).orderBy('issued_on', 'desc').first();
    if (!cert) return { present: false, kind: null, level: null, occupationCode: null, matchesProgram: false, issuedOn: null, number: null };
    // The program fact (computed before this one).
    const p = ctx.facts.program as { found?: boolean; occupationCode?: string | null; level?: string | null } | undefined;
    const matches = p?.found ? p.occupationCode === cert.occupation_code && p.level === cert.level : true;
    return { present: true, kind: cert.kind, level: cert.level, occupationCode: cert.occupation_code, matchesProgram: matches, issuedOn: cert.issued_on, number: cert.number };
  },
};

/** What the claim is for: the class's occupation and level, or else the certificate's (evaluation, upgrade). */
export const occupation: FactDefinition = {
  id: 'occupation',
  label: '申请的职业（工种）与等级',
  fields: { '$.code': '职业（工种）编码', '$.level': '等级', '$.from': '依据（培训班或证书）' },
  dependsOn: ['program', 'certificate'],
  async resolve(ctx) {
    // The program and certificate facts, as this file resolves them above.
    const p = ctx.facts.program as { found?: boolean; occupationCode?: string | null; level?: string | null } | undefined;
    const c = ctx.facts.certificate as { present?: boolean; occupationCode?: string | null; level?: string | null } | undefined;
    if (p?.found) return { code: p.occupationCode, level: p.level, from: 'program' };
    if (c?.present) return { code: c.occupationCode, level: c.level, from: 'certificate' };
    return { code: null, level: null, from: null };
  },
};

export default definePlugin({
  id: 'case-facts',
  version: '1.0.0',
  description: '补贴申请本身、参训人员、培训班及证书的基本事实。',
  facts: [claim, worker, program, certificate, occupation],
});
