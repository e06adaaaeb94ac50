// Compiles `all` / `any` / `not` with json-rules-engine's priority batches and short-circuits.
import { branchBuilder } from './builders.js';
import { compileCondition, type BooleanKind } from './condition.js';
import type { CompileContext } from './context.js';
import { interned, type Emitted, type Emitter, type Mode } from './emit.js';
import { child, fail, type Site } from './errors.js';
import type { CompiledNode, ConditionOutput } from './node.js';
import { staticProps } from './shape.js';

/**
 * The children of a boolean condition, evaluated as `Rule.evaluate`'s `prioritizeAndRun`
 * does. The code leaves in `v` the raw combined value (for `not`, the child's raw value, not
 * yet negated), and in `run` mode in `s` the children's shapes and in `t` its timing.
 */
export interface BooleanBody {
  readonly kind: BooleanKind;
  /** The node's own properties: as written, plus `operator` and the parsed `priority`. */
  readonly base: Readonly<Record<string, unknown>>;
  readonly skippedChildren: ConditionOutput[] | ConditionOutput;
  emit(e: Emitter, mode: Mode): Emitted;
}

/**
 * @param prefix properties a condition reference keeps when it is replaced by this condition
 */
export function compileBoolean(
  raw: Record<string, unknown>,
  kind: BooleanKind,
  site: Site,
  ctx: CompileContext,
  prefix: Record<string, unknown> = {},
): { body: BooleanBody; node: CompiledNode } {
  const priority = parseInt(String(raw.priority), 10) || 1; // parseInt reads String(x) anyway
  const base = Object.freeze({ ...prefix, ...staticProps(raw, [kind]), operator: kind, priority });
  const body = kind === 'not' ? notBody(raw, site, ctx, base) : listBody(raw, kind, site, ctx, base);
  const skipped = Object.freeze({ ...base, [kind]: body.skippedChildren });
  const build = branchBuilder(base, kind, true);
  const node: CompiledNode = {
    priority,
    skipped,
    emit(e, mode) {
      const inner = body.emit(e, mode);
      const [v, t, s] = [e.name('v'), e.name('t'), e.name('s')];
      // `not` adds a `.then(r => !r)` before evaluateCondition's own `.then`
      let code = inner.code + `const ${v} = ${kind === 'not' ? `!${inner.v}` : `${inner.v} === true`};\n`;
      if (mode === 'run') {
        // a key of the child (only one child) decides this node's shape too
        const make = e.constant(build);
        code += `const ${t} = ${inner.t} + ${kind === 'not' ? 2 : 1};\nlet ${s};\n` + interned(e, s, inner.q, (shared) => `${make}(${shared ? `freeze(${inner.s})` : inner.s}, ${v})`);
      }
      return { code, v, t, s, q: inner.q };
    },
  };
  return { body, node };
}

function notBody(raw: Record<string, unknown>, site: Site, ctx: CompileContext, base: Record<string, unknown>): BooleanBody {
  if (Array.isArray(raw.not)) fail(site, '"not" must be a single condition, not an array', '/not');
  const only = compileCondition(raw.not, child(site, 'not'), ctx);
  return { kind: 'not', base, skippedChildren: only.skipped, emit: (e, mode) => only.emit(e, mode) };
}

function listBody(raw: Record<string, unknown>, kind: 'all' | 'any', site: Site, ctx: CompileContext, base: Record<string, unknown>): BooleanBody {
  const list = raw[kind];
  if (!Array.isArray(list)) fail(site, `"${kind}" must be an array`, '/' + kind);
  const children = list.map((c, i) => compileCondition(c, child(site, kind, i), ctx));
  const skippedChildren = Object.freeze(children.map((c) => c.skipped)) as ConditionOutput[];
  const common = { kind, base, skippedChildren };
  if (children.length === 0) {
    // an empty `all` and an empty `any` are both true
    return { ...common, emit: () => ({ code: '', v: 'true', t: '0', s: '[]' }) };
  }
  if (children.length === 1) {
    // no batching: the child's raw value is passed up unchanged
    const only = children[0];
    return {
      ...common,
      emit(e, mode) {
        const c = only.emit(e, mode);
        return { ...c, s: `[${c.s}]` };
      },
    };
  }
  const groups = priorityGroups(children);
  const isAll = kind === 'all';
  return {
    ...common,
    emit(e, mode) {
      const run = mode === 'run';
      const [v, t, s] = [e.name('v'), e.name('t'), e.name('s')];
      const [acc, ok, slowest] = [e.name('acc'), e.name('ok'), e.name('slow')];
      // each child's shape starts as its skipped one and is replaced when it is evaluated
      const shapes = children.map(() => e.name('c'));
      let code = `let ${acc} = ${isAll}${run ? `, ${t} = 0, ${shapes.map((c, i) => `${c} = ${e.constant(skippedChildren[i])}`).join(', ')}` : ''};\n`;
      groups.forEach((group, g) => {
        // `cursor.then(r => r && evaluateConditions(set))`: a decided batch costs one level (the first never is)
        if (g > 0) code += `if (${isAll ? `!${acc}` : acc}) {${run ? ` ${t} += 1;` : ''} } else `;
        code += `{ let ${ok} = ${isAll}${run ? `, ${slowest} = 0` : ''};\n`;
        // every condition of a batch runs (Promise.all), then every/some on `=== true`
        for (const i of group) {
          const c = children[i].emit(e, mode);
          code += c.code;
          code += isAll ? `${ok} = ${ok} && ${c.v} === true;\n` : `${ok} = ${ok} || ${c.v} === true;\n`;
          if (run) code += `${shapes[i]} = ${c.s}; if (${c.t} > ${slowest}) ${slowest} = ${c.t};\n`;
        }
        // Promise.all (+1), .then (+1), returned from a .then (+2)
        code += `${acc} = ${ok};${run ? ` ${t} += ${slowest} + 4;` : ''} }\n`;
      });
      if (run) code += `const ${s} = [${shapes.join(', ')}];\n`;
      return { code: code + `const ${v} = ${acc};\n`, v, t, s };
    },
  };
}

/** Child indexes grouped by priority, highest first, written order within a group. */
export function priorityGroups(children: readonly { priority: number }[]): number[][] {
  const byPriority = new Map<number, number[]>();
  children.forEach((c, i) => {
    const group = byPriority.get(c.priority);
    if (group) group.push(i);
    else byPriority.set(c.priority, [i]);
  });
  return [...byPriority.keys()].sort((a, b) => b - a).map((p) => byPriority.get(p)!);
}
