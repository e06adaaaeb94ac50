// peer-outlier: an institution whose pass rate or claim volume is far above its peers training the same occupation.
import type { RiskCheckDefinition, RiskHit, RiskScanContext } from '../../core/plugins/contract.js';
import { claimTargets, ids, loadClaims } from './shared.js';
import { modifiedZ, round } from './stats.js';

/** Iglewicz and Hoaglin's cut-off: beyond 3.5 a value is an outlier whatever the spread. */
export const MODIFIED_Z_THRESHOLD = 3.5;
/** Fewer peers than this and there is nothing to compare with: no finding. */
export const MIN_PEERS = 4;
/** An institution is compared (and counted as a peer) for an occupation only with this many trainees in it. */
export const MIN_TRAINEES = 10;

/** The statistic alone flags tiny differences among near-identical peers; "far above" also needs a practical margin. */
const METRICS = {
  pass_rate: { label: '考核通过率', margin: (m: number) => m + 0.15, marginText: '，且至少高出中位数 15 个百分点', unit: '' },
  claims_per_class: { label: '每班补贴申请数', margin: (m: number) => m * 1.25, marginText: '，且至少为中位数的 1.25 倍', unit: '件' },
  fen_per_trainee: { label: '人均申请金额', margin: (m: number) => m * 1.25, marginText: '，且至少为中位数的 1.25 倍', unit: '分' },
} as const;
type Metric = keyof typeof METRICS;

interface Row { institution_id: number; occupation_code: string; trainees: number; passes: number; classes: number; claims: number; fen: number; values: Record<Metric, number> }

/** Counts and sums come back as numbers or numeric strings depending on the driver: read through Number(). */
type Num = number | string;
interface Pair { institution_id: Num; occupation_code: string }
interface TrainingRow extends Pair { trainees: Num; passes: Num; classes: Num }
interface MoneyRow extends Pair { claims: Num; fen: Num | null }

async function rows(ctx: RiskScanContext): Promise<Row[]> {
  const { db } = ctx;
  const training: TrainingRow[] = await db('enrollments as e').join('programs as p', 'p.id', 'e.program_id').where('p.subsidised', true).whereNot('e.status', 'withdrawn')
    .groupBy('p.institution_id', 'p.occupation_code')
    .select('p.institution_id', 'p.occupation_code', db.raw('count(*) as trainees'), db.raw("sum(case when e.assessment_result = 'pass' then 1 else 0 end) as passes"), db.raw('count(distinct p.id) as classes'));
  const money: MoneyRow[] = await db('claims as c').leftJoin('enrollments as e', 'e.id', 'c.enrollment_id')
    .joinRaw('join programs p on p.id = coalesce(c.program_id, e.program_id)').where('p.subsidised', true).whereNot('c.state', 'draft')
    .groupBy('p.institution_id', 'p.occupation_code')
    .select('p.institution_id', 'p.occupation_code', db.raw('count(*) as claims'), db.raw('sum(coalesce(c.decided_fen, c.requested_fen)) as fen'));
  const key = (r: Pair) => `${r.institution_id}|${r.occupation_code}`;
  const byKey = new Map(money.map((r) => [key(r), r]));
  return training.map((t) => {
    const m = byKey.get(key(t)) ?? { claims: 0, fen: 0 };
    const [trainees, passes, classes, claims, fen] = [t.trainees, t.passes, t.classes, m.claims, m.fen].map(Number);
    return {
      institution_id: Number(t.institution_id), occupation_code: t.occupation_code, trainees, passes, classes, claims, fen,
      values: { pass_rate: passes / trainees, claims_per_class: claims / classes, fen_per_trainee: fen / trainees },
    };
  });
}

/** Institution × occupation pairs with a class in scope (or behind the submitted claims). */
async function candidates(ctx: RiskScanContext): Promise<Set<string>> {
  const q = ctx.db('programs').whereIn('region_code', ctx.regionCodes).distinct('institution_id', 'occupation_code');
  if (ctx.claimIds) {
    const t = await claimTargets(ctx.db, ctx.claimIds);
    q.where((w) => w.whereIn('institution_id', t.institutionIds).orWhereIn('id', t.programIds));
  }
  return new Set(((await q) as Pair[]).map((r) => `${r.institution_id}|${r.occupation_code}`));
}

