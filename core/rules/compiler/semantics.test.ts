// json-rules-engine subtleties the compiler reproduces (or works around), each shown on both.
import { Engine, Operator, type RuleProperties } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import coreOperators from '../../../plugins/core-operators/index.js';
import { compileRuleSet } from './index.js';
import { oracleEngine, runOracle } from './testing/engine-oracle.js';

const operators = coreOperators.operators!;

async function both(rules: unknown[], facts: Record<string, unknown>) {
  const compiled = compileRuleSet(rules as RuleProperties[], operators).evaluate(facts);
  expect(compiled).toStrictEqual(await runOracle(oracleEngine(rules as RuleProperties[], operators), facts));
  return compiled;
}

describe('json-rules-engine semantics reproduced', () => {
  it('gives valueResult for literal values too, and no result to the root', async () => {
    const [r] = (await both([{ conditions: { all: [{ fact: 'age', operator: 'greaterThan', value: 18 }] }, event: { type: 't' } }], { age: 45 })).rules;
    expect(r.conditions).toStrictEqual({ operator: 'all', priority: 1, all: [{ fact: 'age', operator: 'greaterThan', value: 18, factResult: 45, valueResult: 18, result: true }] });
  });

  it('evaluates every condition of one priority, and short-circuits only between priorities', async () => {
    const any = (p: number) => ({ conditions: { any: [{ fact: 'a', operator: 'equal', value: 1, priority: p }, { fact: 'b', operator: 'equal', value: 1 }] }, event: { type: `p${p}` } });
    const { rules } = await both([any(1), any(2)], { a: 1, b: 1 });
    expect((rules[0].conditions.any as any[]).map((c) => c.result)).toEqual([true, true]);
    expect((rules[1].conditions.any as any[]).map((c) => c.result)).toEqual([true, undefined]);
  });

  it('treats an empty any as true', async () => {
    expect((await both([{ conditions: { any: [] }, event: { type: 't' } }], {})).rules[0].result).toBe(true);
  });

  it('returns the whole fact when a path is applied to a non-object, undefined for a missing fact', async () => {
    const rules = [{ conditions: { all: [{ fact: 'age', path: '$.years', operator: 'equal', value: 45 }] }, event: { type: 't' } }];
    expect((await both(rules, { age: 45 })).rules[0].result).toBe(true);
    expect((await both(rules, { age: { months: 3 } })).rules[0].result).toBe(false);
    expect((await both(rules, {})).rules[0].conditions.all).toStrictEqual([{ fact: 'age', path: '$.years', operator: 'equal', value: 45, valueResult: 45, result: false }]);
  });

  it('reports rules of one priority in the order they settle, not as written', async () => {
    const slow = { conditions: { all: [{ fact: 'p', path: '$.age', operator: 'greaterThan', value: 1 }] }, event: { type: 'slow' } };
    const fast = { conditions: { all: [{ fact: 'age', operator: 'greaterThan', value: 1 }] }, event: { type: 'fast' } };
    const result = await both([slow, fast], { p: { age: 5 }, age: 5 });
    expect(result.events.map((e) => e.type)).toEqual(['fast', 'slow']);
    // with the path's fact missing, the read is as fast as the other: written order again
    expect((await both([slow, fast], { age: 5 })).rules.map((r) => r.event.type)).toEqual(['slow', 'fast']);
  });

  it('passes an operator’s raw value up when the root has a single condition', async () => {
    const raw = [{ name: 'raw', label: '原值', evaluate: (a: unknown) => a as boolean }];
    const rules = [{ conditions: { all: [{ fact: 'n', operator: 'raw', value: 0 }] }, event: { type: 't' } }] as unknown as RuleProperties[];
    const compiled = compileRuleSet(rules, raw).evaluate({ n: 7 });
    expect(compiled).toStrictEqual(await runOracle(oracleEngine(rules, raw), { n: 7 }));
    expect(compiled.rules[0].result).toBe(7);
    expect(compiled.events).toHaveLength(1);
  });

  it('makes not:lessThan differ from greaterThanInclusive on a non-number', async () => {
    const rule = (operator: string) => ({ conditions: { all: [{ fact: 'age', operator, value: 18 }] }, event: { type: operator } });
    const { rules } = await both([rule('not:lessThan'), rule('greaterThanInclusive')], { age: 'unknown' });
    expect(rules.map((r) => r.result)).toEqual([true, false]);
  });
});

