// json-rules-engine conditions ⇄ React Query Builder's query: all/any groups ⇄ and/or groups, not ⇄ a negated group, both ways without loss.
import type { RuleGroupType, RuleType } from 'react-querybuilder';

/** A condition as written in a rule set (json-rules-engine): a leaf, or an all/any/not/condition node. */
export type Condition = Record<string, unknown>;

/** What the query keeps beside RQB's own fields to give the JSON back exactly: key order and the keys it has no control for. */
interface Kept {
  /** Keys of the JSON node, in their written order. */
  keys?: string[];
  /** The node's other keys (name, priority, params), kept as written. */
  extra?: Record<string, unknown>;
  /** Key order of a compared fact reference `{ fact, path }`. */
  refKeys?: string[];
  /** The group stands for `{ not: <its single child> }` rather than `{ not: { all|any } }`. */
  notChild?: boolean;
  /** Keys and extras of the `{ not: … }` node wrapping this group. */
  notKeys?: string[];
  notExtra?: Record<string, unknown>;
  /** A `{ condition: name }` reference to a shared condition, carried untouched. */
  raw?: Condition;
}

export type QRule = RuleType & Kept;
export type QGroup = RuleGroupType & Kept;

/** The field id of a fact path in the builder: `idCard|$.age`. */
export const fieldId = (fact: string, path?: string | null) => `${fact}|${path ?? ''}`;
export const splitField = (id: string): { fact: string; path?: string } => {
  const at = id.indexOf('|');
  const fact = at < 0 ? id : id.slice(0, at);
  const path = at < 0 ? '' : id.slice(at + 1);
  return path ? { fact, path } : { fact };
};
export const SHARED_CONDITION = '__condition';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRef = (v: unknown): v is { fact: string; path?: string } => isObj(v) && typeof v.fact === 'string';
const pick = (o: Record<string, unknown>, skip: string[]) => {
  const rest = Object.fromEntries(Object.entries(o).filter(([k]) => !skip.includes(k)));
  return Object.keys(rest).length > 0 ? rest : undefined;
};
/** Rebuilds an object in `keys` order; keys it did not have before go last, in the order given. */
const ordered = (values: Record<string, unknown>, keys?: string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const k of keys ?? []) if (values[k] !== undefined) out[k] = values[k];
  for (const [k, v] of Object.entries(values)) if (v !== undefined && !(k in out)) out[k] = v;
  return out;
};

function ruleOf(leaf: Condition): QRule {
  const ref = isRef(leaf.value) ? leaf.value : null;
  return {
    field: fieldId(leaf.fact as string, leaf.path as string | undefined), operator: leaf.operator as string,
    value: ref ? fieldId(ref.fact, ref.path) : leaf.value, valueSource: ref ? 'field' : 'value',
    keys: Object.keys(leaf), extra: pick(leaf, ['fact', 'path', 'operator', 'value']), ...(ref ? { refKeys: Object.keys(ref) } : {}),
  };
}

function itemOf(node: Condition): QRule | QGroup {
  if ('all' in node || 'any' in node || 'not' in node) return groupOf(node);
  if ('condition' in node) return { field: SHARED_CONDITION, operator: '=', value: node.condition, raw: node };
  return ruleOf(node);
}

/** A rule's conditions (or any group) as a query. */
export function groupOf(node: Condition): QGroup {
  if ('not' in node) {
    const inner = node.not as Condition;
    const notKeys = Object.keys(node);
    const notExtra = pick(node, ['not']);
    // `{ not: { all|any } }` is a negated group; `{ not: leaf }` (or `{ not: { not: … } }`) a negated group of one.
    if (isObj(inner) && ('all' in inner || 'any' in inner)) return { ...groupOf(inner), not: true, notKeys, notExtra };
    return { combinator: 'and', not: true, rules: [itemOf(inner)], notChild: true, notKeys, notExtra };
  }
  const all = Array.isArray(node.all);
  const list = (all ? node.all : node.any) as Condition[];
  return { combinator: all ? 'and' : 'or', rules: list.map(itemOf), keys: Object.keys(node), extra: pick(node, ['all', 'any']) };
}

/** Values typed by the field (a number input gives text): numbers stay numbers. */
export type Coerce = (field: string, value: unknown, operator: string) => unknown;

function leafOf(rule: QRule, coerce?: Coerce): Condition {
  if (rule.raw) return rule.raw;
  const { fact, path } = splitField(rule.field);
  let value: unknown;
  if (rule.valueSource === 'field') {
    const ref = splitField(String(rule.value));
    value = ordered({ fact: ref.fact, path: ref.path }, rule.refKeys);
  } else value = coerce ? coerce(rule.field, rule.value, rule.operator) : rule.value;
  return ordered({ fact, path, operator: rule.operator, value, ...(rule.extra ?? {}) }, rule.keys ?? ['fact', 'path', 'operator', 'value']);
}

/** A query back to json-rules-engine conditions, byte for byte what `groupOf` read when nothing was edited. */
export function conditionOf(group: QGroup, coerce?: Coerce): Condition {
  const children = group.rules.map((r) => ('rules' in r ? conditionOf(r as QGroup, coerce) : leafOf(r as QRule, coerce)));
  if (group.not) {
    const inner = group.notChild && children.length === 1 ? children[0] : ordered({ [group.combinator === 'or' ? 'any' : 'all']: children, ...(group.extra ?? {}) }, group.keys);
    return ordered({ not: inner, ...(group.notExtra ?? {}) }, group.notKeys ?? ['not']);
  }
  const key = group.combinator === 'or' ? 'any' : 'all';
  // A group switched between all and any keeps its place in the key order.
  const keys = group.keys?.map((k) => (k === 'all' || k === 'any' ? key : k));
  return ordered({ [key]: children, ...(group.extra ?? {}) }, keys);
}
