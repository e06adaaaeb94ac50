// Test support: a seeded PRNG and generators of random rule sets and fact snapshots.
import type { RuleProperties, TopLevelCondition } from 'json-rules-engine';
import type { OperatorDefinition } from '../../../plugins/contract.js';

/** mulberry32: small, fast, good enough to spread test cases; same seed, same sequence. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Rng = ReturnType<typeof prng>;

/** Operators whose results are not booleans, to pin down how raw values travel up. */
export const oddOperators: OperatorDefinition[] = [
  { name: 'raw', label: '原值', evaluate: (a) => a },
  { name: 'rawChecked', label: '原值校验', validateFactValue: ((v: unknown) => v) as (v: unknown) => boolean, evaluate: (_a, b) => b },
];

const FACTS = ['age', 'income', 'region', 'tags', 'person', 'applied', 'scores', 'flag', 'nothing', 'constructor', 'x.y'];
const PATHS = ['$', '$.age', '$.name', '$.name.length', '$.name[0]', '$.address.city', "$['address']['city']", '$["address"].zip',
  '$.scores[0]', '$.scores[1]', '$.scores.length', '$.scores[9]', '$.missing.deeper', "$['a b']", "$['x.y']", '$.年龄', '$.flags.ok', '$.0', '$[0]', '$[1].v'];
const BASE_OPS = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'between', 'dateOnOrBefore', 'dateOnOrAfter', 'raw', 'rawChecked'];
const DECORATORS = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'];

export function randomScalar(r: Rng): unknown {
  return r.pick([
    () => r.int(-5, 100),
    () => r.pick([0, 1, 18, 45, 60, 3.5]),
    () => r.pick(['a', 'b', '150203', '18', '12abc', '', '2024-03-01', '2023-12-31', '2024-02-30']),
    () => r.pick([true, false, null]),
  ])();
}

export function randomValue(r: Rng, depth = 0): unknown {
  const roll = r.next();
  if (roll < 0.55 || depth > 2) return randomScalar(r);
  if (roll < 0.8) return Array.from({ length: r.int(0, 4) }, () => (r.chance(0.85) ? randomScalar(r) : randomValue(r, depth + 1)));
  if (roll < 0.9) return [r.int(0, 30), r.int(20, 90)];
  return { name: randomScalar(r), v: randomScalar(r) };
}

function randomPerson(r: Rng): unknown {
  const p: Record<string, unknown> = {};
  if (r.chance(0.8)) p.name = r.pick(['张三', 'Li', '', 'abc']);
  if (r.chance(0.8)) p.age = r.chance(0.85) ? r.int(10, 70) : randomScalar(r);
  if (r.chance(0.7)) p.address = r.chance(0.85) ? { city: r.pick(['包头', '呼和浩特', null]), zip: r.pick(['014000', 14000]) } : randomScalar(r);
  if (r.chance(0.7)) p.scores = Array.from({ length: r.int(0, 4) }, () => r.int(0, 100));
  if (r.chance(0.3)) p['a b'] = randomScalar(r);
  if (r.chance(0.3)) p['x.y'] = randomScalar(r);
  if (r.chance(0.3)) p['年龄'] = r.int(16, 70);
  if (r.chance(0.3)) p.flags = r.chance(0.5) ? { ok: r.chance(0.5) } : null;
  if (r.chance(0.2)) p['0'] = randomScalar(r);
  return p;
}

/** A snapshot over the random facts: some missing, some of the wrong type. */
export function randomFacts(r: Rng): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  const gen: Record<string, () => unknown> = {
    age: () => (r.chance(0.8) ? r.int(10, 70) : randomScalar(r)),
    income: () => (r.chance(0.8) ? r.int(0, 5000) * 100 : randomScalar(r)),
    region: () => r.pick(['150203', '150200', '150000', 'x']),
    tags: () => (r.chance(0.85) ? Array.from({ length: r.int(0, 3) }, () => r.pick(['a', 'b', 'c', 18])) : randomScalar(r)),
    person: () => (r.chance(0.85) ? randomPerson(r) : randomValue(r)),
    applied: () => r.pick(['2024-03-01', '2023-12-31', '2024-02-29', '2024-2-1', 20240301]),
    scores: () => (r.chance(0.7) ? Array.from({ length: r.int(0, 3) }, () => (r.chance(0.8) ? r.int(0, 100) : { v: r.int(0, 9) })) : randomValue(r)),
    flag: () => r.pick([true, false, 0, 1, null]),
    constructor: () => randomScalar(r),
    'x.y': () => randomValue(r),
  };
  for (const [id, g] of Object.entries(gen)) if (r.chance(0.85)) f[id] = g();
  return f;
}

function randomOperator(r: Rng): string {
  let op = r.pick(BASE_OPS);
  if (r.chance(0.25)) op = `${r.pick(DECORATORS)}:${op}`;
  if (r.chance(0.05)) op = `${r.pick(DECORATORS)}:${op}`;
  return op;
}

