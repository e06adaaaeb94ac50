// Oracle test: compiled rule sets must give exactly what json-rules-engine's engine.run() gives.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Engine, RuleProperties, TopLevelCondition } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import coreOperators from '../../../plugins/core-operators/index.js';
import { compileRuleSet, type CompiledRuleSet, type RuleSetResult } from './index.js';
import { claimFacts } from './testing/claim-facts.js';
import { oracleEngine, runOracle } from './testing/engine-oracle.js';
import { oddOperators, prng, randomFacts, randomRuleSet } from './testing/random-rules.js';

const operators = [...coreOperators.operators!, ...oddOperators];

interface Tally {
  runs: number;
  errors: number;
  /** both threw, but not the same error */
  otherError: number;
  /** runs where rules of one priority were reported in another order than written */
  reordered: number;
  /** comparisons left unevaluated by a short-circuit */
  skippedLeaves: number;
}

const tally = (): Tally => ({ runs: 0, errors: 0, otherError: 0, reordered: 0, skippedLeaves: 0 });

/** Runs both on one snapshot and fails with everything needed to reproduce. */
async function agree(engine: Engine, compiled: CompiledRuleSet, rules: readonly RuleProperties[], facts: Record<string, unknown>, t: Tally, describeCase: () => unknown): Promise<void> {
  t.runs++;
  let expected: RuleSetResult | undefined;
  let expectedError: unknown;
  let actual: RuleSetResult | undefined;
  let actualError: unknown;
  try {
    expected = await runOracle(engine, facts);
  } catch (e) {
    expectedError = e;
    // a rejected run keeps going in the background and finally sets engine.status to
    // FINISHED; a run started meanwhile would skip its remaining priority batches
    await new Promise((resolve) => setImmediate(resolve));
  }
  try {
    actual = compiled.evaluate(facts);
  } catch (e) {
    actualError = e;
  }
  // the fast path: each rule's result in written order, or an error where evaluate has one
  let fast: unknown[] | undefined;
  let fastError: unknown;
  try {
    fast = compiled.test(facts);
  } catch (e) {
    fastError = e;
  }
  expect(fastError === undefined, JSON.stringify({ case: describeCase(), facts })).toBe(actualError === undefined);
  if (expectedError !== undefined || actualError !== undefined) {
    t.errors++;
    const context = JSON.stringify({ case: describeCase(), facts, expectedError: String(expectedError), actualError: String(actualError) });
    expect(actualError, context).toBeInstanceOf(Error);
    expect(expectedError, context).toBeInstanceOf(Error);
    // when several conditions would throw, the engine rejects with whichever settles first
    // in its concurrent promise graph, the compiled evaluator with the first in written order
    if ((actualError as Error).message !== (expectedError as Error).message) t.otherError++;
    return;
  }
  if (!isDeepStrictEqual(actual, expected)) {
    expect(actual, JSON.stringify({ case: describeCase(), facts }, null, 1)).toStrictEqual(expected);
  }
  const written = rules.map((rule) => actual!.rules.find((o) => o.event.type === (rule.event as { type: unknown }).type)!.result);
  expect(fast, JSON.stringify({ case: describeCase(), facts })).toStrictEqual(written);
  const order = actual!.rules.map((r) => ({ priority: r.priority, index: Number(String(r.event.type).split('-')[1]) }));
  if (order.some((o, i) => i > 0 && o.priority === order[i - 1].priority && o.index < order[i - 1].index)) t.reordered++;
  for (const rule of actual!.rules) t.skippedLeaves += unevaluatedLeaves(rule.conditions);
}

function unevaluatedLeaves(c: unknown): number {
  if (Array.isArray(c)) return c.reduce((n: number, x) => n + unevaluatedLeaves(x), 0);
  if (c === null || typeof c !== 'object') return 0;
  const node = c as Record<string, unknown>;
  if ('fact' in node) return 'result' in node ? 0 : 1;
  return unevaluatedLeaves(node.all ?? node.any ?? node.not);
}