describe('json-rules-engine pitfalls (for anyone still running the engine)', () => {
  it('engine.addOperator(name, cb, validator) drops the validator; an Operator instance keeps it', async () => {
    const rules = [{ conditions: { all: [{ fact: 'x', operator: 'positive', value: 0 }] }, event: { type: 't' } }];
    const withName = new Engine(rules, { allowUndefinedFacts: true });
    (withName.addOperator as any)('positive', (a: number) => a > 0 || a === null, (v: unknown) => typeof v === 'number');
    expect((await withName.run({ x: null })).events).toHaveLength(1);
    const withInstance = new Engine(rules, { allowUndefinedFacts: true });
    withInstance.addOperator(new Operator('positive', (a: number) => a > 0 || a === null, (v: unknown) => typeof v === 'number'));
    expect((await withInstance.run({ x: null })).events).toHaveLength(0);
  });

  it('replacing an operator keeps stale decorated copies (not:equal) cached by earlier runs', async () => {
    const rules = [{ conditions: { all: [{ fact: 'x', operator: 'not:equal', value: 1 }] }, event: { type: 't' } }];
    const engine = new Engine(rules);
    await engine.run({ x: 2 });
    engine.addOperator('equal', () => true);
    expect((await engine.run({ x: 2 })).events).toHaveLength(1); // still the old equal
  });

  it('after a run rejects, a run started at once may silently skip its lower-priority rules', async () => {
    const rules = [
      { priority: 2, conditions: { all: [{ fact: 'list', operator: 'in', value: { fact: 'notAnArray' } }] }, event: { type: 'first' } },
      { priority: 1, conditions: { all: [] }, event: { type: 'second' } },
    ];
    const engine = oracleEngine(rules as RuleProperties[], operators);
    await expect(engine.run({ notAnArray: 1 })).rejects.toThrow('b.indexOf is not a function');
    const next = await engine.run({ notAnArray: [] });
    // 'second' (always true) was never evaluated: the rejected run's tail set status FINISHED
    expect([...next.results, ...next.failureResults].map((r) => r.event!.type)).toEqual(['first']);
    const compiled = compileRuleSet(rules as RuleProperties[], operators).evaluate({ notAnArray: [] });
    expect(compiled.rules.map((r) => r.event.type)).toEqual(['first', 'second']);
  });

  it('two overlapping runs on one engine: the later one may silently lose its last batches', async () => {
    const rules = [3, 2, 1].map((p) => ({ priority: p, conditions: { all: [{ fact: 'x', operator: 'equal', value: 1 }] }, event: { type: `p${p}` } }));
    const engine = oracleEngine(rules as RuleProperties[], operators);
    const first = engine.run({ x: 1 });
    let later = Promise.resolve();
    for (let i = 0; i < 20; i++) later = later.then(() => undefined);
    const second = later.then(() => engine.run({ x: 1 }));
    const [a, b] = await Promise.all([first, second]);
    expect(a.events.map((e) => e.type)).toEqual(['p3', 'p2', 'p1']);
    expect(b.events.map((e) => e.type)).toEqual(['p3', 'p2']); // the first run's end set status FINISHED
  });

  it('shares the few shapes of a yes/no comparison, frozen, and builds the others afresh', async () => {
    const rules = [
      { name: 'flag', conditions: { all: [{ fact: 'card', path: '$.valid', operator: 'equal', value: true }] }, event: { type: 'flag' } },
      { name: 'both', conditions: { any: [{ fact: 'card', path: '$.valid', operator: 'equal', value: false }, { fact: 'age', operator: 'greaterThan', value: 18 }] }, event: { type: 'both' } },
    ];
    const compiled = compileRuleSet(rules as RuleProperties[], operators);
    const first = compiled.evaluate({ card: { valid: true }, age: 45 });
    const again = compiled.evaluate({ card: { valid: true }, age: 45 });
    const other = compiled.evaluate({ card: {}, age: 45 });
    const flag = (r: typeof first) => r.rules.find((o) => o.event.type === 'flag')!;
    const both_ = (r: typeof first) => r.rules.find((o) => o.event.type === 'both')!;
    // the one-comparison rule, its root and its comparison: one object per case, frozen
    expect(flag(again)).toBe(flag(first));
    expect(Object.isFrozen(flag(first)) && Object.isFrozen(flag(first).conditions) && Object.isFrozen((flag(first).conditions.all as unknown[])[0])).toBe(true);
    expect(flag(other)).not.toBe(flag(first));
    expect(flag(other)).toStrictEqual(await runOracle(oracleEngine(rules as RuleProperties[], operators), { card: {}, age: 45 }).then((r) => r.rules.find((o) => o.event.type === 'flag')));
    // a rule with a numeric comparison is built afresh; its yes/no comparison alone is shared
    expect(both_(again)).not.toBe(both_(first));
    expect(Object.isFrozen(both_(first))).toBe(false);
    const [flagLeaf, ageLeaf] = both_(first).conditions.any as unknown[];
    expect(flagLeaf).toBe((both_(again).conditions.any as unknown[])[0]);
    expect(ageLeaf).not.toBe((both_(again).conditions.any as unknown[])[1]);
    expect(again).toStrictEqual(await runOracle(oracleEngine(rules as RuleProperties[], operators), { card: { valid: true }, age: 45 }));
  });
});