// `in`, `notIn`, `someValue:` and `everyValue:` throw on a value that is not an array (or a
// string): give them arrays (of arrays, when nested) so that most runs get a result to compare
function valueFor(r: Rng, parts: string[]): unknown {
  const [head, ...rest] = parts;
  if (rest.length === 0) return head === 'in' || head === 'notIn' ? Array.from({ length: r.int(0, 4) }, () => randomScalar(r)) : undefined;
  if (head === 'someValue' || head === 'everyValue') return Array.from({ length: r.int(0, 3) }, () => valueFor(r, rest) ?? randomValue(r));
  if (head === 'swap') return undefined;
  return valueFor(r, rest);
}

function randomLeaf(r: Rng): Record<string, unknown> {
  let operator = randomOperator(r);
  // swap puts the fact on the right of `in`: the fact would have to be an array
  if (/swap:(someFact:|everyFact:|not:)*(in|notIn)$/.test(operator) && r.chance(0.9)) operator = operator.replace(/(in|notIn)$/, 'equal');
  const c: Record<string, unknown> = { fact: r.pick(FACTS), operator };
  if (r.chance(0.4)) c.path = r.pick(PATHS);
  else if (r.chance(0.05)) c.path = '';
  const fitting = r.chance(0.97) ? valueFor(r, operator.split(':')) : undefined;
  c.value = fitting ?? (r.chance(0.15) ? valueReference(r) : randomValue(r));
  addExtras(r, c, [0, 1, 2, 3, -1, 1.5]);
  if (r.chance(0.08)) c.params = { p: r.int(0, 3) };
  return c;
}

function valueReference(r: Rng): Record<string, unknown> {
  const ref: Record<string, unknown> = { fact: r.pick(FACTS) };
  if (r.chance(0.5)) ref.path = r.pick(PATHS);
  if (r.chance(0.1)) ref.params = { ignored: true };
  return ref;
}

function addExtras(r: Rng, c: Record<string, unknown>, priorities: number[]): void {
  if (r.chance(0.35)) c.priority = r.pick(priorities);
  if (r.chance(0.1)) c.name = r.pick(['年龄条件', 'n1', 0]);
  if (r.chance(0.05)) c.description = '说明';
}

/** A condition tree with nested all/any/not, references to `named`, priorities and extras. */
export function randomCondition(r: Rng, depth: number, named: string[]): Record<string, unknown> {
  const roll = r.next();
  if (named.length && roll < 0.08) {
    const ref: Record<string, unknown> = { condition: r.pick(named) };
    addExtras(r, ref, [1, 2, 3]);
    return ref;
  }
  if (depth <= 0 || roll < 0.55) return randomLeaf(r);
  if (roll < 0.65) {
    const c: Record<string, unknown> = { not: randomCondition(r, depth - 1, named) };
    addExtras(r, c, [1, 2, 3, 0]);
    return c;
  }
  const kind = r.chance(0.5) ? 'all' : 'any';
  const c: Record<string, unknown> = { [kind]: Array.from({ length: r.pick([0, 1, 2, 2, 3, 3, 4, 5]) }, () => randomCondition(r, depth - 1, named)) };
  addExtras(r, c, [1, 2, 3, 0, 2.5]);
  return c;
}

function randomRoot(r: Rng, named: string[]): TopLevelCondition {
  const roll = r.next();
  if (named.length && roll < 0.1) return { condition: r.pick(named) };
  if (roll < 0.2) return { not: randomCondition(r, 2, named) } as TopLevelCondition;
  const kind = r.chance(0.5) ? 'all' : 'any';
  return { [kind]: Array.from({ length: r.pick([0, 1, 2, 3, 4, 5, 6]) }, () => randomCondition(r, 3, named)) } as unknown as TopLevelCondition;
}

export interface RandomRuleSet {
  rules: RuleProperties[];
  conditions: Record<string, TopLevelCondition>;
}

/** Several rules, often of equal priority (so that their reporting order is exercised). */
export function randomRuleSet(r: Rng): RandomRuleSet {
  const conditions: Record<string, TopLevelCondition> = {};
  const names: string[] = [];
  for (let i = 0, n = r.int(0, 3); i < n; i++) {
    const name = `shared${i}`;
    conditions[name] = names.length && r.chance(0.2) ? ({ condition: r.pick(names), priority: 2 } as TopLevelCondition) : (randomCondition(r, 2, names) as TopLevelCondition);
    if (!('all' in conditions[name] || 'any' in conditions[name] || 'not' in conditions[name] || 'condition' in conditions[name])) conditions[name] = { all: [conditions[name]] } as TopLevelCondition;
    names.push(name);
  }
  const rules = Array.from({ length: r.int(1, 8) }, (_, i) => {
    const rule: Record<string, unknown> = { conditions: randomRoot(r, names), event: { type: `event-${i}` } };
    if (r.chance(0.8)) rule.name = r.chance(0.9) ? `rule-${i}` : 0;
    if (r.chance(0.5)) rule.priority = r.pick([1, 1, 2, 3, 0, 1.7]);
    if (r.chance(0.4)) (rule.event as Record<string, unknown>).params = r.pick([{ amount: r.int(1, 9) * 100 }, {}, 0, '', { reason: '年龄不符' }]);
    return rule as unknown as RuleProperties;
  });
  return { rules, conditions };
}
