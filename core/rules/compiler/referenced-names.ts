// referencedNames: every fact, operator, decorator and shared condition a rule set uses, with where.
import type { RuleProperties, TopLevelCondition } from 'json-rules-engine';
import { pointerToken } from './errors.js';
import { splitOperatorName } from './operators.js';
import { isPlainObject } from './shape.js';

/** One use of a name: the JSON pointer of the value naming it, and the `path` used with a fact. */
export interface NameUse {
  pointer: string;
  path?: string;
}

/** Names used by a rule set, each with every place it is used, in document order. */
export interface ReferencedNames {
  facts: Map<string, NameUse[]>;
  /** Operator names with any decorators stripped (`not:equal` uses `equal`). */
  operators: Map<string, NameUse[]>;
  decorators: Map<string, NameUse[]>;
  /** Shared conditions referenced with `{ condition: name }`. */
  conditions: Map<string, NameUse[]>;
}

/**
 * Lists the names a rule set depends on, so that a publish step can reject unknown facts
 * and operators with the pointer of each use. It does not validate: malformed parts are
 * skipped (compileRuleSet reports them). Pointers are into `{ rules, conditions }`.
 *
 * @example
 * const { facts } = referencedNames(rules);
 * for (const [fact, uses] of facts) if (!known.has(fact)) errors.push(...uses.map((u) => `${u.pointer}: unknown fact ${fact}`));
 */
export function referencedNames(rules: readonly RuleProperties[], conditions?: Record<string, TopLevelCondition>): ReferencedNames {
  const names: ReferencedNames = { facts: new Map(), operators: new Map(), decorators: new Map(), conditions: new Map() };
  if (Array.isArray(rules)) rules.forEach((rule, i) => isPlainObject(rule) && walk(rule.conditions, `/rules/${i}/conditions`, names));
  if (isPlainObject(conditions)) for (const [name, c] of Object.entries(conditions)) walk(c, `/conditions/${pointerToken(name)}`, names);
  return names;
}

function add(map: Map<string, NameUse[]>, name: string, use: NameUse): void {
  const uses = map.get(name);
  if (uses) uses.push(use);
  else map.set(name, [use]);
}

function use(pointer: string, path: unknown): NameUse {
  return typeof path === 'string' && path !== '' ? { pointer, path } : { pointer };
}

function walk(c: unknown, pointer: string, names: ReferencedNames): void {
  if (!isPlainObject(c)) return;
  for (const kind of ['all', 'any'] as const) {
    const list = c[kind];
    if (Array.isArray(list)) list.forEach((x, i) => walk(x, `${pointer}/${kind}/${i}`, names));
  }
  if (c.not !== undefined) walk(c.not, `${pointer}/not`, names);
  if (typeof c.condition === 'string') add(names.conditions, c.condition, { pointer: `${pointer}/condition` });
  if (typeof c.fact === 'string') add(names.facts, c.fact, use(`${pointer}/fact`, c.path));
  if (isPlainObject(c.value) && typeof c.value.fact === 'string') add(names.facts, c.value.fact, use(`${pointer}/value/fact`, c.value.path));
  if (typeof c.operator === 'string' && Object.hasOwn(c, 'fact')) {
    const { decorators, operator } = splitOperatorName(c.operator);
    add(names.operators, operator, { pointer: `${pointer}/operator` });
    for (const d of decorators) add(names.decorators, d, { pointer: `${pointer}/operator` });
  }
}
