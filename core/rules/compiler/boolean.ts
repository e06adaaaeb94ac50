// Compiles `all` / `any` / `not` with json-rules-engine's priority batches and short-circuits.
import { branchBuilder } from './builders.js';
import { compileCondition, type BooleanKind } from './condition.js';
import type { CompileContext } from './context.js';
import { child, fail, type Site } from './errors.js';
import type { CompiledNode, ConditionOutput, EvalState } from './node.js';
import { staticProps } from './shape.js';

/**
 * The children of a boolean condition, evaluated as `Rule.evaluate`'s `prioritizeAndRun`
 * does. `run` returns the children's shapes and sets `st.v` to the raw combined value
 * (for `not`, the child's raw value, not yet negated) and `st.t` to its timing.
 */
export interface BooleanBody {
  readonly kind: BooleanKind;
  /** The node's own properties: as written, plus `operator` and the parsed `priority`. */
  readonly base: Readonly<Record<string, unknown>>;
  readonly skippedChildren: ConditionOutput[] | ConditionOutput;
  run(st: EvalState): ConditionOutput[] | ConditionOutput;
  /** The raw combined value `run` leaves in `st.v`, without shapes. */
  test(st: EvalState): unknown;
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
    run(st) {
      const children = body.run(st);
      // `not` adds a `.then(r => !r)` before evaluateCondition's own `.then`
      const passes = kind === 'not' ? !st.v : st.v === true;
      st.t += kind === 'not' ? 2 : 1;
      st.v = passes;
      return build(children, passes);
    },
    test(st) {
      const v = body.test(st);
      return kind === 'not' ? !v : v === true;
    },
  };
  return { body, node };
}

function notBody(raw: Record<string, unknown>, site: Site, ctx: CompileContext, base: Record<string, unknown>): BooleanBody {
  if (Array.isArray(raw.not)) fail(site, '"not" must be a single condition, not an array', '/not');
  const only = compileCondition(raw.not, child(site, 'not'), ctx);
  return { kind: 'not', base, skippedChildren: only.skipped, run: (st) => only.run(st), test: (st) => only.test(st) };
}

function listBody(raw: Record<string, unknown>, kind: 'all' | 'any', site: Site, ctx: CompileContext, base: Record<string, unknown>): BooleanBody {
  const list = raw[kind];
  if (!Array.isArray(list)) fail(site, `"${kind}" must be an array`, '/' + kind);
  const children = list.map((c, i) => compileCondition(c, child(site, kind, i), ctx));
  const skippedChildren = Object.freeze(children.map((c) => c.skipped)) as ConditionOutput[];
  const common = { kind, base, skippedChildren };
  if (children.length === 0) {
    // an empty `all` and an empty `any` are both true
    return { ...common, run: (st) => ((st.v = true), (st.t = 0), []), test: () => true };
  }
  if (children.length === 1) {
    // no batching: the child's raw value is passed up unchanged
    const only = children[0];
    return { ...common, run: (st) => [only.run(st)], test: (st) => only.test(st) };
  }
  const groups = priorityGroups(children);
  const isAll = kind === 'all';
  return {
    ...common,
    run(st) {
      const outs = skippedChildren.slice();
      let acc = isAll;
      let t = 0;
      for (let g = 0; g < groups.length; g++) {
        // `cursor.then(r => r && evaluateConditions(set))`: a decided batch costs one level
        if (isAll ? !acc : acc) {
          t += 1;
          continue;
        }
        // every condition of a batch runs (Promise.all), then every/some on `=== true`
        const group = groups[g];
        let ok = isAll;
        let slowest = 0;
        for (let k = 0; k < group.length; k++) {
          const i = group[k];
          outs[i] = children[i].run(st);
          if (st.t > slowest) slowest = st.t;
          if (isAll) ok = ok && st.v === true;
          else ok = ok || st.v === true;
        }
        acc = ok;
        // Promise.all (+1), .then (+1), returned from a .then (+2)
        t += slowest + 4;
      }
      st.v = acc;
      st.t = t;
      return outs;
    },
    test(st) {
      let acc = isAll;
      for (let g = 0; g < groups.length; g++) {
        if (isAll ? !acc : acc) continue;
        // every condition of a batch is evaluated, as in `run`: an operator that throws throws here too
        const group = groups[g];
        let ok = isAll;
        for (let k = 0; k < group.length; k++) {
          const v = children[group[k]].test(st);
          if (isAll) ok = ok && v === true;
          else ok = ok || v === true;
        }
        acc = ok;
      }
      return acc;
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
