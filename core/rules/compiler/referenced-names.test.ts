// referencedNames: facts, operators, decorators and shared conditions, with the pointer of each use.
import type { RuleProperties } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { referencedNames } from './index.js';

describe('referencedNames', () => {
  it('lists each name with every use', () => {
    const rules = [
      { event: { type: 'a' }, conditions: { all: [{ fact: 'worker', path: '$.age', operator: 'greaterThan', value: 16 }, { not: { fact: 'claim', operator: 'not:someFact:equal', value: { fact: 'worker', path: '$.region' } } }] } },
      { event: { type: 'b' }, conditions: { any: [{ condition: 'adult' }, { fact: 'worker', operator: 'between', value: [1, 2] }] } },
    ] as unknown as RuleProperties[];
    const names = referencedNames(rules, { adult: { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 18 }] } } as any);
    expect(Object.fromEntries(names.facts)).toEqual({
      worker: [
        { pointer: '/rules/0/conditions/all/0/fact', path: '$.age' },
        { pointer: '/rules/0/conditions/all/1/not/value/fact', path: '$.region' },
        { pointer: '/rules/1/conditions/any/1/fact' },
      ],
      claim: [{ pointer: '/rules/0/conditions/all/1/not/fact' }],
      age: [{ pointer: '/conditions/adult/all/0/fact' }],
    });
    expect([...names.operators.keys()]).toEqual(['greaterThan', 'equal', 'between', 'greaterThanInclusive']);
    expect(names.decorators.get('someFact')).toEqual([{ pointer: '/rules/0/conditions/all/1/not/operator' }]);
    expect(names.conditions.get('adult')).toEqual([{ pointer: '/rules/1/conditions/any/0/condition' }]);
  });

  it('skips what it cannot read instead of throwing', () => {
    expect(referencedNames([null, { conditions: 'x' }, { conditions: { all: [null, 3] } }] as any).facts.size).toBe(0);
  });
});
