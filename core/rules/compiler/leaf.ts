// Compiles a fact comparison (`{ fact, path, operator, value }`) into a synchronous closure.
import { leafBuilder } from './builders.js';
import type { CompileContext } from './context.js';
import { child, type Site } from './errors.js';
import { compileFactReader, type FactReader } from './facts.js';
import type { CompiledNode, ConditionOutput, EvalState } from './node.js';
import { resolveOperator } from './operators.js';
import { staticProps } from './shape.js';

/**
 * Mirrors `Condition.evaluate` and the leaf branch of `Rule.evaluate`: the value (a literal
 * or a `{ fact, path }` reference) and the fact are read, the operator is applied (validator
 * first), and the node gets `factResult`, `valueResult` (the literal value too, as the engine
 * does) and `result`, each left out when `undefined`. Settles 3 microtask levels after the
 * slower of its two reads.
 */
export function compileLeaf(raw: Record<string, unknown>, site: Site, ctx: CompileContext): CompiledNode {
  const op = resolveOperator(raw.operator, ctx.registry, child(site, 'operator'));
  const readFact = compileFactReader(raw.fact, raw.path, site, 'fact', 'path');
  const base = staticProps(raw, []);
  const value = base.value;
  let readValue: FactReader | null = null;
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact')) {
    const ref = value as Record<string, unknown>;
    readValue = compileFactReader(ref.fact, ref.path, child(site, 'value'), 'fact', 'path');
  }
  const priority = (raw.priority as number | undefined) || 1;
  const build = leafBuilder(base);
  const slot = 4 * ctx.leaves.count++;
  return {
    priority,
    skipped: Object.freeze({ ...base }),
    run(st: EvalState): ConditionOutput {
      const factResult = readFact(st);
      const tf = st.t;
      let valueResult = value;
      let tv = 0;
      if (readValue !== null) {
        valueResult = readValue(st);
        tv = st.t;
      }
      const result = op(factResult, valueResult);
      st.v = result;
      st.t = (tf > tv ? tf : tv) + 3;
      return build(factResult, valueResult, result);
    },
    test(st: EvalState): unknown {
      const factResult = readFact(st);
      const valueResult = readValue === null ? value : readValue(st);
      const result = op(factResult, valueResult);
      const rec = st.rec;
      if (rec !== null) {
        rec[slot] = true;
        rec[slot + 1] = factResult;
        rec[slot + 2] = valueResult;
        rec[slot + 3] = result;
      }
      return result;
    },
  };
}
