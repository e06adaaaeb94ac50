// Dry-run of a rule-set document over the stored decisions of its node's past claims: what would change, writing nothing.
import type { Knex } from 'knex';
import type { OperatorDefinition } from '../plugins/contract.js';
import { resolveFrom, type Candidate } from '../configs/resolve.js';
import { PreloadedSource } from './runtime/sources.js';
import { PARAMS_FACT, paramsFactFrom, type ParamsFact } from '../configs/params.js';
import { prepareRuleSet, type PreparedRuleSet } from './runtime/prepare.js';
import { quickJudge } from './runtime/judge.js';
import type { Outcome } from './runtime/types.js';

export interface DryRunOptions {
  from: string;
  to: string;
  /** How many changed claims to list (default 50, at most 1000). */
  limit?: number;
  /** For a parameters document: the claim type whose claims are re-decided (default training). */
  key?: string;
}

export interface DryRunSample {
  claim_id: number;
  region_code: string;
  claim_date: string;
  before: { outcome: Outcome; amount_fen: number };
  after: { outcome: Outcome; amount_fen: number };
  /** Rules whose result differs (null: the rule is not in that rule set). */
  changed_rules: Array<{ id: string; before: boolean | null; after: boolean | null }>;
}

export interface DryRunResult {
  node: string;
  key: string;
  from: string;
  to: string;
  /** Claims of the subtree with a stored decision dated in [from, to]. */
  evaluated: number;
  /** Of those, how many would get another outcome or amount. */
  changed: number;
  /** `"eligible→ineligible": 12` */
  outcome_changes: Record<string, number>;
  /** Sum over the evaluated claims of (new amount − stored amount), in fen. */
  amount_delta_fen: number;
  sample: DryRunSample[];
  /** Facts the document reads that some stored snapshots lack (those conditions saw no value): fact → claims. */
  missing_facts: Record<string, number>;
  elapsed_ms: number;
}

const BATCH = 5000;

/** `json_extract` is SQLite's, MySQL's, MariaDB's and TiDB's: only the snapshot leaves the database, not the explanations. */
function parseJson<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/**
 * Re-decides past claims with `candidate` standing in for its node's own document, from their
 * stored snapshots (no fact is gathered again: fast, and faithful to what was known then).
 * Each claim gets the rule set in force for its own region and date, the candidate merged in.
 * `scope` narrows the claims to what the caller may see.
 */
export async function dryRun(db: Knex, operators: readonly OperatorDefinition[], candidate: Candidate & { key: string }, opts: DryRunOptions, scope?: (qb: Knex.QueryBuilder) => void): Promise<DryRunResult> {
  const started = Date.now();
  const restore = await mappedReads(db);
  try {
    return { ...(await run(db, operators, candidate, opts, scope)), elapsed_ms: Date.now() - started };
  } finally {
    await restore();
  }
}

/**
 * On SQLite, reads the file through a memory map for the duration (stored decisions span
 * several overflow pages each: one read() per page otherwise, about half the run). The
 * connection's previous setting is restored after.
 */
async function mappedReads(db: Knex): Promise<() => Promise<void>> {
  if (db.client.config.client !== 'better-sqlite3') return async () => {};
  const before = Number(((await db.raw('PRAGMA mmap_size')) as Array<{ mmap_size: number }>)[0]?.mmap_size ?? 0);
  await db.raw('PRAGMA mmap_size = 2147418112');
  return async () => { await db.raw(`PRAGMA mmap_size = ${before}`); };
}