export const peerOutlier: RiskCheckDefinition = {
  id: 'peer-outlier',
  title: '培训机构指标远高于同行',
  severity: 'medium',
  description: '按职业（工种）把全区培训同一职业的机构放在一起比较三项指标：考核通过率、每班补贴申请数、人均申请金额。'
    + `只比较该职业学员不少于 ${MIN_TRAINEES} 人的机构，且除本机构外至少还有 ${MIN_PEERS} 家同行。`
    + '统计量用中位数和中位数绝对偏差（MAD）计算的“修正 z 值” = 0.6745 ×（本机构数值 − 中位数）÷ MAD；'
    + `它不受个别极端机构拉偏。修正 z 值大于 ${MODIFIED_Z_THRESHOLD}（统计上公认的离群界限），`
    + '并且实际差距足够大（通过率至少高出中位数 15 个百分点，申请数和金额至少为中位数的 1.25 倍），才列为风险：'
    + '通过率异常高可能是考核放水或虚构成绩，申请量异常大可能是虚报人头或重复申领。这是统计信号，需要人工核实。',
  async run(ctx) {
    const all = await rows(ctx);
    const wanted = await candidates(ctx);
    const hits: RiskHit[] = [];
    const byOccupation = new Map<string, Row[]>();
    for (const r of all.filter((x) => x.trainees >= MIN_TRAINEES)) byOccupation.set(r.occupation_code, [...(byOccupation.get(r.occupation_code) ?? []), r]);
    for (const [occupation, group] of [...byOccupation.entries()].sort()) {
      if (group.length < MIN_PEERS + 1) continue;
      for (const r of group.filter((x) => wanted.has(`${x.institution_id}|${occupation}`)).sort((a, b) => a.institution_id - b.institution_id)) {
        for (const metric of Object.keys(METRICS) as Metric[]) {
          const values = group.map((g) => g.values[metric]);
          const value = r.values[metric];
          const stat = modifiedZ(value, values);
          if (!(stat.z > MODIFIED_Z_THRESHOLD && value >= METRICS[metric].margin(stat.median))) continue;
          hits.push(await hit(ctx, r, metric, stat, group));
        }
      }
    }
    return hits;
  },
};

async function hit(ctx: RiskScanContext, r: Row, metric: Metric, stat: { median: number; mad: number; z: number }, group: Row[]): Promise<RiskHit> {
  const m = METRICS[metric];
  const institution = await ctx.db('institutions').where({ id: r.institution_id }).first('id', 'name', 'region_code');
  const programIds = ids((await ctx.db('programs').where({ institution_id: r.institution_id, occupation_code: r.occupation_code }).select('id')).map((p: { id: Num }) => p.id));
  const claims = await loadClaims(ctx.db, { programIds });
  const show = (v: number) => (metric === 'pass_rate' ? `${round(v * 100, 1)}%` : `${round(v, 1)} ${m.unit}`);
  return {
    key: `institution:${r.institution_id}:${r.occupation_code}:${metric}`,
    regionCode: institution.region_code,
    summary: `机构 #${r.institution_id}「${institution.name}」职业 ${r.occupation_code} 的${m.label} ${show(r.values[metric])}，同行中位数 ${show(stat.median)}`,
    evidence: {
      institution_id: r.institution_id, occupation_code: r.occupation_code, metric, metric_label: m.label,
      value: round(r.values[metric], 4), median: round(stat.median, 4), mad: round(stat.mad, 4), modified_z: round(stat.z, 2),
      threshold: MODIFIED_Z_THRESHOLD, group_size: group.length, min_trainees: MIN_TRAINEES,
      counts: { trainees: r.trainees, passes: r.passes, classes: r.classes, claims: r.claims, fen: r.fen },
      peers: group.map((g) => ({ institution_id: g.institution_id, trainees: g.trainees, value: round(g.values[metric], 4) })).sort((a, b) => a.institution_id - b.institution_id),
      explanation: `修正 z 值 = 0.6745 ×（${show(r.values[metric])} − 中位数 ${show(stat.median)}）÷ MAD ${show(stat.mad)} = ${round(stat.z, 2)}，`
        + `大于 ${MODIFIED_Z_THRESHOLD}${m.marginText}；比较对象为同职业学员不少于 ${MIN_TRAINEES} 人的 ${group.length} 家机构（含本机构）`
        + (stat.mad === 0 ? '。过半同行数值相同（MAD 为 0），改用平均绝对偏差 × 1.253314 作分母' : ''),
    },
    claimIds: ids(claims.map((c) => c.id)),
    institutionId: r.institution_id,
    workerIds: [],
  };
}
