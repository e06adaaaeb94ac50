// core-operators: same results and validators as json-rules-engine's built-ins; between and dates.
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import type { OperatorDefinition } from '../../core/plugins/contract.js';
import plugin, { isIsoDate } from './index.js';

const byName = new Map(plugin.operators!.map((o) => [o.name, o]));
/** Runs an operator as the engine does: validator first, then the comparison. */
const run = (name: string, fact: unknown, value: unknown): unknown => {
  const op = byName.get(name) as OperatorDefinition;
  return op.validateFactValue ? op.validateFactValue(fact) && op.evaluate(fact, value) : op.evaluate(fact, value);
};
const outcome = (f: () => unknown) => {
  try {
    return { value: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

const ENGINE_OPERATORS = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
const SAMPLES: unknown[] = [undefined, null, true, false, 0, 1, 18, -2.5, '18', '12abc', '', 'a', 'abc', [], [1, 18], ['a', 'b'], [5], { a: 1 }, '2024-01-01',
  // numbers the validator's fast path takes without a string round trip
  NaN, Infinity, -Infinity, -0, 1e21, 5e-324, Number.MAX_VALUE, 0.1 + 0.2];

describe('core-operators', () => {
  it('is a plugin with the expected operators and Chinese labels', () => {
    expect(plugin.id).toBe('core-operators');
    expect(plugin.version).toBe('1.0.0');
    expect(Object.fromEntries(plugin.operators!.map((o) => [o.name, o.label]))).toEqual({
      equal: '等于', notEqual: '不等于', in: '属于', notIn: '不属于', contains: '包含', doesNotContain: '不包含',
      lessThan: '小于', lessThanInclusive: '小于等于', greaterThan: '大于', greaterThanInclusive: '大于等于',
      between: '介于', dateOnOrBefore: '不晚于', dateOnOrAfter: '不早于',
    });
  });

  it('matches json-rules-engine’s own ten operators on every pair of samples, errors included', () => {
    const engineOperators = (new Engine() as any).operators;
    for (const name of ENGINE_OPERATORS) {
      const builtIn = engineOperators.get(name);
      for (const fact of SAMPLES) {
        for (const value of SAMPLES) {
          expect(outcome(() => run(name, fact, value)), `${name}(${JSON.stringify(fact)}, ${JSON.stringify(value)})`).toEqual(outcome(() => builtIn.evaluate(fact, value)));
        }
      }
    }
  });

  it('keeps json-rules-engine’s number validator: parseFloat-able facts only', () => {
    expect(run('greaterThan', '20', 18)).toBe(true);
    expect(run('greaterThan', null, -1)).toBe(false);
    expect(run('lessThan', [5], 6)).toBe(true);
    expect(run('lessThan', '12abc', 20)).toBe(false); // validated, then '12abc' < 20 is false
  });

  it('between is inclusive on numbers, false otherwise', () => {
    expect(run('between', 16, [16, 60])).toBe(true);
    expect(run('between', 60, [16, 60])).toBe(true);
    expect(run('between', 61, [16, 60])).toBe(false);
    expect(run('between', '30', [16, 60])).toBe(false);
    expect(run('between', 30, [16])).toBe(false);
    expect(run('between', 30, null)).toBe(false);
  });

  it('compares YYYY-MM-DD dates, rejecting other shapes and impossible dates', () => {
    expect(run('dateOnOrBefore', '2024-03-01', '2024-03-01')).toBe(true);
    expect(run('dateOnOrBefore', '2024-03-02', '2024-03-01')).toBe(false);
    expect(run('dateOnOrAfter', '2024-12-31', '2024-03-01')).toBe(true);
    expect(run('dateOnOrAfter', '2024-02-30', '2024-01-01')).toBe(false);
    expect(run('dateOnOrAfter', '2024-3-1', '2024-01-01')).toBe(false);
    expect(run('dateOnOrBefore', '2024-01-01', '2024-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
    expect(isIsoDate('2024-1a-10')).toBe(false);
    expect(isIsoDate('+024-10-10')).toBe(false);
  });
});