describe('compiled rule sets agree with json-rules-engine', () => {
  it('the benchmark rule set over 1,000 claim snapshots', async () => {
    const rules = JSON.parse(readFileSync(new URL('../../../bench/fixtures/ruleset-10.json', import.meta.url), 'utf8')) as RuleProperties[];
    const engine = oracleEngine(rules, operators);
    const compiled = compileRuleSet(rules, operators);
    const r = prng(20240301);
    const t = tally();
    for (let i = 0; i < 1000; i++) await agree(engine, compiled, rules, claimFacts(r), t, () => 'ruleset-10');
    expect(t.errors).toBe(0);
  });

  it('hand-written edge cases', async () => {
    const conditions = {
      adult: { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 18 }, { fact: 'age', operator: 'lessThan', value: 200 }], priority: 4, name: '成年' },
      chained: { condition: 'adult', priority: 2, note: 'kept' },
    } as unknown as Record<string, TopLevelCondition>;
    const rules = [
      { name: 'empty-any', conditions: { any: [] }, event: { type: 'edge-0' } },
      { name: 'empty-all', conditions: { all: [] }, event: { type: 'edge-1' } },
      { name: 'single-raw', conditions: { all: [{ fact: 'age', operator: 'raw', value: 1 }] }, event: { type: 'edge-2' } },
      { name: 'root-not', conditions: { not: { fact: 'age', operator: 'greaterThan', value: 18 } }, event: { type: 'edge-3' } },
      { name: 'root-ref', conditions: { condition: 'chained' }, event: { type: 'edge-4' } },
      { name: 'path', conditions: { all: [{ fact: 'person', path: '$.age', operator: 'greaterThan', value: 18 }] }, event: { type: 'edge-5' } },
      { name: 'priorities', conditions: { any: [{ fact: 'age', operator: 'equal', value: 30, priority: 5 }, { fact: 'age', operator: 'lessThan', value: 100 }, { condition: 'adult', priority: 5, name: 'ref' }] }, event: { type: 'edge-6', params: { amount: 100 } } },
      { name: 'decorated', conditions: { all: [{ fact: 'tags', operator: 'not:someFact:equal', value: 'b' }, { fact: 'age', operator: 'swap:contains', value: [18, 30] }, { fact: 'age', operator: 'everyValue:greaterThan', value: [1, 2] }] }, event: { type: 'edge-7' } },
      { name: 'value-refs', priority: 2, conditions: { all: [{ fact: 'age', operator: 'equal', value: { fact: 'person', path: '$.age', params: { x: 1 } } }, { fact: 'nothing', path: '$.x', operator: 'equal', value: { fact: 'nothing' } }] }, event: { type: 'edge-8' } },
      { name: 'strings', priority: 2, conditions: { any: [{ fact: 'person', path: '$.name.length', operator: 'equal', value: 2 }, { fact: 'person', path: '$.name[0]', operator: 'equal', value: '张' }, { fact: 'age', path: '$.anything', operator: 'equal', value: 30 }] }, event: { type: 'edge-9' } },
      { name: 0, priority: 2, conditions: { not: { not: { any: [{ fact: 'constructor', operator: 'equal', value: null }, { fact: 'toString', operator: 'equal', value: null }] } } }, event: { type: 'edge-10', params: 0 } },
    ] as unknown as RuleProperties[];
    const engine = oracleEngine(rules, operators, conditions);
    const compiled = compileRuleSet(rules, operators, { conditions });
    const r = prng(7);
    const t = tally();
    const fixed: Record<string, unknown>[] = [{}, { '': 1, age: 30 }, { age: 30 }, { age: 17, person: { age: 17, name: '张三' } }, { age: '18', tags: ['a', 'b'] }, { age: 30, person: { age: 30 }, constructor: null }, { age: null, person: null, toString: null }];
    for (const facts of fixed) await agree(engine, compiled, rules, facts, t, () => 'edge');
    for (let i = 0; i < 300; i++) await agree(engine, compiled, rules, { ...randomFacts(r), age: r.pick([17, 18, 30, 45, '30', null]) }, t, () => 'edge');
    expect(t.errors).toBe(1); // the empty fact id
    expect(t.reordered).toBeGreaterThan(0);
  });

  it('random rule sets: nested all/any/not, priorities, references, paths, decorators, missing facts', async () => {
    const t = tally();
    for (let set = 0; set < 250; set++) {
      const seed = 1000 + set;
      const r = prng(seed);
      const { rules, conditions } = randomRuleSet(r);
      const engine = oracleEngine(rules, operators, conditions);
      const compiled = compileRuleSet(rules, operators, { conditions });
      for (let i = 0; i < 40; i++) await agree(engine, compiled, rules, randomFacts(r), t, () => ({ seed, rules, conditions }));
    }
    console.info('random rule sets:', t);
    expect(t.runs).toBeGreaterThanOrEqual(3000);
    expect(t.errors).toBeLessThan(t.runs * 0.2);
    expect(t.reordered).toBeGreaterThan(500);
    expect(t.skippedLeaves).toBeGreaterThan(5000);
  }, 180_000); // compute-bound (250 rule sets × snapshots): slow on a loaded machine, never stuck
});
