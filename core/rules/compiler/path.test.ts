// The JSONPath subset: parsing, and agreement with json-rules-engine's jsonpath-plus resolution.
import { describe, expect, it } from 'vitest';
import coreOperators from '../../../plugins/core-operators/index.js';
import { compileRead, compileRuleSet, parsePath } from './index.js';
import { oracleEngine, runOracle } from './testing/engine-oracle.js';

describe('parsePath', () => {
  it('parses the supported forms into keys', () => {
    expect(parsePath('$')).toEqual([]);
    expect(parsePath('$.a.b')).toEqual(['a', 'b']);
    expect(parsePath('$.a[0].b')).toEqual(['a', '0', 'b']);
    expect(parsePath("$['x y']")).toEqual(['x y']);
    expect(parsePath('$["x.y"][2]')).toEqual(['x.y', '2']);
    expect(parsePath('$.年龄.0')).toEqual(['年龄', '0']);
  });

  it('refuses everything else with a reason', () => {
    for (const p of ['a.b', '$..a', '$.*', '$.a[*]', '$.a[-1]', '$.a[1:2]', '$.a[0,1]', '$[?(@.a)]', '$.a^', '$.a~', '$.$', "$['a']b", '$.a b', '$a']) {
      expect(typeof parsePath(p), p).toBe('string');
    }
  });
});

describe('paths resolve as json-rules-engine resolves them', () => {
  const paths = ['$', '$.a', '$.a.b', '$.a[0]', '$.a[1].b', '$.a.length', '$.s.length', '$.s[1]', '$.s.0', '$.n.x', '$.z.x', '$.f.x', "$['x y']", '$["x.y"]', "$['a']['b']", '$.0', '$[0]', '$.nul.x', '$.e.x', '$.constructor', '$.a.constructor'];
  const values: unknown[] = [
    { a: { b: 1 }, s: 'abc', n: 5, z: 0, f: false, 'x y': 1, 'x.y': 2, nul: null, e: '' },
    { a: [{ b: 'first' }, { b: 'second' }], s: '', '0': 'zero' },
    { a: [] },
    ['p', 'q'],
    'a string',
    42,
    null,
    {},
  ];

  it('for every path and value, including missing keys, arrays, strings and non-objects', async () => {
    const operators = coreOperators.operators!;
    const rules = paths.map((path, i) => ({ name: path, priority: 1, conditions: { all: [{ fact: 'v', path, operator: 'equal', value: null }] }, event: { type: `p${i}` } }));
    const engine = oracleEngine(rules, operators);
    const compiled = compileRuleSet(rules, operators);
    for (const v of values) {
      for (const facts of [{ v }, {}]) expect(compiled.evaluate(facts), JSON.stringify(facts)).toStrictEqual(await runOracle(engine, facts));
    }
  });
});

describe('a path step reads only own properties', () => {
  const rules = [{ name: 'r', conditions: { all: [{ fact: 'v', path: '$.polluted', operator: 'equal', value: 1 }] }, event: { type: 'r' } }];
  const shaped = [{ v: {} }, { v: { a: {} } }, { v: Object.create({ polluted: 1 }) }, { v: Object.create(null) }, { v: [] }];

  it('never reads a property added to Object.prototype after compiling, nor one inherited any other way', () => {
    const compiled = compileRuleSet(rules, coreOperators.operators!);
    const read = compileRead('v', '$.polluted')!;
    const deep = compileRead('v', '$.a.polluted')!;
    for (const facts of shaped) compiled.evaluate(facts); // the generated code has seen each kind of value
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, configurable: true, writable: true });
    try {
      for (const facts of shaped) {
        expect(compiled.test(facts), JSON.stringify(facts)).toEqual([false]);
        expect((compiled.evaluate(facts).rules[0].conditions.all as Record<string, unknown>[])[0].factResult).toBeUndefined();
        expect(compiled.trace!(facts).leaves[1]).toBeUndefined();
        expect(read(facts)).toBeUndefined();
        expect(deep(facts)).toBeUndefined();
      }
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(compiled.test({ v: { polluted: 1 } })).toEqual([true]);
    expect(read({ v: { polluted: 1 } })).toBe(1);
    expect(deep({ v: { a: { polluted: 2 } } })).toBe(2);
  });
});
