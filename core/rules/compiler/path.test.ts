// The JSONPath subset: parsing, and agreement with json-rules-engine's jsonpath-plus resolution.
import { describe, expect, it } from 'vitest';
import coreOperators from '../../../plugins/core-operators/index.js';
import { compileRuleSet, parsePath } from './index.js';
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
