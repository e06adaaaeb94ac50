// Compile-time generated builders of result objects, one object-literal shape per node kind.
import type { ConditionOutput } from './node.js';

// Why generated code: a spread (`{ ...base }`) or Object.assign at one call site that sees
// dozens of shapes (every leaf has other keys) goes megamorphic in V8 and costs 70-100 ns
// per object; an object literal with fixed keys costs ~15 ns. Keys are embedded through
// JSON.stringify (a valid JS string literal) and values are passed in, never embedded.
// Builders are cached by key list, so leaves of the same shape share code and feedback.

type Leaf = (factResult: unknown, valueResult: unknown, result: unknown) => ConditionOutput;
type Branch = (children: unknown, result: unknown) => ConditionOutput;

const leafCache = new Map<string, (values: unknown[]) => Leaf>();
const branchCache = new Map<string, (values: unknown[]) => Branch>();

/** `{ "key": v[i], ... }`, or the local named in `locals` for a key listed there. */
function literal(keys: readonly string[], locals: Record<string, string> = {}): string {
  return '{' + keys.map((k, i) => `${JSON.stringify(k)}: ${Object.hasOwn(locals, k) ? locals[k] : `v[${i}]`}`).join(', ') + '}';
}

// `{ "__proto__": x }` would set the prototype, not a property
const generatable = (keys: readonly string[]) => !keys.includes('__proto__');

/** Builds an evaluated leaf: `base` plus `factResult`, `valueResult`, `result` unless undefined. */
export function leafBuilder(base: Record<string, unknown>): Leaf {
  const keys = Object.keys(base);
  const values = Object.values(base);
  if (!generatable(keys)) {
    return (fr, vr, r) => {
      const o: ConditionOutput = { ...base };
      if (fr !== undefined) o.factResult = fr;
      if (vr !== undefined) o.valueResult = vr;
      if (r !== undefined) o.result = r;
      return o;
    };
  }
  const signature = JSON.stringify(keys);
  let make = leafCache.get(signature);
  if (!make) {
    // the usual case (all three defined) is one literal; a missing one is left out, as JSON would
    const full = literal([...keys, 'factResult', 'valueResult', 'result'], { factResult: 'fr', valueResult: 'vr', result: 'r' });
    const body = `return (fr, vr, r) => { if (fr !== undefined && vr !== undefined && r !== undefined) return ${full};
      const o = ${literal(keys)};
      if (fr !== undefined) o.factResult = fr;
      if (vr !== undefined) o.valueResult = vr;
      if (r !== undefined) o.result = r;
      return o; };`;
    make = new Function('v', body) as (values: unknown[]) => Leaf;
    leafCache.set(signature, make);
  }
  return make(values);
}

/**
 * Builds an evaluated `all`/`any`/`not` node: `base` plus the children under `kind`, and
 * `result` when `withResult` (a rule's root has none).
 */
export function branchBuilder(base: Record<string, unknown>, kind: string, withResult: boolean): Branch {
  const keys = Object.keys(base).filter((k) => k !== kind && k !== 'result');
  const values = keys.map((k) => base[k]);
  if (!generatable(keys)) {
    return (children, result) => {
      const o: ConditionOutput = { ...base, [kind]: children };
      if (withResult) o.result = result;
      return o;
    };
  }
  const all = [...keys, kind, ...(withResult ? ['result'] : [])];
  const signature = JSON.stringify(all);
  let make = branchCache.get(signature);
  if (!make) {
    const inner = all.map((k, i) => (i < keys.length ? `${JSON.stringify(k)}: v[${i}]` : `${JSON.stringify(k)}: ${k === kind ? 'c' : 'r'}`));
    make = new Function('v', `return (c, r) => ({${inner.join(', ')}});`) as (values: unknown[]) => Branch;
    branchCache.set(signature, make);
  }
  return make(values);
}
