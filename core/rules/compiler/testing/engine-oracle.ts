// Test support: runs json-rules-engine itself, configured as Steppe would, in the compiler's result form.
import { Engine, Operator, type RuleProperties, type RuleResult, type TopLevelCondition } from 'json-rules-engine';
import type { OperatorDefinition } from '../../../plugins/contract.js';
import type { RuleSetResult } from '../types.js';

const ENGINE_BUILT_INS = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];

/**
 * An Engine that knows exactly `operators` (its own built-ins removed first) and the default
 * decorators, with `allowUndefinedFacts: true`. Operators are added as `Operator` instances:
 * `engine.addOperator(name, cb, validator)` would silently drop the validator.
 */
export function oracleEngine(rules: readonly RuleProperties[], operators: readonly OperatorDefinition[], conditions: Record<string, TopLevelCondition> = {}): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const name of ENGINE_BUILT_INS) engine.removeOperator(name);
  for (const def of operators) engine.addOperator(new Operator(def.name, def.evaluate, def.validateFactValue));
  for (const [name, c] of Object.entries(conditions)) engine.setCondition(name, structuredClone(c));
  for (const rule of rules) engine.addRule(structuredClone(rule));
  return engine;
}

/** Own enumerable properties, recursively, `undefined` members dropped: JSON without toJSON(). */
export function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[key];
      if (x !== undefined) out[key] = plain(x);
    }
    return out;
  }
  return v;
}

/** `engine.run(facts)` reduced to what `CompiledRuleSet.evaluate` returns. */
export async function runOracle(engine: Engine, facts: Record<string, unknown>): Promise<RuleSetResult> {
  const run = await engine.run(facts);
  const results = (run.almanac as unknown as { getResults(): RuleResult[] }).getResults();
  return plain({
    rules: results.map((r) => ({ name: r.name, priority: r.priority, event: r.event, result: r.result, conditions: r.conditions })),
    events: run.events,
    failureEvents: run.failureEvents,
  }) as RuleSetResult;
}
