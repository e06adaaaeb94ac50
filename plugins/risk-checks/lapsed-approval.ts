// lapsed-approval: claims for classes that the institution's approval (认定) did not cover.
import type { RiskCheckDefinition, RiskHit } from '../../core/plugins/contract.js';
import { claimTargets, ids } from './shared.js';

const UNPAID = ['draft', 'submitted', 'under_review', 'approved'];

const STATUS_TEXT: Record<string, string> = { pending: '尚未认定', suspended: '已暂停', revoked: '已撤销', approved: '已认定' };

interface Row {
  id: number; state: string; worker_id: number | null; program_id: number | null; region_code: string; institution_id: number;
  name: string; approval_status: string; approved_from: string | null; approved_to: string | null; period_start: string | null; period_end: string | null;
}

/** Why the approval does not cover the dates, or null when it does. */
function problem(r: Row): string | null {
  const { period_start: from, period_end: to } = r;
  if (!from || !to) return null;
  if (r.approval_status === 'pending' || r.approval_status === 'revoked') return `机构${STATUS_TEXT[r.approval_status]}`;
  // A suspension stops money not yet paid; classes already paid under a valid approval stand.
  if (r.approval_status === 'suspended' && UNPAID.includes(r.state)) return '机构已暂停补贴性培训资格';
  if (!r.approved_from || !r.approved_to) return '机构没有认定有效期';
  if (from < r.approved_from) return `开班日期 ${from} 早于认定起始日 ${r.approved_from}`;
  if (to > r.approved_to) return `结班日期 ${to} 晚于认定截止日 ${r.approved_to}`;
  return null;
}

export const lapsedApproval: RiskCheckDefinition = {
  id: 'lapsed-approval',
  title: '培训机构认定未覆盖培训日期',
  severity: 'high',
  description: '补贴申请对应的培训班（无培训班时用申请的培训期间）不在培训机构的认定有效期（approved_from 至 approved_to）之内，'
    + '或机构尚未认定、已被撤销；机构被暂停时，尚未支付的申请也列入。'
    + '只有认定为补贴性培训机构、且在有效期内开展的培训才能申领补贴。同一培训班的申请合并为一个案件。',
  async run(ctx) {
    const q = ctx.db('claims as c')
      .leftJoin('programs as p', 'p.id', 'c.program_id')
      .joinRaw('join institutions i on i.id = coalesce(c.institution_id, p.institution_id)')
      .whereIn('c.region_code', ctx.regionCodes).whereNot('c.state', 'rejected').whereNot('c.type', 'base_reward')
      .select('c.id', 'c.state', 'c.worker_id', 'c.program_id', 'c.region_code', 'i.id as institution_id', 'i.name', 'i.approval_status', 'i.approved_from', 'i.approved_to',
        ctx.db.raw('coalesce(p.start_date, c.period_from) as period_start'), ctx.db.raw('coalesce(p.end_date, c.period_to) as period_end'))
      .orderBy('c.id');
    if (ctx.claimIds) {
      // The whole class of a submitted claim, so that the case reads the same as after a full scan.
      const { programIds } = await claimTargets(ctx.db, ctx.claimIds);
      q.where((w) => w.whereIn('c.id', ctx.claimIds!).orWhereIn('c.program_id', programIds));
    }
    const found = new Map<string, Array<Row & { why: string }>>();
    for (const raw of await q) {
      const r: Row = { ...raw, id: Number(raw.id), institution_id: Number(raw.institution_id), program_id: raw.program_id === null ? null : Number(raw.program_id), worker_id: raw.worker_id === null ? null : Number(raw.worker_id) };
      const why = problem(r);
      if (!why) continue;
      const key = r.program_id !== null ? `program:${r.program_id}` : `claim:${r.id}`;
      found.set(key, [...(found.get(key) ?? []), { ...r, why }]);
    }
    return [...found.entries()].map(([key, list]): RiskHit => {
      const r = list[0];
      const subject = r.program_id !== null ? `培训班 #${r.program_id}` : `申请 #${r.id}`;
      return {
        key,
        regionCode: r.region_code,
        summary: `${subject}（${r.period_start} 至 ${r.period_end}）不在机构 #${r.institution_id}「${r.name}」的认定范围内：${r.why}`,
        evidence: {
          institution_id: r.institution_id, approval_status: r.approval_status, approval_status_label: STATUS_TEXT[r.approval_status] ?? r.approval_status,
          approved_from: r.approved_from, approved_to: r.approved_to, program_id: r.program_id, training_dates: [r.period_start, r.period_end],
          reasons: [...new Set(list.map((x) => x.why))], claim_ids: ids(list.map((x) => x.id)),
        },
        claimIds: ids(list.map((x) => x.id)),
        institutionId: r.institution_id,
        workerIds: ids(list.map((x) => x.worker_id)),
      };
    });
  },
};
