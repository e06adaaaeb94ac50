// Compiles one condition of any kind: validation, then leaf, boolean or reference compilers.
import { compileBoolean } from './boolean.js';
import type { CompileContext } from './context.js';
import { fail, type Site } from './errors.js';
import { compileLeaf } from './leaf.js';
import type { CompiledNode } from './node.js';
import { compileReference } from './reference.js';
import { isPlainObject } from './shape.js';

export const BOOLEAN_KINDS = ['any', 'all', 'not'] as const;
export type BooleanKind = (typeof BOOLEAN_KINDS)[number];
const KINDS = ['any', 'all', 'not', 'condition'] as const;
const LEAF_KEYS = ['fact', 'operator', 'value'] as const;
const RESULT_KEYS = ['result', 'factResult', 'valueResult'] as const;

export type ConditionKind = BooleanKind | 'condition' | 'leaf';

/**
 * Checks what json-rules-engine's `Condition` constructor checks, and a little more (one
 * kind per node, numeric priorities, no result keys written by hand), and tells the kind.
 */
export function conditionKind(raw: unknown, site: Site): ConditionKind {
  if (!isPlainObject(raw)) fail(site, 'a condition must be an object');
  const kinds = KINDS.filter((k) => Object.hasOwn(raw, k));
  if (kinds.length > 1) fail(site, `a condition must have only one of ${kinds.map((k) => `"${k}"`).join(', ')}`);
  // json-rules-engine copies a condition with Object.assign, which would set its prototype
  if (Object.hasOwn(raw, '__proto__')) fail(site, '"__proto__" is not allowed as a key of a condition');
  for (const key of RESULT_KEYS) {
    if (Object.hasOwn(raw, key)) fail(site, `"${key}" is set by evaluation and cannot be written in a rule`, '/' + key);
  }
  if (raw.priority !== undefined && (typeof raw.priority !== 'number' || !Number.isFinite(raw.priority))) {
    fail(site, '"priority" must be a number', '/priority');
  }
  if (kinds.length === 1) {
    const stray = LEAF_KEYS.find((k) => Object.hasOwn(raw, k));
    if (stray) fail(site, `"${stray}" cannot be combined with "${kinds[0]}"`, '/' + stray);
    return kinds[0];
  }
  for (const key of LEAF_KEYS) {
    if (!Object.hasOwn(raw, key)) fail(site, `a condition needs "fact", "operator" and "value" (or one of "all", "any", "not", "condition"); "${key}" is missing`);
  }
  return 'leaf';
}

/** Compiles a condition nested in `all`, `any` or `not`. */
export function compileCondition(raw: unknown, site: Site, ctx: CompileContext): CompiledNode {
  const kind = conditionKind(raw, site);
  const props = raw as Record<string, unknown>;
  if (kind === 'leaf') return compileLeaf(props, site, ctx);
  if (kind === 'condition') return compileReference(props, site, ctx);
  return compileBoolean(props, kind, site, ctx).node;
}
