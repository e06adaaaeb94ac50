// compileRuleSet: compiles rules once into a synchronous evaluator faithful to engine.run().
import type { RuleProperties } from 'json-rules-engine';
import type { OperatorDefinition } from '../../plugins/contract.js';
import { conditionKind } from './condition.js';
import type { CompileContext } from './context.js';
import { RuleCompileError, pointerToken } from './errors.js';
import { operatorRegistry } from './operators.js';
import { realize } from './reference.js';
import { compileRule, type CompiledRule } from './rule.js';
import { isPlainObject } from './shape.js';
import { Emitter } from './emit.js';
import type { CompileOptions, CompiledRuleSet, RuleOutcome, RuleSetResult, RuleSetTrace } from './types.js';

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
  const { evaluate, test, trace } = generate(compiled, batches, order, ctx.leaves.count);
  return { evaluate, test, ...(traceable ? { trace, leafStarts } : {}) };
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

type Snapshot = Record<string, unknown> | null | undefined;

/**
 * The rule set's entry points as generated code that calls each rule's functions directly
 * (one call site per rule, which V8 can inline): `evaluate` runs the priority batches and
 * orders each batch's outcomes as the engine reports them; `test` gives each rule's raw result
 * in written order; `trace` runs in `evaluate`'s order (so a throwing operator throws the same
 * error first) and records the comparisons.
 */
function generate(rules: CompiledRule[], batches: CompiledRule[][], order: number[], leaves: number) {
  const e = new Emitter();
  const fn = (i: number, kind: 'run' | 'test' | 'trace') => e.constant(rules[i][kind]);
  // the levels of a batch being placed, and `st` a rule's level: each filled and read with no rule or operator running in between, so one per rule set serves every call
  const levels = e.constant(new Float64Array(Math.max(0, ...batches.map((b) => b.length))));
  // the engine turns every key into a Fact, and a Fact with an empty id throws
  const guard = `const facts = snapshot ?? {};\nif (hasOwn(facts, '')) throw new Error('factId required');\n`;
  let run = '';
  let at = 0;
  for (const batch of batches) {
    const indexes = batch.map((rule) => rules.indexOf(rule));
    if (indexes.length === 1) {
      run += `outs[${at}] = ${fn(indexes[0], 'run')}(facts, st);\n`;
    } else {
      // a batch runs concurrently in the engine and its results are added as each rule's
      // promise settles: by settling level, then written order. Levels are mostly in order already.
      const [o, l] = [indexes.map(() => e.name('o')), indexes.map(() => e.name('l'))];
      indexes.forEach((index, i) => (run += `const ${o[i]} = ${fn(index, 'run')}(facts, st), ${l[i]} = st.t;\n`));
      run += `${o.map((x, i) => `outs[${at + i}] = ${x};`).join(' ')}\n`;
      run += `if (!(${l.slice(1).map((x, i) => `${l[i]} <= ${x}`).join(' && ')})) { ${l.map((x, i) => `${levels}[${i}] = ${x};`).join(' ')} ${e.constant(placeByLevel)}(outs, ${at}, ${indexes.length}, ${levels}); }\n`;
    }
    at += indexes.length;
  }
  const written = rules.map((_, i) => `${fn(i, 'test')}(facts)`);
  const traced = order.map((i) => `results[${i}] = ${fn(i, 'trace')}(facts, rec);\n`).join('');
  return e.compile<{ evaluate(facts: Snapshot): RuleSetResult; test(facts: Snapshot): unknown[]; trace(facts: Snapshot): RuleSetTrace }>(`return {
    evaluate(snapshot) {
      ${guard}const st = ${e.constant({ t: 0 })};
      const outs = new Array(${rules.length});
      ${run}// both lists sized first, so that neither grows while it is filled
      let passed = 0;
      for (let i = 0; i < outs.length; i++) if (outs[i].result) passed++;
      const events = new Array(passed), failureEvents = new Array(outs.length - passed);
      for (let i = 0, p = 0, f = 0; i < outs.length; i++) { const o = outs[i]; if (o.result) events[p++] = o.event; else failureEvents[f++] = o.event; }
      return { rules: outs, events, failureEvents };
    },
    test(snapshot) {
      ${guard}return [${written.join(', ')}];
    },
    trace(snapshot) {
      ${guard}const rec = new Array(${leaves * 4});
      const results = new Array(${rules.length});
      ${traced}return { results, leaves: rec };
    },
  };`);
}

/** Orders `outs[start .. start + count)` by `levels` (the same positions from 0), then written order: a stable insertion sort in place. */
function placeByLevel(outs: RuleOutcome[], start: number, count: number, levels: Float64Array): void {
  for (let i = 1; i < count; i++) {
    const outcome = outs[start + i];
    const level = levels[i];
    let j = i;
    while (j > 0 && levels[j - 1] > level) {
      levels[j] = levels[j - 1];
      outs[start + j] = outs[start + j - 1];
      j--;
    }
    levels[j] = level;
    outs[start + j] = outcome;
  }
}
