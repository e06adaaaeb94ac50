// Replays a stored decision from the exact document versions and the stored snapshot, without today's facts.
import type { Knex } from 'knex';
import { ApiError } from '../../http/errors.js';
import { buildDecision } from './decision.js';
import { jsonDifferences, type Difference } from './diff.js';
import type { Labels } from './labels.js';
import { chainKey, type RuleSetCache } from './prepare.js';
import { resolvePinned } from './resolve.js';
import type { Decision } from './types.js';

export interface ReplayReport {
  /** True when the replayed decision equals the stored one in every field but `evaluated_at`. */
  identical: boolean;
  stored: Decision;
  replayed: Decision;
  /** Where they differ (JSON pointers), at most 50. */
  differences: Difference[];
}

/**
 * The decision `stored` gives when computed again from its own inputs: the documents it
 * recorded (by id; published documents never change) and its fact snapshot. `evaluated_at` is kept.
 */
export async function replayDecision(db: Knex | Knex.Transaction, cache: RuleSetCache, labels: Labels, stored: Decision): Promise<Decision> {
  const r = stored?.ruleset;
  if (!r?.documents?.length || !stored.facts) throw new ApiError(409, '已存决定缺少规则集版本或事实快照，无法重放');
  const ruleset = await resolvePinned(db, r.documents, r.node, 'ruleset', r.key, r.date);
  if (!ruleset) throw new ApiError(409, '已存决定所用的规则集文档无法再合并，无法重放');
  const prepared = cache.get(chainKey('ruleset', r.key, r.documents), ruleset.doc.body, ruleset.doc.sources);
  const guide = stored.guide?.documents?.length ? await resolvePinned(db, stored.guide.documents, r.node, 'guide', 'default', r.date) : null;
  return buildDecision({
    prepared, snapshot: stored.facts, labels,
    ruleset: { node: r.node, key: r.key, date: r.date, chain: ruleset.chain, documents: r.documents, sources: ruleset.doc.sources },
    guide: guide ? { body: guide.doc.body, chain: guide.chain, documents: guide.documents } : null,
    evaluatedAt: stored.evaluated_at,
  });
}

export async function replayReport(db: Knex | Knex.Transaction, cache: RuleSetCache, labels: Labels, stored: Decision): Promise<ReplayReport> {
  const replayed = await replayDecision(db, cache, labels, stored);
  const differences = jsonDifferences(stored, replayed, ['evaluated_at']);
  return { identical: differences.length === 0, stored, replayed, differences };
}
