// Compiles a fact comparison (`{ fact, path, operator, value }`) into generated code.
import { leafBuilder } from './builders.js';
import type { CompileContext } from './context.js';
import { child, type Site } from './errors.js';
import { compileFactReader, type FactReader } from './facts.js';
import type { CompiledNode } from './node.js';
import { resolveOperator } from './operators.js';
import { interned } from './emit.js';
import { staticProps } from './shape.js';

/**
 * Mirrors `Condition.evaluate` and the leaf branch of `Rule.evaluate`: the value (a literal
 * or a `{ fact, path }` reference) and the fact are read, the operator is applied (validator
 * first), and the node gets `factResult`, `valueResult` (the literal value too, as the engine
 * does) and `result`, each left out when `undefined`. Settles 3 microtask levels after the
 * slower of its two reads. In a trace, leaf slot `k` records `rec[4k] = true`, then
 * factResult, valueResult and result.
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
    emit(e, mode) {
      const [v, t, s] = [e.name('v'), e.name('t'), e.name('s')];
      const [fr, vr, tf, tv] = [e.name('fr'), e.name('vr'), e.name('tf'), e.name('tv')];
      const run = mode === 'run';
      // with a literal value, the shape is one of INTERNED when the fact is true, false, null or
      // missing and the operator answers true or false: key q = 2 × that fact's case + result
      const q = run && !readValue ? e.name('q') : undefined;
      let code = `let ${v}${run ? `, ${t}, ${s}` : ''}${q ? `, ${q} = -1` : ''};\n{ let ${fr}, ${vr}${run ? `, ${tf}, ${tv} = 0` : ''};\n`;
      code += readFact(e, fr, run ? tf : null);
      code += readValue ? readValue(e, vr, run ? tv : null) : `${vr} = ${e.constant(value)};\n`;
      code += `${v} = ${e.constant(op)}(${fr}, ${vr});\n`;
      if (run) {
        code += `${t} = (${tf} > ${tv} ? ${tf} : ${tv}) + 3;\n`;
        if (q) code += `if (${v} === true || ${v} === false) ${q} = ${fr} === true ? 0 : ${fr} === false ? 2 : ${fr} === null ? 4 : ${fr} === undefined ? 6 : -1; if (${q} >= 0 && ${v}) ${q}++;\n`;
        const make = e.constant(build);
        code += interned(e, s, q, () => `${make}(${fr}, ${vr}, ${v})`);
      }
      if (mode === 'trace') code += `rec[${slot}] = true; rec[${slot + 1}] = ${fr}; rec[${slot + 2}] = ${vr}; rec[${slot + 3}] = ${v};\n`;
      return { code: code + '}\n', v, t, s, q };
    },
  };
}
