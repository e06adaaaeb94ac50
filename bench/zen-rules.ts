// Bench support: a prepared rule set as a GoRules decision graph (JDM), computing the same outcome and amount.
import { ZenEngine, type ZenDecision } from '@gorules/zen-engine';
import type { Rule } from '../core/configs/kinds/ruleset.js';
import type { PreparedRuleSet } from '../core/rules/runtime/prepare.js';
import type { Outcome } from '../core/rules/runtime/types.js';

type Cond = Record<string, unknown>;

/** `catalogEntry` + `$.standardFen` → `catalogEntry.standardFen` (the path subset rules use). */
function ref(fact: unknown, path: unknown): string {
  if (typeof fact !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(fact)) throw new Error(`zen: unsupported fact ${JSON.stringify(fact)}`);
  if (path === undefined || path === '' || path === '$') return fact;
  if (typeof path !== 'string' || !/^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])+$/.test(path)) throw new Error(`zen: unsupported path ${JSON.stringify(path)}`);
  return fact + path.slice(1);
}

const literal = (v: unknown): string => {
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  throw new Error(`zen: unsupported literal ${JSON.stringify(v)}`);
};

/**
 * One comparison in ZEN's expression language, with json-rules-engine's semantics for the
 * values the bench feeds (type guards where the core operator validates the fact value).
 */
function leaf(c: Cond): string {
  const a = ref(c.fact, c.path);
  const v = c.value;
  const isRef = v !== null && typeof v === 'object' && !Array.isArray(v);
  const b = isRef ? ref((v as Cond).fact, (v as Cond).path) : literal(v);
  // JavaScript's `5 >= undefined` is false; ZEN refuses to order a number and null
  const num = `type(${a}) == 'number'` + (isRef ? ` and type(${b}) == 'number'` : '');
  switch (c.operator) {
    case 'equal':
      return `${a} == ${b}`;
    case 'notEqual':
      return `${a} != ${b}`;
    case 'in':
      return `${a} in ${b}`;
    case 'notIn':
      return `not (${a} in ${b})`;
    case 'greaterThanInclusive':
      return `(${num} and ${a} >= ${b})`;
    case 'greaterThan':
      return `(${num} and ${a} > ${b})`;
    case 'lessThanInclusive':
      return `(${num} and ${a} <= ${b})`;
    case 'lessThan':
      return `(${num} and ${a} < ${b})`;
    case 'between': {
      if (!Array.isArray(v) || v.length !== 2) throw new Error('zen: between needs [min, max]');
      return `(${num} and ${a} >= ${literal(v[0])} and ${a} <= ${literal(v[1])})`;
    }
    case 'dateOnOrAfter':
    case 'dateOnOrBefore': {
      const cmp = c.operator === 'dateOnOrAfter' ? '>=' : '<=';
      return `(type(${a}) == 'string' and type(${b}) == 'string' and date(${a}) ${cmp} date(${b}))`;
    }
    default:
      throw new Error(`zen: operator ${String(c.operator)} is not translated`);
  }
}

function condition(c: Cond): string {
  if (Array.isArray(c.all)) return c.all.length ? `(${c.all.map((x) => condition(x as Cond)).join(' and ')})` : 'true';
  if (Array.isArray(c.any)) return c.any.length ? `(${c.any.map((x) => condition(x as Cond)).join(' or ')})` : 'true';
  if (c.not !== undefined) return `not ${condition(c.not as Cond)}`;
  if (typeof c.fact === 'string') return leaf(c);
  throw new Error('zen: unsupported condition');
}

/** The amount as `calcAmount` computes it: exact decimals in ZEN, rounded down, capped; 0 when unusable. */
function amount(prepared: PreparedRuleSet): string {
  const spec = prepared.body.amount;
  if (!spec) return '0';
  const base = ref(spec.base.fact, spec.base.path);
  let value = `floor(${base})`;
  let guard = `type(${base}) == 'number' and ${base} >= 0`;
  if (spec.scale_by) {
    const scale = ref(spec.scale_by.fact, spec.scale_by.path);
    guard += ` and type(${scale}) == 'number'`;
    value = `floor(${base}) * max([0, round(${scale} * 1000000) / 1000000])`;
  }
  if (spec.cap_fen !== undefined) value = `min([${value}, ${spec.cap_fen}])`;
  value = spec.rounding === 'yuan' ? `floor(${value} / 100) * 100` : `floor(${value})`;
  return `${guard} ? ${value} : 0`;
}

/** The JDM graph: input → one expression node (each rule, then outcome and amount) → output. */
export function toDecisionGraph(prepared: PreparedRuleSet): object {
  const rules = prepared.rules as Rule[];
  const expressions = rules.map((r, i) => ({ id: `r${i}`, key: `r${i}`, value: condition(r.conditions as Cond) }));
  const failed = (onFail: string) => rules.map((r, i) => (r.event.params.on_fail === onFail ? `not $.r${i}` : null)).filter(Boolean);
  const anyOf = (xs: Array<string | null>) => (xs.length ? xs.join(' or ') : 'false');
  const ineligible = anyOf(failed('ineligible'));
  const review = anyOf(failed('needs_review'));
  expressions.push({ id: 'outcome', key: 'outcome', value: `${ineligible} ? 'ineligible' : (${review} ? 'needs_review' : 'eligible')` });
  expressions.push({ id: 'amount', key: 'amount_fen', value: `$.outcome == 'ineligible' ? 0 : (${amount(prepared)})` });
  const position = { x: 0, y: 0 };
  return {
    nodes: [
      { id: 'in', type: 'inputNode', name: 'facts', position },
      { id: 'rules', type: 'expressionNode', name: 'rules', position, content: { expressions } },
      { id: 'out', type: 'outputNode', name: 'verdict', position },
    ],
    edges: [
      { id: 'e1', sourceId: 'in', targetId: 'rules', type: 'edge' },
      { id: 'e2', sourceId: 'rules', targetId: 'out', type: 'edge' },
    ],
  };
}

export interface ZenVerdict {
  outcome: Outcome;
  amount_fen: number;
}

const engine = new ZenEngine();

/** The rule set compiled once by zen-engine, evaluated as an application would (`decision.evaluate(facts)`). */
export function zenDecision(prepared: PreparedRuleSet): (facts: Record<string, unknown>) => Promise<ZenVerdict> {
  const decision: ZenDecision = engine.createDecision(toDecisionGraph(prepared));
  return async (facts) => {
    const { result } = await decision.evaluate(facts);
    return { outcome: result.outcome, amount_fen: Number(result.amount_fen) };
  };
}
