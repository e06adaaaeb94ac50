// compileRuleSet: compiles rules once into a synchronous evaluator faithful to engine.run().
import type { RuleProperties } from 'json-rules-engine';
import type { OperatorDefinition } from '../../plugins/contract.js';
import { conditionKind } from './condition.js';
import type { CompileContext } from './context.js';
import { RuleCompileError, pointerToken } from './errors.js';
import type { EvalState } from './node.js';
import { operatorRegistry } from './operators.js';
import { realize } from './reference.js';
import { compileRule, type CompiledRule } from './rule.js';
import { isPlainObject } from './shape.js';
import type { CompileOptions, CompiledRuleSet, RuleEvent, RuleOutcome, RuleSetResult, RuleSetTrace } from './types.js';

/**
 * Compiles a json-rules-engine rule set against exactly the given operators (the compiler
 * knows none of its own; json-rules-engine's six decorators are understood). Throws a
 * `RuleCompileError` naming the rule and the JSON pointer of the first problem.
 *
 * @example
 * const ruleSet = compileRuleSet(rules, coreOperators.operators ?? []);
 * const { rules: outcomes, events } = ruleSet.evaluate({ age: 45, idCard: { valid: true } });
 */
export function compileRuleSet(rules: readonly RuleProperties[], operators: readonly OperatorDefinition[], options: CompileOptions = {}): CompiledRuleSet {
  if (!Array.isArray(rules)) throw new RuleCompileError('rule set', '/rules', 'rules must be an array');
  const ctx: CompileContext = { registry: operatorRegistry(operators), named: sharedConditions(options.conditions), resolving: [], leaves: { count: 0 } };
  // every shared condition compiles, used or not, so that a publish step sees all errors
  for (const name of ctx.named.keys()) realize({ condition: name }, { owner: `shared condition "${name}"`, pointer: `/conditions/${pointerToken(name)}` }, ctx, {});
  // a shared condition's leaves are compiled once per reference: their slots would not follow the rules as written
  const traceable = ctx.named.size === 0;
  const leafStarts: number[] = [];
  const compiled = rules.map((r, i) => {
    leafStarts.push(ctx.leaves.count);
    return compileRule(r, i, ctx);
  });
  leafStarts.push(ctx.leaves.count);
  const batches = ruleBatches(compiled);
  // rule indexes in the order `evaluate` runs them, so that a throwing operator throws the same error first
  const order = batches.flat().map((rule) => compiled.indexOf(rule));
  return {
    evaluate: (facts) => evaluate(batches, facts),
    test: (facts) => test(compiled, facts, null),
    ...(traceable ? { trace: (facts: Record<string, unknown>) => trace(compiled, order, facts, ctx.leaves.count), leafStarts } : {}),
  };
}

function sharedConditions(conditions: unknown): Map<string, Record<string, unknown>> {
  const named = new Map<string, Record<string, unknown>>();
  if (conditions === undefined) return named;
  if (!isPlainObject(conditions)) throw new RuleCompileError('rule set', '/conditions', 'shared conditions must be an object { name: condition }');
  for (const [name, def] of Object.entries(conditions)) {
    const site = { owner: `shared condition "${name}"`, pointer: `/conditions/${pointerToken(name)}` };
    if (name === '') throw new RuleCompileError(site.owner, site.pointer, 'a shared condition needs a name');
    if (conditionKind(def, site) === 'leaf') throw new RuleCompileError(site.owner, site.pointer, 'a shared condition must have "all", "any", "not" or "condition" at its root');
    named.set(name, def as Record<string, unknown>);
  }
  return named;
}

/** Rules grouped by priority, highest first, written order within a batch (Engine.prioritizeRules). */
function ruleBatches(rules: CompiledRule[]): CompiledRule[][] {
  const byPriority = new Map<number, CompiledRule[]>();
  for (const rule of rules) {
    const batch = byPriority.get(rule.priority);
    if (batch) batch.push(rule);
    else byPriority.set(rule.priority, [rule]);
  }
  return [...byPriority.keys()].sort((a, b) => b - a).map((p) => byPriority.get(p)!);
}

/** Each rule's raw result in written order; throws where `evaluate` throws. */
function test(rules: CompiledRule[], snapshot: Record<string, unknown> | null | undefined, rec: unknown[] | null): unknown[] {
  const facts = snapshot ?? {};
  if (Object.hasOwn(facts, '')) throw new Error('factId required');
  const st: EvalState = { facts, v: undefined, t: 0, rec };
  const out = new Array<unknown>(rules.length);
  for (let i = 0; i < rules.length; i++) out[i] = rules[i].test(st);
  return out;
}

function trace(rules: CompiledRule[], order: number[], snapshot: Record<string, unknown> | null | undefined, leaves: number): RuleSetTrace {
  const facts = snapshot ?? {};
  if (Object.hasOwn(facts, '')) throw new Error('factId required');
  const rec = new Array<unknown>(leaves * 4);
  const st: EvalState = { facts, v: undefined, t: 0, rec };
  const results = new Array<unknown>(rules.length);
  for (let k = 0; k < order.length; k++) results[order[k]] = rules[order[k]].test(st);
  return { results, leaves: rec };
}

function evaluate(batches: CompiledRule[][], snapshot: Record<string, unknown> | null | undefined): RuleSetResult {
  const facts = snapshot ?? {};
  // the engine turns every key into a Fact, and a Fact with an empty id throws
  if (Object.hasOwn(facts, '')) throw new Error('factId required');
  const st: EvalState = { facts, v: undefined, t: 0, rec: null };
  const outcomes: RuleOutcome[] = [];
  for (let b = 0; b < batches.length; b++) {
    const batch = batches[b];
    if (batch.length === 1) {
      outcomes.push(batch[0].run(st));
      continue;
    }
    // a batch runs concurrently in the engine and its results are added as each rule's
    // promise settles: by settling level, then written order (stable insertion sort)
    const start = outcomes.length;
    const levels: number[] = [];
    for (let i = 0; i < batch.length; i++) {
      const outcome = batch[i].run(st);
      const level = st.t;
      let j = i;
      while (j > 0 && levels[j - 1] > level) {
        levels[j] = levels[j - 1];
        outcomes[start + j] = outcomes[start + j - 1];
        j--;
      }
      levels[j] = level;
      outcomes[start + j] = outcome;
    }
  }
  const events: RuleEvent[] = [];
  const failureEvents: RuleEvent[] = [];
  for (const o of outcomes) (o.result ? events : failureEvents).push(o.event);
  return { rules: outcomes, events, failureEvents };
}
