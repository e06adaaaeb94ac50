// Files the hits of one risk check as cases: idempotent by (check_id, key), claims linked, the amount held, every change audited.
import type { Knex } from 'knex';
import type { RiskCheckDefinition, RiskHit } from '../plugins/contract.js';
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';
import { ACTIVE_STATUSES, type RiskNote, type RiskStatus } from './cases.js';
import { transact } from '../db/transact.js';

export interface FileOutcome {
  /** Cases created by this scan. */
  created: number[];
  /** Open or investigating cases found again (evidence and claims refreshed). */
  existing: number[];
  /** Cleared or confirmed cases reopened because the finding now covers claims they did not. */
  reopened: number[];
  /** Cleared or confirmed cases found again with no new claim: they stay resolved. */
  kept: number[];
}

const UNPAID_EXCLUDED = ['paid', 'rejected'];

/** The money a set of claims still stands to pay: requested, or decided when decided; paid and rejected claims hold nothing. */
export async function heldFen(trx: Knex | Knex.Transaction, claimIds: number[]): Promise<number> {
  if (claimIds.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < claimIds.length; i += 500) {
    const row = await trx('claims').whereIn('id', claimIds.slice(i, i + 500)).whereNotIn('state', UNPAID_EXCLUDED)
      .first(trx.raw('coalesce(sum(coalesce(decided_fen, requested_fen)), 0) as s'));
    sum += Number(row?.s ?? 0);
  }
  return sum;
}

export const parseJson = <T>(v: unknown, fallback: T): T => (v === null || v === undefined ? fallback : typeof v === 'string' ? JSON.parse(v) : (v as T));
const union = (a: number[], b: number[] = []) => [...new Set([...a, ...b])].sort((x, y) => x - y);

/** A system note in the case's own words, attributed to whoever ran the scan. */
export function note(ctx: RequestContext, text: string): RiskNote {
  return { at: new Date().toISOString(), user_id: ctx.user?.id ?? null, username: ctx.user?.username ?? 'system', text };
}

function checkHits(check: RiskCheckDefinition, hits: RiskHit[], regions: Set<string>): void {
  const seen = new Set<string>();
  for (const h of hits) {
    if (!h.key || h.key.length > 191) throw new Error(`Risk check ${check.id} returned a key that is empty or longer than 191 characters: "${h.key}"`);
    if (seen.has(h.key)) throw new Error(`Risk check ${check.id} returned the key "${h.key}" twice`);
    if (!regions.has(h.regionCode)) throw new Error(`Risk check ${check.id} returned an unknown region code "${h.regionCode}" for key "${h.key}"`);
    seen.add(h.key);
  }
}

// Two scans filing the same new key: one hits the unique index, or (MySQL gap locks) is picked as a deadlock victim.
// transact() retries conflicts and lost nodes; a duplicate case means a scan running at the same time filed it first.
const RETRY = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/** Upserts the hits of one check in one transaction; a concurrent scan that inserts the same key first makes this one retry. */
export async function fileHits(services: Pick<Services, 'db' | 'audit'>, ctx: RequestContext, check: RiskCheckDefinition, hits: RiskHit[]): Promise<FileOutcome> {
  const { knex } = services.db;
  const regions = new Set((await knex('regions').whereIn('id', [...new Set(hits.map((h) => h.regionCode))]).select('id')).map((r) => r.id as string));
  checkHits(check, hits, regions);
  for (let attempt = 1; ; attempt++) {
    try {
      return await transact(knex, (trx) => upsert(services, ctx, trx, check, hits));
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (attempt < 5 && code && RETRY.has(code)) continue;
      throw err;
    }
  }
}

/** The stored columns of a risk case that filing a hit again reads (JSON columns as stored: text or parsed). */
interface StoredCase {
  id: number | string; key: string; status: RiskStatus; summary: string; evidence: string | null; resolution: string | null;
  claim_ids: unknown; worker_ids: unknown; notes: unknown; institution_id: number | null; version: number | string;
}

