// Runs a prepared rule set on a snapshot: the outcome, the amount and every rule explained (pure, no database).
import type { RuleOutcome } from '../compiler/index.js';
import type { PreparedRuleSet } from './prepare.js';
import type { AmountExplanation, Outcome, RuleExplanation } from './types.js';
import { amountExplainer, amountFen, type AmountExplainer } from './amount.js';
import { explainConditions } from './explain.js';
import { fillPlaceholders } from './format.js';
import type { Labels } from './labels.js';
import { compileExplainers, explainTrace, type RuleExplainer } from './explainer.js';

export interface Verdict {
  outcome: Outcome;
  amount_fen: number;
  amount: AmountExplanation | null;
  reasons: string[];
  rules: RuleExplanation[];
}

export interface QuickVerdict {
  outcome: Outcome;
  amount_fen: number;
  /** Rule id → passed, in written order. */
  passed: Record<string, boolean>;
}

/** Outcomes by rule id (the engine reports them in settling order; decisions list them as written). */
function byId(results: RuleOutcome[]): Map<unknown, RuleOutcome> {
  const map = new Map<unknown, RuleOutcome>();
  for (const r of results) map.set(r.event.type, r);
  return map;
}

/**
 * `amount_fen` is the computed amount when the outcome is eligible or needs_review (the reviewer
 * sees what approving would pay), and 0 when ineligible; `amount.computed_fen` always holds it.
 */
export function judge(prepared: PreparedRuleSet, snapshot: Record<string, unknown>, labels: Labels): Verdict {
  const explainers = explainersOf(prepared, labels);
  const rules = explainers.rules ? explainTrace(explainers.rules, prepared.compiled.trace!(snapshot), snapshot) : explainShapes(prepared, snapshot, labels);
  return verdictFrom(explainers.amount, snapshot, rules);
}

interface Explainers {
  /** Null when the rule set cannot be traced (shared conditions). */
  rules: RuleExplainer[] | null;
  amount: AmountExplainer | null;
}

/** Explainers by rule set and labels, compiled on first use. */
const compiledExplainers = new WeakMap<PreparedRuleSet, WeakMap<Labels, Explainers>>();

/** The last rule set and labels asked for, in front of the two WeakMap look-ups (a dry-run or a bench asks for the same ones many times in a row). */
let last: { prepared: PreparedRuleSet; labels: Labels; explainers: Explainers } | null = null;

function explainersOf(prepared: PreparedRuleSet, labels: Labels): Explainers {
  if (last !== null && last.prepared === prepared && last.labels === labels) return last.explainers;
  const explainers = lookUp(prepared, labels);
  last = { prepared, labels, explainers };
  return explainers;
}

function lookUp(prepared: PreparedRuleSet, labels: Labels): Explainers {
  let byLabels = compiledExplainers.get(prepared);
  if (!byLabels) compiledExplainers.set(prepared, (byLabels = new WeakMap()));
  let hit = byLabels.get(labels);
  if (hit === undefined) {
    hit = { rules: compileExplainers(prepared, labels), amount: prepared.body.amount ? amountExplainer(prepared.body.amount, labels) : null };
    byLabels.set(labels, hit);
  }
  return hit;
}

/**
 * Every rule explained from the engine's result shape: the reference the compiled explainers
 * are tested against, and the way for rule sets that cannot be traced (shared conditions).
 */
export function explainShapes(prepared: PreparedRuleSet, snapshot: Record<string, unknown>, labels: Labels): RuleExplanation[] {
  const results = byId(prepared.compiled.evaluate(snapshot).rules);
  return prepared.rules.map((rule) => {
    const r = results.get(rule.id)!;
    const passed = Boolean(r.result);
    const params = rule.event.params;
    const message = passed
      ? params.pass_message ? fillPlaceholders(params.pass_message, snapshot) : `符合“${rule.name}”`
      : fillPlaceholders(params.message, snapshot);
    return {
      id: rule.id, name: rule.name, basis: rule.basis, mandatory: rule.mandatory === true, source_node: prepared.sources[rule.id]?.node ?? null,
      passed, on_fail: params.on_fail, message, conditions: explainConditions(r.conditions, snapshot, labels),
    };
  });
}

/** The outcome, amount and reasons of explained rules. */
export function verdictOf(prepared: PreparedRuleSet, snapshot: Record<string, unknown>, labels: Labels, rules: RuleExplanation[]): Verdict {
  return verdictFrom(prepared.body.amount ? amountExplainer(prepared.body.amount, labels) : null, snapshot, rules);
}

/** Any failed `ineligible` rule → ineligible; else any other failed rule → needs_review; else eligible. */
function verdictFrom(explainAmount: AmountExplainer | null, snapshot: Record<string, unknown>, rules: RuleExplanation[]): Verdict {
  // the failed rules' messages, ineligible ones first, each group in written order
  const reasons: string[] = [];
  const review: string[] = [];
  for (const r of rules) if (!r.passed) (r.on_fail === 'ineligible' ? reasons : review).push(r.message);
  const outcome: Outcome = reasons.length > 0 ? 'ineligible' : review.length > 0 ? 'needs_review' : 'eligible';
  for (const m of review) reasons.push(m);
  const amount = explainAmount ? explainAmount(snapshot) : null;
  if (amount && outcome === 'ineligible') amount.formula += '；不符合条件，核定金额为 0 元';
  return { outcome, amount_fen: outcome === 'ineligible' ? 0 : amount?.computed_fen ?? 0, amount, reasons, rules };
}

/** The same outcome and amount without explanations (the compiler's fast path): for dry-runs over many stored snapshots. */
export function quickJudge(prepared: PreparedRuleSet, snapshot: Record<string, unknown>): QuickVerdict {
  const results = prepared.compiled.test(snapshot);
  const passed: Record<string, boolean> = {};
  let ineligible = false;
  let review = false;
  for (let i = 0; i < prepared.rules.length; i++) {
    const rule = prepared.rules[i];
    const ok = Boolean(results[i]);
    passed[rule.id] = ok;
    if (!ok) {
      if (rule.event.params.on_fail === 'ineligible') ineligible = true;
      else review = true;
    }
  }
  const outcome: Outcome = ineligible ? 'ineligible' : review ? 'needs_review' : 'eligible';
  const amount = outcome !== 'ineligible' && prepared.body.amount ? amountFen(prepared.body.amount, snapshot) : 0;
  return { outcome, amount_fen: amount, passed };
}
