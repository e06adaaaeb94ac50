// shared-contact: many workers registered with one phone number or one payee account (compared by blind index).
import type { RiskCheckDefinition, RiskHit, RiskScanContext } from '../../core/plugins/contract.js';
import { RegionIndex, claimTargets, ids, loadClaims, personNames, single } from './shared.js';

/** A family may share a phone; this many people on one number or account is a pattern. */
export const SHARED_CONTACT_MIN = 3;

const CONTACTS = [
  { kind: 'phone', column: 'phone_idx', label: '手机号' },
  { kind: 'account', column: 'payee_account_idx', label: '收款账号' },
] as const;

/** A holder of a shared number: ids as the driver reads them, `idx` the number's blind index. */
interface Holder { id: number | string; region_code: string; registered_by_institution_id: number | null; idx: string }
interface Group { kind: (typeof CONTACTS)[number]['kind']; label: string; index: string; workers: Holder[] }

async function groups(ctx: RiskScanContext): Promise<Group[]> {
  const { db } = ctx;
  const workerIds = ctx.claimIds ? (await claimTargets(db, ctx.claimIds)).workerIds : null;
  const out: Group[] = [];
  for (const { kind, column, label } of CONTACTS) {
    // Numbers used by someone in scope, then every holder of those numbers region-wide.
    const used = db('workers').whereNotNull(column).whereIn('region_code', ctx.regionCodes).distinct(column);
    if (workerIds) used.whereIn('id', workerIds);
    const shared: Record<string, string>[] = await db('workers').whereIn(column, used).groupBy(column).havingRaw('count(*) >= ?', [SHARED_CONTACT_MIN]).select(column);
    if (shared.length === 0) continue;
    const holders: Holder[] = await db('workers').whereIn(column, shared.map((r) => r[column]))
      .select('id', 'region_code', 'registered_by_institution_id', `${column} as idx`).orderBy('id');
    for (const index of [...new Set(holders.map((h) => h.idx))].sort()) {
      out.push({ kind, label, index, workers: holders.filter((h) => h.idx === index) });
    }
  }
  return out;
}

export const sharedContact: RiskCheckDefinition = {
  id: 'shared-contact',
  title: '多名人员共用手机号或收款账号',
  severity: 'medium',
  description: `${SHARED_CONTACT_MIN} 名或以上人员登记了同一个手机号，或同一个补贴收款账号。`
    + '冒名登记、虚报人头时，经办者往往填自己的号码或把补贴打进同一个账户。'
    + '比对使用加密号码的盲索引，不读取明文；证据中以人员编号列出共用者，号码请在人员记录中查看（遮挡显示）。',
  async run(ctx) {
    const regions = await RegionIndex.load(ctx.db);
    const found = await groups(ctx);
    const claims = await loadClaims(ctx.db, { workerIds: found.flatMap((g) => g.workers.map((w) => Number(w.id))) });
    const person = await personNames(ctx.db, found.flatMap((g) => g.workers.map((w) => Number(w.id))));
    return found.map((g): RiskHit => {
      const workerIds = ids(g.workers.map((w) => w.id));
      const own = claims.filter((c) => c.worker_id !== null && workerIds.includes(c.worker_id));
      const registeredBy = single(g.workers.map((w) => w.registered_by_institution_id));
      return {
        // 16 hex characters of the keyed index: stable, and reveals nothing about the number.
        key: `${g.kind}:${g.index.slice(0, 16)}`,
        regionCode: regions.common(g.workers.map((w) => w.region_code)),
        summary: `${workerIds.length} 名人员共用同一${g.label}（${workerIds.map(person).join('、')}）`,
        evidence: {
          contact: g.kind, contact_label: g.label, contact_ref: g.index.slice(0, 8), people: workerIds.length, threshold: SHARED_CONTACT_MIN,
          worker_ids: workerIds, regions: [...new Set(g.workers.map((w) => w.region_code as string))].sort(),
          registered_by_institution_id: registeredBy,
        },
        claimIds: ids(own.map((c) => c.id)),
        institutionId: registeredBy ?? single(own.map((c) => c.institution_id)),
        workerIds,
      };
    });
  },
};