async function run(db: Knex, operators: readonly OperatorDefinition[], draft: Candidate & { key: string }, opts: DryRunOptions, scope?: (qb: Knex.QueryBuilder) => void): Promise<DryRunResult> {
  const limit = Math.min(Math.max(opts.limit ?? 50, 0), 1000);
  const regions = await db('regions').select('id', 'name', 'parent_id', 'path');
  const node = regions.find((r) => r.id === draft.node);
  // A parameters draft re-decides one claim type's claims with the published rule sets and the draft's values.
  const ownParams = draft.kind === 'param' ? draft : undefined;
  const ownRuleset = draft.kind === 'ruleset' ? draft : undefined;
  const isParams = ownParams !== undefined;
  const candidate = { node: draft.node, key: isParams ? opts.key ?? 'training' : draft.key };
  const load = async (kind: string, key: string) => (await db('configs').where({ kind, key, state: 'published' })).map((r) => ({
    node: r.node_code, config_id: Number(r.id), version: Number(r.doc_version), mode: r.mode, title: r.title,
    effective_from: r.effective_from, effective_to: r.effective_to ?? null, body: parseJson(r.body),
  }));
  const tree = regions.map((r) => ({ id: r.id, name: r.name, parent: r.parent_id }));
  const source = new PreloadedSource(tree, await load('ruleset', candidate.key));
  const paramSource = new PreloadedSource(tree, await load('param', 'default'));
  const paramsByRegionDate = new Map<string, Promise<ParamsFact>>();
  // Parameters are configuration, not evidence: each claim gets the values in force for its region and date (the draft's, for a parameters draft).
  const paramsFor = (region: string, date: string) => {
    const rd = `${region}|${date}`;
    let hit = paramsByRegionDate.get(rd);
    if (!hit) {
      if (paramsByRegionDate.size > 200_000) paramsByRegionDate.clear();
      paramsByRegionDate.set(rd, (hit = paramsFactFrom(paramSource, region, date, ownParams)));
    }
    return hit;
  };
  const result: DryRunResult = {
    node: candidate.node, key: candidate.key, from: opts.from, to: opts.to, evaluated: 0, changed: 0,
    outcome_changes: {}, amount_delta_fen: 0, sample: [], missing_facts: {}, elapsed_ms: 0,
  };
  if (!node) return result;

  // The rule set of a (region, date): keyed by the documents in force on each ancestor, so
  // that the thousands of dates of a period share the few distinct rule sets.
  const byDocs = new Map<string, Promise<PreparedRuleSet | null>>();
  const byRegionDate = new Map<string, Promise<PreparedRuleSet | null>>();
  const rulesetFor = (region: string, date: string) => {
    const rd = `${region}|${date}`;
    let hit = byRegionDate.get(rd);
    if (!hit) {
      const key = source.ancestorsNow(region).map((a) => (a.id === candidate.node && !isParams ? 'draft' : source.docNow(a.id, date)?.config_id ?? '-')).join(',');
      hit = byDocs.get(key);
      if (!hit) {
        hit = resolveFrom(source, region, 'ruleset', candidate.key, date, ownRuleset).then((doc) => (doc ? prepareRuleSet(doc.body, doc.sources, operators) : null));
        byDocs.set(key, hit);
      }
      if (byRegionDate.size > 200_000) byRegionDate.clear();
      byRegionDate.set(rd, hit);
    }
    return hit;
  };

  const sampled: Array<{ sample: DryRunSample; after: Record<string, boolean> }> = [];
  const inScope = (q: Knex.QueryBuilder) => {
    q.whereIn('claims.region_code', db('regions').select('id').where('path', 'like', `${node.path}%`))
      .where('claims.type', candidate.key).whereNotNull('claims.decision')
      .where('claims.claim_date', '>=', opts.from).where('claims.claim_date', '<=', opts.to);
    scope?.(q);
    return q;
  };
  // Ids first (an index-only filter), then the snapshots by primary-key ranges: a keyset page with
  // ORDER BY … LIMIT would let the database extract the JSON of every matching row for each page.
  const ids: number[] = (await inScope(db('claims').select('claims.id').orderBy('claims.id'))).map((r: { id: number }) => Number(r.id));
  for (let i = 0; i < ids.length; i += BATCH) {
    const first = ids[i];
    const last = ids[Math.min(i + BATCH, ids.length) - 1];
    const rows = await inScope(db('claims').where('claims.id', '>=', first).where('claims.id', '<=', last)
      .select('claims.id', 'claims.region_code', 'claims.claim_date', 'claims.outcome',
        db.raw("json_extract(claims.decision, '$.facts') as facts"), db.raw("json_extract(claims.decision, '$.amount_fen') as amount_fen")));
    for (const row of rows) {
      const prepared = await rulesetFor(row.region_code, row.claim_date);
      if (!prepared) continue;
      const facts = parseJson<Record<string, unknown> | null>(row.facts) ?? {};
      if (prepared.facts.includes(PARAMS_FACT)) facts[PARAMS_FACT] = await paramsFor(row.region_code, row.claim_date);
      for (const f of prepared.facts) if (!Object.hasOwn(facts, f)) result.missing_facts[f] = (result.missing_facts[f] ?? 0) + 1;
      const after = quickJudge(prepared, facts);
      const before = { outcome: row.outcome as Outcome, amount_fen: Number(parseJson<unknown>(row.amount_fen) ?? 0) };
      result.evaluated++;
      result.amount_delta_fen += after.amount_fen - before.amount_fen;
      if (after.outcome === before.outcome && after.amount_fen === before.amount_fen) continue;
      result.changed++;
      if (after.outcome !== before.outcome) {
        const k = `${before.outcome}→${after.outcome}`;
        result.outcome_changes[k] = (result.outcome_changes[k] ?? 0) + 1;
      }
      if (sampled.length < limit) {
        sampled.push({
          sample: { claim_id: Number(row.id), region_code: row.region_code, claim_date: row.claim_date, before, after: { outcome: after.outcome, amount_fen: after.amount_fen }, changed_rules: [] },
          after: after.passed,
        });
      }
    }
  }
  // The stored rule results only for the listed claims: the bulk of a decision never leaves the database.
  if (sampled.length > 0) {
    const stored = await db('claims').whereIn('id', sampled.map((s) => s.sample.claim_id)).select('id', db.raw("json_extract(decision, '$.rules') as rules"));
    const rulesOf = new Map(stored.map((r) => [Number(r.id), parseJson<Array<{ id: string; passed: boolean }> | null>(r.rules) ?? []]));
    for (const s of sampled) {
      const before = new Map((rulesOf.get(s.sample.claim_id) ?? []).map((r) => [r.id, r.passed]));
      for (const id of new Set([...before.keys(), ...Object.keys(s.after)])) {
        const b = before.has(id) ? before.get(id)! : null;
        const a = Object.hasOwn(s.after, id) ? s.after[id] : null;
        if (a !== b) s.sample.changed_rules.push({ id, before: b, after: a });
      }
      result.sample.push(s.sample);
    }
  }
  return result;
}
