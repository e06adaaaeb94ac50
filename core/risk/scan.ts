// The risk scan: runs every loaded risk check over a node's subtree and files what they find; and the claim → open cases lookup.
import type { Knex } from 'knex';
import type { RiskScanContext, Severity } from '../plugins/contract.js';
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';
import { badRequest } from '../http/errors.js';
import { ACTIVE_STATUSES } from './cases.js';
import { fileHits } from './store.js';

export interface ScanOptions {
  /** The node whose subtree is scanned. */
  regionCode: string;
  /** At submission: only findings that involve these claims are filed, wherever in the region they lead. */
  claimIds?: number[];
  /** Called after each check (a scan run as a job shows its progress). */
  onCheck?: (done: number, total: number) => Promise<void>;
}

export interface CheckSummary {
  check_id: string;
  title: string;
  severity: Severity;
  hits: number;
  /** Cases created now. */
  new: number;
  /** Open or investigating cases found again. */
  existing: number;
  /** Resolved cases reopened because new claims appeared. */
  reopened: number;
  /** Resolved cases found again with nothing new: they stay resolved. */
  kept_resolved: number;
  case_ids: number[];
  ms: number;
  /** Set when the check failed; the other checks still ran. */
  error?: string;
}

export interface ScanSummary {
  region_code: string;
  claim_ids: number[] | null;
  scanned_at: string;
  checks: CheckSummary[];
  totals: { hits: number; new: number; existing: number; reopened: number; kept_resolved: number; errors: number };
  /** Every case the scan found (new, existing, reopened or kept). */
  case_ids: number[];
}

/**
 * Runs every risk check of the loaded plugins for the subtree of `regionCode` and upserts cases.
 *
 * @example
 * // At claim submission: file only what involves the new claim, then refuse if it is held.
 * await runRiskScan(services, ctx, { regionCode: claim.region_code, claimIds: [claim.id] });
 * const held = (await openCasesForClaims(services.db.knex, [claim.id])).get(claim.id);
 */
/** What a scan uses: the database, the plugins' risk checks, the audit trail, the log and today. */
export type RiskScanDeps = Pick<Services, 'db' | 'plugins' | 'audit' | 'log' | 'today'>;

export async function runRiskScan(services: RiskScanDeps, ctx: RequestContext, opts: ScanOptions): Promise<ScanSummary> {
  const { knex } = services.db;
  const node = await knex('regions').where({ id: opts.regionCode }).first('id', 'path');
  if (!node) throw badRequest(`行政区划 ${opts.regionCode} 不存在`, 'region_code');
  // With claims named, the claims are the scope: their class or colleague may sit in a neighbouring node.
  const scope = opts.claimIds ? `/${String(node.path).split('/').filter(Boolean)[0]}/` : node.path;
  const regionCodes = (await knex('regions').where('path', 'like', `${scope}%`).select('id')).map((r) => r.id as string);
  const claimIds = opts.claimIds ? [...new Set(opts.claimIds.map(Number))].sort((a, b) => a - b) : undefined;
  const scanCtx: RiskScanContext = { db: knex, regionCodes, claimIds, today: services.today() };
  const summary: ScanSummary = {
    region_code: node.id, claim_ids: claimIds ?? null, scanned_at: new Date().toISOString(), checks: [],
    totals: { hits: 0, new: 0, existing: 0, reopened: 0, kept_resolved: 0, errors: 0 }, case_ids: [],
  };
  for (const check of services.plugins.riskChecks.values()) {
    const started = Date.now();
    const line: CheckSummary = { check_id: check.id, title: check.title, severity: check.severity, hits: 0, new: 0, existing: 0, reopened: 0, kept_resolved: 0, case_ids: [], ms: 0 };
    try {
      let hits = await check.run(scanCtx);
      if (claimIds) hits = hits.filter((h) => h.claimIds?.some((id) => claimIds.includes(id)));
      const out = await fileHits(services, ctx, check, hits);
      Object.assign(line, {
        hits: hits.length, new: out.created.length, existing: out.existing.length, reopened: out.reopened.length, kept_resolved: out.kept.length,
        case_ids: [...out.created, ...out.existing, ...out.reopened, ...out.kept].sort((a, b) => a - b),
      });
    } catch (err) {
      // One broken check must not hide what the others find; the failure is in the summary and the log.
      line.error = (err as Error).message;
      summary.totals.errors++;
      services.log.error({ err, risk_check: check.id }, 'risk check failed');
    }
    line.ms = Date.now() - started;
    services.log.info({ risk_check: check.id, region: node.id, hits: line.hits, new: line.new, reopened: line.reopened, ms: line.ms }, 'risk check ran');
    summary.checks.push(line);
    for (const k of ['hits', 'new', 'existing', 'reopened', 'kept_resolved'] as const) summary.totals[k] += line[k];
    summary.case_ids.push(...line.case_ids);
    await opts.onCheck?.(summary.checks.length, services.plugins.riskChecks.size);
  }
  summary.case_ids.sort((a, b) => a - b);
  await services.audit.appendNow(knex, ctx, {
    action: 'risk_scan', resource: 'risk_cases',
    changes: { region_code: node.id, claim_ids: claimIds ?? null, totals: summary.totals, per_check: Object.fromEntries(summary.checks.map((c) => [c.check_id, c.error ? { error: c.error } : { hits: c.hits, new: c.new, reopened: c.reopened }])) },
  });
  return summary;
}

export interface HoldingCase {
  id: number;
  title: string;
}

/**
 * The open or investigating cases that hold each claim; claims held by none are absent from the map.
 * The claim workflow refuses approval and payment while a claim is held.
 *
 * @example
 * const held = await openCasesForClaims(knex, [41, 42]);
 * if (held.has(41)) throw conflict(holdMessage(held.get(41)!));
 */
export async function openCasesForClaims(knex: Knex | Knex.Transaction, claimIds: number[]): Promise<Map<number, HoldingCase[]>> {
  const out = new Map<number, HoldingCase[]>();
  const unique = [...new Set(claimIds.map(Number))];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await knex('risk_case_claims as l').join('risk_cases as c', 'c.id', 'l.case_id')
      .whereIn('l.claim_id', unique.slice(i, i + 500)).whereIn('c.status', ACTIVE_STATUSES)
      .select('l.claim_id', 'c.id', 'c.title').orderBy('c.id');
    for (const r of rows) {
      const claimId = Number(r.claim_id);
      out.set(claimId, [...(out.get(claimId) ?? []), { id: Number(r.id), title: r.title }]);
    }
  }
  return out;
}

/** The refusal a clerk reads: which cases hold the claim and what clears them. */
export function holdMessage(cases: HoldingCase[]): string {
  const named = cases.map((c) => `#${c.id}「${c.title}」`).join('、');
  return `该补贴申请被风险案件 ${named}暂停：案件排除风险或查实处理之前，不能审批或支付`;
}