async function upsert(services: Pick<Services, 'db' | 'audit'>, ctx: RequestContext, trx: Knex.Transaction, check: RiskCheckDefinition, hits: RiskHit[]): Promise<FileOutcome> {
  const out: FileOutcome = { created: [], existing: [], reopened: [], kept: [] };
  const existing = new Map<string, StoredCase>();
  for (let i = 0; i < hits.length; i += 500) {
    const q = trx('risk_cases').where('check_id', check.id).whereIn('key', hits.slice(i, i + 500).map((h) => h.key));
    for (const row of (await (services.db.dialect === 'mysql' ? q.forUpdate() : q)) as StoredCase[]) existing.set(row.key, row);
  }
  const now = new Date().toISOString();
  const by = ctx.user?.id ?? null;
  for (const hit of hits) {
    const claimIds = union(hit.claimIds ?? []);
    const row = existing.get(hit.key);
    const evidence = JSON.stringify(hit.evidence ?? null);
    if (!row) {
      const [inserted] = await trx('risk_cases').insert({
        check_id: check.id, key: hit.key, region_code: hit.regionCode, severity: check.severity, title: check.title, summary: hit.summary,
        status: 'open', assignee_id: null, notes: '[]', evidence, claim_ids: JSON.stringify(claimIds), institution_id: hit.institutionId ?? null,
        worker_ids: JSON.stringify(union(hit.workerIds ?? [])), held_fen: await heldFen(trx, claimIds), found_at: now, last_seen_at: now,
        created_at: now, updated_at: now, created_by: by, updated_by: by, version: 1,
      });
      const id = Number(typeof inserted === 'object' ? (inserted as { id: number }).id : inserted);
      await link(trx, id, claimIds, now);
      await services.audit.append(trx, ctx, { action: 'create', resource: 'risk_cases', recordId: id, changes: { check_id: check.id, key: hit.key, summary: hit.summary, claim_ids: claimIds } });
      out.created.push(id);
      continue;
    }
    const id = Number(row.id);
    const had = parseJson<number[]>(row.claim_ids, []);
    const added = claimIds.filter((c) => !had.includes(c));
    const active = ACTIVE_STATUSES.includes(row.status);
    if (!active && added.length === 0) {
      // Resolved and nothing new at stake: the person who resolved it already judged this evidence.
      await trx('risk_cases').where({ id }).update({ last_seen_at: now });
      out.kept.push(id);
      continue;
    }
    const allClaims = union(had, claimIds);
    const patch: Record<string, unknown> = {
      summary: hit.summary, evidence, severity: check.severity, title: check.title, region_code: hit.regionCode,
      claim_ids: JSON.stringify(allClaims), worker_ids: JSON.stringify(union(parseJson<number[]>(row.worker_ids, []), hit.workerIds)),
      institution_id: hit.institutionId ?? row.institution_id, held_fen: await heldFen(trx, allClaims), last_seen_at: now,
    };
    if (!active) {
      const notes = parseJson<RiskNote[]>(row.notes, []);
      notes.push(note(ctx, `再次发现，新增补贴申请 ${added.map((c) => `#${c}`).join('、')}，案件重新打开。原结论（${row.status === 'cleared' ? '已排除' : '已查实'}）：${row.resolution ?? ''}`));
      Object.assign(patch, { status: 'open', resolved_at: null, resolved_by: null, resolution: null, notes: JSON.stringify(notes) });
    }
    const changed = !active || added.length > 0 || evidence !== row.evidence || hit.summary !== row.summary;
    if (changed) Object.assign(patch, { updated_at: now, updated_by: by, version: Number(row.version) + 1 });
    await trx('risk_cases').where({ id }).update(patch);
    await link(trx, id, added, now);
    if (!active) {
      await services.audit.append(trx, ctx, { action: 'risk_reopen', resource: 'risk_cases', recordId: id, changes: { status: [row.status, 'open'], added_claim_ids: added, previous_resolution: row.resolution } });
      out.reopened.push(id);
    } else {
      if (changed) await services.audit.append(trx, ctx, { action: 'update', resource: 'risk_cases', recordId: id, changes: { added_claim_ids: added, evidence_changed: evidence !== row.evidence } });
      out.existing.push(id);
    }
  }
  return out;
}

async function link(trx: Knex.Transaction, caseId: number, claimIds: number[], now: string): Promise<void> {
  for (let i = 0; i < claimIds.length; i += 500) {
    await trx('risk_case_claims').insert(claimIds.slice(i, i + 500).map((claimId) => ({ case_id: caseId, claim_id: claimId, linked_at: now }))).onConflict(['case_id', 'claim_id']).ignore();
  }
}
