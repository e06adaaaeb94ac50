// Plugin subsidy-history: the person's other subsidies for the same occupation and level, region-wide: those approved
// or paid (the no-double-subsidy rule) and those still pending elsewhere (only one of them can be approved).
import type { Knex } from 'knex';
import { definePlugin, type FactDefinition } from '../../core/plugins/contract.js';
import { FAMILY } from '../../core/workflow/entitlements.js';

export { FAMILY };

/** Approved or paid: the person has been subsidised. */
export const GRANTED_STATES = ['approved', 'paid'];
/** Submitted or in review: a decision is pending, possibly in another 盟市. */
export const PENDING_STATES = ['submitted', 'under_review'];

/** Claims of the worker in `states` with the occupation and level, from the class or else the certificate. */
export async function priorClaims(db: Knex, workerId: number, occupationCode: string, level: string, excludeClaimId: number | null, family: string, states: string[] = GRANTED_STATES) {
  const types = Object.entries(FAMILY).filter(([, f]) => f === family).map(([t]) => t);
  if (types.length === 0) return [];
  const rows = await db('claims')
    .leftJoin('programs', 'programs.id', 'claims.program_id')
    .leftJoin('certificates', 'certificates.id', 'claims.certificate_id')
    .join('regions', 'regions.id', 'claims.region_code')
    .where('claims.worker_id', workerId)
    .whereIn('claims.state', states)
    .whereIn('claims.type', types)
    .modify((q) => { if (excludeClaimId) q.whereNot('claims.id', excludeClaimId); })
    .where((q) => q
      .where((p) => p.where('programs.occupation_code', occupationCode).where('programs.level', level))
      .orWhere((c) => c.whereNull('claims.program_id').where('certificates.occupation_code', occupationCode).where('certificates.level', level)))
    .orderBy('claims.id')
    .select('claims.id', 'claims.region_code', 'regions.path as region_path', 'claims.type', 'claims.state', 'claims.decided_fen');
  const names = await regionNames(db, rows.map((r: HistoryRow) => r.region_path));
  return rows.map((r: HistoryRow) => ({ id: Number(r.id), regionCode: r.region_code, regionName: names(r.region_path), type: r.type, state: r.state, decidedFen: r.decided_fen === null ? null : Number(r.decided_fen) }));
}

/**
 * Names a region by its path below the autonomous region: `呼和浩特市新城区`, not `新城区` alone
 * (many leagues have a 新城区), so that a message names the earlier claim's place unambiguously.
 */
/** An earlier claim as read: ids and amounts as the driver returns them. */
interface HistoryRow { id: number | string; region_code: string; region_path: string; type: string; state: string; decided_fen: number | string | null }

async function regionNames(db: Knex, paths: string[]): Promise<(path: string) => string> {
  const codes = [...new Set(paths.flatMap((p) => String(p).split('/').filter(Boolean)))];
  const rows = codes.length ? await db('regions').whereIn('id', codes).select('id', 'name') : [];
  const byId = new Map(rows.map((r: { id: string; name: string }) => [r.id, r.name]));
  return (path) => {
    const chain = String(path).split('/').filter(Boolean);
    const below = chain.length > 1 ? chain.slice(1) : chain;
    return below.map((c) => byId.get(c) ?? c).join('');
  };
}

export const subsidyHistory: FactDefinition = {
  id: 'subsidyHistory',
  label: '补贴享受记录（全区）',
  fields: {
    '$.sameOccupationLevelCount': '同一职业（工种）同一等级已享受同类补贴的次数（全区，培训补贴含技能提升补贴）',
    '$.priorClaims': '已享受的补贴申请',
    '$.pendingCount': '同一职业（工种）同一等级正在办理中的同类补贴申请数（全区，已提交或审核中）',
    '$.pendingClaims': '正在办理中的同类补贴申请',
  },
  dependsOn: ['occupation'],
  async resolve(ctx) {
    const { code: occupationCode, level } = ctx.facts.occupation as { code: string | null; level: string | null };
    const family = FAMILY[String(ctx.claim.type)];
    if (!ctx.claim.worker_id || !occupationCode || !level || !family) return { sameOccupationLevelCount: 0, priorClaims: [], pendingCount: 0, pendingClaims: [] };
    const args = [ctx.db, Number(ctx.claim.worker_id), occupationCode, level, ctx.claim.id == null ? null : Number(ctx.claim.id), family] as const;
    const prior = await priorClaims(...args, GRANTED_STATES);
    const pending = await priorClaims(...args, PENDING_STATES);
    return { sameOccupationLevelCount: prior.length, priorClaims: prior, pendingCount: pending.length, pendingClaims: pending };
  },
};

export default definePlugin({
  id: 'subsidy-history',
  version: '1.1.0',
  description: '同一人员在全区范围内同一职业（工种）同一等级已获批或已发放的补贴，以及仍在办理中的同类申请（培训补贴与技能提升补贴合并计算），用于“不可重复申领”规则。',
  facts: [subsidyHistory],
});
