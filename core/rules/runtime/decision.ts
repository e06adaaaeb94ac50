// Assembles the stored decision: verdict, rule-set chain, snapshot, waived materials, time and engine version.
import type { GuideBody } from '../../configs/kinds/guide.js';
import type { Origin } from '../../configs/merge.js';
import type { PreparedRuleSet } from './prepare.js';
import { judge } from './judge.js';
import type { Labels } from './labels.js';
import { ENGINE_VERSION, OUTCOME_LABELS, type ChainEntry, type Decision } from './types.js';
import { waivedMaterials } from './waivers.js';
import { asJson } from './read.js';

export interface DecisionInput {
  prepared: PreparedRuleSet;
  snapshot: Record<string, unknown>;
  labels: Labels;
  ruleset: { node: string; key: string; date: string; chain: ChainEntry[]; documents: ChainEntry[]; sources: Record<string, Origin> };
  guide: { body: GuideBody; chain: ChainEntry[]; documents: ChainEntry[] } | null;
  evaluatedAt: string;
}

/**
 * A decision is a pure function of its input, returned as JSON would read it back: the same
 * input gives the same JSON (replays rely on it).
 */
export function buildDecision(input: DecisionInput): Decision {
  const verdict = judge(input.prepared, input.snapshot, input.labels);
  return asJson<Decision>({
    outcome: verdict.outcome,
    outcome_label: OUTCOME_LABELS[verdict.outcome],
    amount_fen: verdict.amount_fen,
    amount: verdict.amount,
    reasons: verdict.reasons,
    ruleset: { ...input.ruleset, sources: input.ruleset.sources as Record<string, unknown> },
    guide: input.guide ? { chain: input.guide.chain, documents: input.guide.documents } : null,
    facts: input.snapshot,
    rules: verdict.rules,
    waived_materials: waivedMaterials(input.guide?.body ?? null, input.ruleset.key, input.snapshot),
    evaluated_at: input.evaluatedAt,
    engine_version: ENGINE_VERSION,
  });
}
