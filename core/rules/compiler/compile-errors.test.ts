// Compile errors: each names the rule, the JSON pointer of the offending value and what is wrong.
import type { RuleProperties } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import coreOperators from '../../../plugins/core-operators/index.js';
import type { OperatorDefinition } from '../../plugins/contract.js';
import { compileRuleSet, RuleCompileError } from './index.js';

const operators = coreOperators.operators!;
const leaf = (extra: Record<string, unknown> = {}) => ({ fact: 'age', operator: 'equal', value: 1, ...extra });
const rule = (conditions: unknown, extra: Record<string, unknown> = {}) => ({ name: 'r', conditions, event: { type: 'r' }, ...extra }) as unknown as RuleProperties;
const fourRules = (bad: unknown) => [rule({ all: [leaf()] }), rule({ all: [leaf()] }), rule({ all: [leaf()] }), rule({ all: [leaf(), bad] }, { name: 'age-limit' })];

function compileError(fn: () => unknown): RuleCompileError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleCompileError);
    return e as RuleCompileError;
  }
  throw new Error('expected a compile error');
}

describe('compile errors', () => {
  it('names the rule, the pointer and the unknown operator', () => {
    const e = compileError(() => compileRuleSet(fourRules(leaf({ operator: 'olderThan' })), operators));
    expect(e.pointer).toBe('/rules/3/conditions/all/1/operator');
    expect(e.owner).toBe('rule "age-limit" (#3)');
    expect(e.message).toBe('rule "age-limit" (#3): unknown operator "olderThan" (at /rules/3/conditions/all/1/operator)');
  });

  it('rejects an unknown decorator and an unknown operator behind a known decorator', () => {
    expect(compileError(() => compileRuleSet(fourRules(leaf({ operator: 'sometimes:equal' })), operators)).detail).toBe('unknown operator decorator "sometimes" in "sometimes:equal"');
    expect(compileError(() => compileRuleSet(fourRules(leaf({ operator: 'not:olderThan' })), operators)).detail).toBe('unknown operator "olderThan" in "not:olderThan"');
    expect(compileError(() => compileRuleSet(fourRules(leaf({ operator: 'not:' })), operators)).detail).toBe('unknown operator "" in "not:"');
  });

  it('knows no operator it is not given, not even json-rules-engine built-ins', () => {
    const e = compileError(() => compileRuleSet([rule({ all: [leaf()] })], []));
    expect(e.detail).toBe('unknown operator "equal"');
  });

  it('rejects unsupported paths, naming rule and path', () => {
    for (const path of ['$..age', '$.tags[*]', 'age', '$.a[-1]', '$.a[0:2]', '$[?(@.x)]', '$.a,b', '$.a.', "$['a'b']"]) {
      const e = compileError(() => compileRuleSet(fourRules(leaf({ fact: 'person', path })), operators));
      expect(e.pointer).toBe('/rules/3/conditions/all/1/path');
      expect(e.message).toContain(`unsupported path "${path}"`);
      expect(e.message).toContain('rule "age-limit" (#3)');
    }
    const e = compileError(() => compileRuleSet(fourRules(leaf({ value: { fact: 'person', path: '$..age' } })), operators));
    expect(e.pointer).toBe('/rules/3/conditions/all/1/value/path');
  });

  it('rejects malformed conditions the way json-rules-engine would, and a few more', () => {
    const cases: [unknown, string, string][] = [
      [{ fact: 'age', operator: 'equal' }, '/rules/3/conditions/all/1', '"value" is missing'],
      [{ any: {} }, '/rules/3/conditions/all/1/any', '"any" must be an array'],
      [{ not: [leaf()] }, '/rules/3/conditions/all/1/not', '"not" must be a single condition'],
      [{ all: [], any: [] }, '/rules/3/conditions/all/1', 'only one of "any", "all"'],
      [{ all: [], fact: 'x' }, '/rules/3/conditions/all/1/fact', '"fact" cannot be combined with "all"'],
      [leaf({ priority: '2' }), '/rules/3/conditions/all/1/priority', '"priority" must be a number'],
      [leaf({ result: true }), '/rules/3/conditions/all/1/result', 'set by evaluation'],
      [leaf({ fact: '' }), '/rules/3/conditions/all/1/fact', '"fact" must be a non-empty string'],
      [leaf({ path: 3 }), '/rules/3/conditions/all/1/path', '"path" must be a string'],
      [leaf({ value: { fact: 7 } }), '/rules/3/conditions/all/1/value/fact', '"fact" must be a non-empty string'],
      [null, '/rules/3/conditions/all/1', 'a condition must be an object'],
      [JSON.parse('{"fact":"a","operator":"equal","value":1,"__proto__":{}}'), '/rules/3/conditions/all/1', '"__proto__" is not allowed'],
    ];
    for (const [bad, pointer, detail] of cases) {
      const e = compileError(() => compileRuleSet(fourRules(bad), operators));
      expect(e.pointer, JSON.stringify(bad)).toBe(pointer);
      expect(e.detail, JSON.stringify(bad)).toContain(detail);
    }
  });

  it('rejects malformed rules', () => {
    const bad = (r: unknown) => compileError(() => compileRuleSet([r as RuleProperties], operators));
    expect(bad({ conditions: { all: [] } }).detail).toBe('a rule needs an "event"');
    expect(bad({ event: { type: 'x' } }).detail).toBe('a rule needs "conditions"');
    expect(bad({ event: {}, conditions: { all: [] } }).pointer).toBe('/rules/0/event');
    expect(bad({ event: { type: 'x' }, conditions: leaf() }).detail).toContain('root of "conditions"');
    expect(bad({ event: { type: 'x' }, conditions: { all: [] }, priority: 0.5 }).pointer).toBe('/rules/0/priority');
    expect(bad({ event: { type: 'x' }, conditions: { all: [] }, priority: -1 }).pointer).toBe('/rules/0/priority');
    expect(bad({ event: { type: 'x' }, conditions: { all: [] }, priority: '2' }).pointer).toBe('/rules/0/priority');
    expect(bad({ name: 'x', event: { type: 'x' }, conditions: { all: [] }, priority: '2' }).owner).toBe('rule "x" (#0)');
  });

  it('rejects unknown shared conditions, cycles and bad shared conditions', () => {
    const refRule = [rule({ all: [{ condition: 'adult' }] })];
    expect(compileError(() => compileRuleSet(refRule, operators)).pointer).toBe('/rules/0/conditions/all/0/condition');
    const cyc = { adult: { condition: 'grown' }, grown: { any: [{ condition: 'adult' }] } } as any;
    expect(compileError(() => compileRuleSet(refRule, operators, { conditions: cyc })).detail).toContain('adult → grown → adult');
    const badOp = { adult: { all: [leaf({ operator: 'olderThan' })] } } as any;
    const e = compileError(() => compileRuleSet([], operators, { conditions: badOp }));
    expect(e.owner).toBe('shared condition "adult"');
    expect(e.pointer).toBe('/conditions/adult/all/0/operator');
    expect(compileError(() => compileRuleSet([], operators, { conditions: { a: leaf() } as any })).detail).toContain('root');
  });

  it('rejects operator lists with duplicates or names containing ":"', () => {
    const op = (name: string): OperatorDefinition => ({ name, label: name, evaluate: () => true });
    expect(compileError(() => compileRuleSet([], [op('a'), op('a')])).detail).toBe('operator "a" is defined twice');
    expect(compileError(() => compileRuleSet([], [op('a:b')])).pointer).toBe('/operators/0/name');
  });
});
