// Entitlements: the no-double-subsidy rule held by the database. Approval takes the row of the claim's key
// (person × subsidy family × occupation × level) in its own transaction; a unique key refuses the second taker on
// SQLite, MySQL and on every node of a Galera cluster (there the loser fails certification and is retried whole,
// then meets the key). Rejecting an approved claim gives the row back; payment keeps it.
import type { Knex } from 'knex';
import { ApiError } from '../http/errors.js';

/**
 * Subsidy families the rule counts within: 培训补贴 includes 技能提升补贴 (the policy's own words: 同一职业（工种）
 * 的同一等级不可重复申领培训补贴（含参保职工技能提升补贴）), while 职业技能评价补贴 is a separate subsidy a trained
 * worker may still claim. A base reward (以奖代补) is paid to a base, not a person: it has no family.
 */
export const FAMILY: Record<string, string> = { training: 'training', upgrade: 'training', evaluation: 'evaluation' };

export const FAMILY_LABELS: Record<string, string> = { training: '培训补贴（含技能提升补贴）', evaluation: '职业技能评价补贴' };
const STATE_LABELS: Record<string, string> = { draft: '草稿', submitted: '已提交', under_review: '审核中', approved: '已批准', rejected: '已驳回', paid: '已支付' };

export interface EntitlementKey {
  worker_id: number;
  family: string;
  occupation_code: string;
  level: string;
}

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

/** The key a claim would hold: its worker, family, and the class's occupation and level (else its certificate's); null when it has none. */
export async function entitlementKey(db: Db, claim: Row): Promise<EntitlementKey | null> {
  const family = FAMILY[String(claim.type)];
  if (!family || !claim.worker_id) return null;
  const what = claim.program_id
    ? await db('programs').where({ id: claim.program_id }).first('occupation_code', 'level')
    : claim.certificate_id ? await db('certificates').where({ id: claim.certificate_id }).first('occupation_code', 'level') : null;
  if (!what?.occupation_code || !what.level) return null;
  return { worker_id: Number(claim.worker_id), family, occupation_code: what.occupation_code, level: what.level };
}

/** Where and how far a claim went, for a message: `#12（呼和浩特市新城区，已支付）`. */
export async function describeClaim(db: Db, claimId: number): Promise<{ id: number; region_code: string; region_name: string; state: string; state_label: string; type: string } | null> {
  const c = await db('claims').join('regions', 'regions.id', 'claims.region_code').where('claims.id', claimId).first('claims.id', 'claims.region_code', 'claims.state', 'claims.type', 'regions.path');
  if (!c) return null;
  const codes = String(c.path).split('/').filter(Boolean);
  const below = codes.length > 1 ? codes.slice(1) : codes;
  const names = new Map((await db('regions').whereIn('id', below).select('id', 'name')).map((r: Row) => [r.id, r.name]));
  return { id: Number(c.id), region_code: c.region_code, region_name: below.map((x) => names.get(x) ?? x).join(''), state: c.state, state_label: STATE_LABELS[c.state] ?? c.state, type: c.type };
}

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * The claim holding a key. A locking read on MySQL: it sees the row a concurrent approval has just committed, which
 * the transaction's snapshot (taken at its first plain read) would not.
 */
async function holderOf(trx: Knex.Transaction, key: EntitlementKey): Promise<number | null> {
  const q = trx('entitlements').where(key).select('claim_id');
  const row = await (trx.client.config.client === 'mysql2' ? q.forShare() : q).first();
  return row ? Number(row.claim_id) : null;
}

/** The 409 that names the claim holding the key. */
async function heldBy(trx: Knex.Transaction, claimId: number, key: EntitlementKey, holder: number | null, what: string): Promise<ApiError> {
  const other = holder !== null ? await describeClaim(trx, holder) : null;
  const where = other ? `申请 #${other.id}（${other.region_name}，${other.state_label}）` : '另一申请';
  return new ApiError(409,
    `申请 ${claimId} 不能${what}：该人员同一职业（工种）${key.occupation_code} 同一等级（${key.level}）的${FAMILY_LABELS[key.family] ?? key.family}已由${where}享受，不可重复申领`,
    'entitlement', { entitlement: key, held_by: other });
}

