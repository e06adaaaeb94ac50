// The compiled explainers give exactly what explaining the engine's result shape gives: shipped rule sets and random ones.
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import coreOperators from '../../../plugins/core-operators/index.js';
import type { Rule, RulesetBody } from '../../configs/kinds/ruleset.js';
import { prng, oddOperators, randomCondition, randomFacts } from '../compiler/testing/random-rules.js';
import { caseSnapshots, randomSnapshot } from '../testing/snapshots.js';
import { ROOT } from '../../paths.js';
import { explainShapes, judge, verdictOf } from './judge.js';
import { labelsOf, type Labels } from './labels.js';
import { prepareRuleSet, type PreparedRuleSet } from './prepare.js';
import { shippedRuleSets } from '../testing/shipped.js';

/** Both ways on one snapshot; an error must be the same error. */
function agree(prepared: PreparedRuleSet, labels: Labels, facts: Record<string, unknown>): 'same' | 'both threw' {
  let expected: unknown;
  let expectedError: unknown;
  try {
    expected = verdictOf(prepared, facts, labels, explainShapes(prepared, facts, labels));
  } catch (e) {
    expectedError = e;
  }
  if (expectedError) {
    expect(() => judge(prepared, facts, labels)).toThrow((expectedError as Error).message);
    return 'both threw';
  }
  const actual = judge(prepared, facts, labels);
  // the same JSON too (stored decisions are compared as text by replays), key order included
  if (!isDeepStrictEqual(actual, expected) || JSON.stringify(actual) !== JSON.stringify(expected)) {
    expect({ facts, actual }).toEqual({ facts, actual: expected });
  }
  return 'same';
}

describe('compiled explainers', () => {
  it('explain every shipped rule set as the engine shape does, on 1,000 snapshots each', { timeout: 120_000 }, async () => {
    const { sets, labels } = await shippedRuleSets();
    expect(sets.length).toBeGreaterThan(5);
    for (const { key, prepared } of sets) {
      expect(prepared.compiled.trace, key).toBeTypeOf('function');
      const cases = caseSnapshots(path.join(ROOT, 'configs'), key);
      const r = prng(11);
      for (let i = 0; i < 1000; i++) expect(agree(prepared, labels, randomSnapshot(cases, r))).toBe('same');
    }
  });

  it('explain random rule sets (nested all/any/not, decorators, fact references, priorities) as the engine shape does', { timeout: 120_000 }, () => {
    const operators = [...coreOperators.operators!, ...oddOperators];
    const labels = labelsOf({ facts: new Map(), operators: new Map(operators.map((o) => [o.name, { ...o, plugin: 'test' }])) });
    const r = prng(5);
    let same = 0;
    let skipped = 0;
    for (let set = 0; set < 300; set++) {
      const rules: Rule[] = Array.from({ length: r.int(1, 6) }, (_, i) => ({
        id: `r${i}`,
        name: `规则${i}`,
        description: 'd',
        basis: 'b',
        conditions: { [r.chance(0.5) ? 'all' : 'any']: Array.from({ length: r.int(0, 4) }, () => randomCondition(r, 3, [])) } as unknown as Rule['conditions'],
        event: { type: `r${i}`, params: { on_fail: r.chance(0.5) ? 'ineligible' : 'needs_review', message: '未满足 {{age}} {{person.name}}' } },
        ...(r.chance(0.3) ? { priority: r.int(1, 3) } : {}),
      }));
      let prepared: PreparedRuleSet;
      try {
        prepared = prepareRuleSet({ name: 'n', description: 'd', basis: 'b', rules } as RulesetBody, {}, operators);
      } catch {
        continue; // a random condition the compiler refuses (its own tests cover those)
      }
      for (let i = 0; i < 20; i++) {
        const facts = randomFacts(r);
        const before = JSON.stringify(prepared.rules);
        if (agree(prepared, labels, facts) === 'same') same++;
        expect(JSON.stringify(prepared.rules)).toBe(before);
        if (prepared.rules.some((rule) => rule.priority)) skipped++;
      }
    }
    expect(same).toBeGreaterThan(3000);
    expect(skipped).toBeGreaterThan(0);
  });
});
