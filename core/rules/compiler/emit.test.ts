// Generated code: names and keys of any text are quoted, never run; each value reaches its comparison.
import { describe, expect, it } from 'vitest';
import type { RuleProperties } from 'json-rules-engine';
import coreOperators from '../../../plugins/core-operators/index.js';
import { compileRuleSet } from './index.js';

const operators = coreOperators.operators!;
const ODD = ['"]; throw new Error("ran"); //', "'; globalThis.x = 1; '", '`${globalThis.x = 1}`', 'a\\nb\\', 'line\nbreak', 'sep\u2028arator', '__proto__', 'constructor', 'k0'];

describe('generated rule code', () => {
  it('reads facts and paths whose names look like code as plain names', () => {
    for (const name of ODD) {
      const rules = [
        { name, conditions: { all: [{ fact: name, operator: 'equal', value: name }] }, event: { type: name, params: { said: name } } },
        { name: 'path', conditions: { any: [{ fact: 'o', path: `$['${name.replace(/[^\p{L}\p{N}_\- .]/gu, '')}']`, operator: 'equal', value: 1 }] }, event: { type: 'path' } },
      ] as unknown as RuleProperties[];
      const compiled = compileRuleSet(rules, operators);
      const facts = JSON.parse(JSON.stringify({ [name]: name, o: { [name.replace(/[^\p{L}\p{N}_\- .]/gu, '')]: 1 } }));
      const result = compiled.evaluate(facts);
      expect(result.events.map((e) => e.type), JSON.stringify(name)).toEqual([name, 'path']);
      expect(compiled.test(facts)).toEqual([true, true]);
      expect(compiled.trace!(facts).leaves).toEqual([true, name, name, true, true, 1, 1, true]);
      expect((globalThis as Record<string, unknown>).x).toBeUndefined();
    }
  });
});
