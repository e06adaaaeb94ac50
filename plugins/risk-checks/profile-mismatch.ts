// profile-mismatch: a trainee who does not fit the class's target group, or one person claimed under two categories.
import type { RiskCheckDefinition, RiskHit, RiskScanContext } from '../../core/plugins/contract.js';
import { ageOn } from '../../core/validation/resident-id.js';
import { claimIsFor, claimTargets, ids, loadClaims, personNames } from './shared.js';

/** 大龄 classes: age at class start at least this. */
export const OLDER_MIN_AGE = 45;
/** 青年 classes: age at class start at most this. */
export const YOUTH_MAX_AGE = 35;
/** 岗位技能提升培训 is for people in work. */
export const UPGRADE_CATEGORY = 'employed';

const CATEGORY_TEXT: Record<string, string> = { rural_transfer: '农村转移劳动力', returnee: '返乡农牧民工', poverty_exited: '脱贫劳动力', employed: '在岗农牧民工' };

async function misfits(ctx: RiskScanContext): Promise<RiskHit[]> {
  const q = ctx.db('enrollments as e').join('programs as p', 'p.id', 'e.program_id').join('workers as w', 'w.id', 'e.worker_id')
    .where('p.subsidised', true).whereNot('e.status', 'withdrawn').whereIn('p.region_code', ctx.regionCodes)
    .where((w) => w.whereIn('p.target_group', ['older', 'youth']).orWhere('p.training_kind', 'upgrade'))
    .select('e.id as enrollment_id', 'e.worker_id', 'e.program_id', 'p.name', 'p.institution_id', 'p.region_code', 'p.target_group', 'p.training_kind', 'p.start_date', 'w.birth_date', 'w.category')
    .orderBy('e.id');
  if (ctx.claimIds) {
    const t = await claimTargets(ctx.db, ctx.claimIds);
    q.where((w) => w.whereIn('e.id', t.enrollmentIds).orWhereIn('e.worker_id', t.workerIds));
  }
  const found = [];
  for (const r of await q) {
    const age = ageOn(r.birth_date, r.start_date);
    const problems: string[] = [];
    if (r.target_group === 'older' && age < OLDER_MIN_AGE) problems.push(`大龄班要求开班时年满 ${OLDER_MIN_AGE} 周岁，实际 ${age} 周岁`);
    if (r.target_group === 'youth' && age > YOUTH_MAX_AGE) problems.push(`青年班要求开班时不超过 ${YOUTH_MAX_AGE} 周岁，实际 ${age} 周岁`);
    if (r.training_kind === 'upgrade' && r.category !== UPGRADE_CATEGORY) problems.push(`岗位技能提升培训面向${CATEGORY_TEXT[UPGRADE_CATEGORY]}，该人员类别为${CATEGORY_TEXT[r.category] ?? r.category}`);
    if (problems.length) found.push({ ...r, enrollment_id: Number(r.enrollment_id), worker_id: Number(r.worker_id), program_id: Number(r.program_id), age, problems });
  }
  const claims = await loadClaims(ctx.db, { workerIds: found.map((f) => f.worker_id) });
  const person = await personNames(ctx.db, found.map((f) => f.worker_id));
  return found.map((f) => ({
    key: `enrollment:${f.enrollment_id}`,
    regionCode: f.region_code,
    summary: `人员 ${person(f.worker_id)} 不符合培训班「${f.name}」（#${f.program_id}）的对象要求：${f.problems.join('；')}`,
    evidence: {
      finding: 'target-mismatch', worker_id: f.worker_id, enrollment_id: f.enrollment_id, program_id: f.program_id,
      target_group: f.target_group, training_kind: f.training_kind, class_start: f.start_date, age_at_start: f.age, category: f.category, problems: f.problems,
    },
    claimIds: ids(claims.filter((c) => claimIsFor(c, f)).map((c) => c.id)),
    institutionId: Number(f.institution_id),
    workerIds: [f.worker_id],
  }));
}

/** The category a claim was made under (`extra.category`), when the form recorded one. */
function claimedCategory(extra: string | null): string | null {
  if (!extra) return null;
  try {
    const v = (typeof extra === 'string' ? JSON.parse(extra) : extra)?.category;
    return typeof v === 'string' && v ? v : null;
  } catch {
    return null;
  }
}

async function categoryDrift(ctx: RiskScanContext): Promise<RiskHit[]> {
  // Workers with a claim in scope that records a category; then all their claims region-wide.
  const q = ctx.db('claims').whereIn('region_code', ctx.regionCodes).whereNotNull('worker_id').where('extra', 'like', '%"category"%').distinct('worker_id');
  if (ctx.claimIds) q.whereIn('worker_id', (await claimTargets(ctx.db, ctx.claimIds)).workerIds);
  const workerIds = ids(((await q) as { worker_id: number | string }[]).map((r) => r.worker_id));
  const claims = (await loadClaims(ctx.db, { workerIds })).filter((c) => c.state !== 'rejected');
  const workers = new Map<number, { id: number | string; category: string | null; region_code: string }>();
  if (workerIds.length) for (const w of await ctx.db('workers').whereIn('id', workerIds).select('id', 'category', 'region_code')) workers.set(Number(w.id), w);
  const person = await personNames(ctx.db, workerIds);
  const hits: RiskHit[] = [];
  for (const workerId of workerIds) {
    const own = claims.filter((c) => c.worker_id === workerId).map((c) => ({ claim: c, category: claimedCategory(c.extra) })).filter((x) => x.category);
    const categories = [...new Set(own.map((x) => x.category as string))].sort();
    if (categories.length < 2) continue;
    const w = workers.get(workerId)!; // every worker id was read above
    hits.push({
      key: `worker:${workerId}:category`,
      regionCode: w.region_code,
      summary: `人员 ${person(workerId)} 的补贴申请先后按不同人员类别申报（${categories.map((c) => CATEGORY_TEXT[c] ?? c).join('、')}）`,
      evidence: {
        finding: 'category-drift', worker_id: workerId, current_category: w.category, categories,
        claims: own.map((x) => ({ claim_id: x.claim.id, category: x.category, institution_id: x.claim.institution_id })),
      },
      claimIds: ids(own.map((x) => x.claim.id)),
      institutionId: null,
      workerIds: [workerId],
    });
  }
  return hits;
}

export const profileMismatch: RiskCheckDefinition = {
  id: 'profile-mismatch',
  title: '人员条件与培训对象不符',
  severity: 'medium',
  description: `按开班日的年龄（由出生日期计算）核对对象：大龄班要求年满 ${OLDER_MIN_AGE} 周岁，青年班要求不超过 ${YOUTH_MAX_AGE} 周岁；`
    + '岗位技能提升培训要求人员类别为在岗农牧民工。另查同一人员的补贴申请是否按不同人员类别申报'
    + '（比较申请表中记录的类别 extra.category，未记录的申请不参与比较）：同一人不会一会儿是脱贫劳动力、一会儿是返乡农牧民工，'
    + '这通常是为了套用更高标准或绕开限制。',
  async run(ctx) {
    return [...await misfits(ctx), ...await categoryDrift(ctx)];
  },
};