/**
 * Takes the claim's entitlement inside the approval's transaction; refuses (409 naming the holder) when another
 * claim holds the key. A claim without a key (a base reward) takes nothing.
 */
export async function takeEntitlement(trx: Knex.Transaction, claim: Row, userId: number | null): Promise<void> {
  const key = await entitlementKey(trx, claim);
  if (!key) return;
  try {
    await trx('entitlements').insert({ ...key, claim_id: claim.id, taken_at: new Date().toISOString(), taken_by: userId, paid_at: null });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    throw await heldBy(trx, Number(claim.id), key, await holderOf(trx, key), '批准');
  }
}

/**
 * At payment the claim must hold its key: it took it at approval, or the migration gave it. A claim approved twice
 * before the guard existed finds the key held by the other and is refused, naming it. The row is kept, marked paid.
 */
export async function keepEntitlementOnPayment(trx: Knex.Transaction, claim: Row): Promise<void> {
  const key = await entitlementKey(trx, claim);
  if (!key) return;
  const now = new Date().toISOString();
  const n = await trx('entitlements').where({ ...key, claim_id: claim.id }).update({ paid_at: now });
  if (n === 1) return;
  const holder = await holderOf(trx, key);
  if (holder !== null) throw await heldBy(trx, Number(claim.id), key, holder, '支付');
  // Approved before entitlements were kept and never backfilled (no key then): the key is taken now, or refused.
  try {
    await trx('entitlements').insert({ ...key, claim_id: claim.id, taken_at: now, taken_by: null, paid_at: now });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    throw await heldBy(trx, Number(claim.id), key, await holderOf(trx, key), '支付');
  }
}

/** Gives the key back when an approved claim is rejected (by a reviewer or a confirmed risk case). */
export async function releaseEntitlement(trx: Knex.Transaction, claimId: number): Promise<void> {
  await trx('entitlements').where({ claim_id: claimId }).whereNull('paid_at').delete();
}

export interface Collision {
  id: number;
  type: string;
  state: string;
  state_label: string;
  region_code: string;
  region_name: string;
  /** This claim holds the person's entitlement for the key. */
  holds_entitlement: boolean;
}

/**
 * The other claims of the same person, family, occupation and level that are pending, approved or paid, region-wide:
 * what a reviewer must see before approving (only one of them can be). No personal data: ids, states and places.
 */
export async function collisionsOf(db: Knex, claim: Row): Promise<{ key: EntitlementKey | null; holder: number | null; claims: Collision[] }> {
  const key = await entitlementKey(db, claim);
  if (!key) return { key: null, holder: null, claims: [] };
  const types = Object.entries(FAMILY).filter(([, f]) => f === key.family).map(([t]) => t);
  const rows = await db('claims')
    .leftJoin('programs', 'programs.id', 'claims.program_id')
    .leftJoin('certificates', 'certificates.id', 'claims.certificate_id')
    .where('claims.worker_id', key.worker_id).whereNot('claims.id', Number(claim.id))
    .whereIn('claims.type', types).whereIn('claims.state', ['submitted', 'under_review', 'approved', 'paid'])
    .where((q) => q
      .where((p) => p.where('programs.occupation_code', key.occupation_code).where('programs.level', key.level))
      .orWhere((c) => c.whereNull('claims.program_id').where('certificates.occupation_code', key.occupation_code).where('certificates.level', key.level)))
    .orderBy('claims.id').select('claims.id');
  const held = await db('entitlements').where(key).first('claim_id');
  const holder = held ? Number(held.claim_id) : null;
  const claims: Collision[] = [];
  for (const r of rows) {
    const d = await describeClaim(db, Number(r.id));
    if (d) claims.push({ id: d.id, type: d.type, state: d.state, state_label: d.state_label, region_code: d.region_code, region_name: d.region_name, holds_entitlement: holder === d.id });
  }
  return { key, holder, claims };
}
