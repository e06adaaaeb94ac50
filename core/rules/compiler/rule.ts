// Compiles one rule: its event, name, priority and root condition, as json-rules-engine's Rule.
import { compileBoolean } from './boolean.js';
import { branchBuilder } from './builders.js';
import { conditionKind } from './condition.js';
import type { CompileContext } from './context.js';
import { child, fail, type Site } from './errors.js';
import type { ConditionOutput } from './node.js';
import { Emitter, interned, type Emitted, type Mode } from './emit.js';
import { realize } from './reference.js';
import { frozenCopy, isPlainObject } from './shape.js';
import type { RuleEvent, RuleOutcome } from './types.js';

export interface CompiledRule {
  readonly priority: number;
  /** Evaluates the rule; sets `st.t` to when the engine's `rule.evaluate` would settle. */
  run(facts: Record<string, unknown>, st: { t: number }): RuleOutcome;
  /** The rule's raw result only (`RuleOutcome.result`). */
  test(facts: Record<string, unknown>): unknown;
  /** `test`, every evaluated comparison recorded at its leaf slot of `rec`. */
  trace(facts: Record<string, unknown>, rec: unknown[]): unknown;
}

export function compileRule(raw: unknown, index: number, ctx: CompileContext): CompiledRule {
  let site: Site = { owner: `rule #${index}`, pointer: `/rules/${index}` };
  if (!isPlainObject(raw)) fail(site, 'a rule must be an object');
  const hasName = Boolean(raw.name) || raw.name === 0;
  if (hasName) site = { ...site, owner: `rule ${JSON.stringify(raw.name)} (#${index})` };
  if (!Object.hasOwn(raw, 'event')) fail(site, 'a rule needs an "event"');
  if (!Object.hasOwn(raw, 'conditions')) fail(site, 'a rule needs "conditions"');
  const event = ruleEvent(raw.event, child(site, 'event'));
  const priority = rulePriority(raw.priority, child(site, 'priority'));
  const name = hasName ? frozenCopy(raw.name) : undefined;
  const root = compileRoot(raw.conditions, child(site, 'conditions'), ctx);
  // one object literal per case, so that every outcome of a rule has one shape
  const outcome =
    name === undefined
      ? (result: unknown, conditions: ConditionOutput) => (result === undefined ? { priority, event, conditions } : { priority, event, result, conditions })
      : (result: unknown, conditions: ConditionOutput) => (result === undefined ? { name, priority, event, conditions } : { name, priority, event, result, conditions });
  const e = new Emitter();
  const run = root.emit(e, 'run');
  const test = root.emit(e, 'test');
  const trace = root.emit(e, 'trace');
  // a root with a key has a few possible outcomes, shared as its shape is
  const o = e.name('o');
  const ending = `let ${o};\n` + interned(e, o, run.q, () => `${e.constant(outcome)}(${run.v}, ${run.s})`);
  const fns = e.compile<Omit<CompiledRule, 'priority'>>(`return {
    run(facts, st) {\n${run.code}st.t = ${run.t};\n${ending}return ${o};\n},
    test(facts) {\n${test.code}return ${test.v};\n},
    trace(facts, rec) {\n${trace.code}return ${trace.v};\n},
  };`);
  return { priority, run: fns.run, test: fns.test, trace: fns.trace };
}

// `options.event || { type: 'unknown' }`, then only `type` and a truthy `params` are kept
function ruleEvent(raw: unknown, site: Site): RuleEvent {
  const event = raw || { type: 'unknown' };
  if (!isPlainObject(event) || !Object.hasOwn(event, 'type')) fail(site, 'the event needs a "type"');
  const out: RuleEvent = { type: frozenCopy(event.type) };
  if (event.params) out.params = frozenCopy(event.params);
  return Object.freeze(out);
}

// `parseInt(options.priority || 1, 10)`, which must be greater than zero
function rulePriority(raw: unknown, site: Site): number {
  if (raw !== undefined && raw !== null && typeof raw !== 'number') fail(site, '"priority" must be a number');
  const priority = parseInt(String(raw || 1), 10);
  if (!(priority > 0)) fail(site, `"priority" must be at least 1 once truncated (got ${raw})`);
  return priority;
}

/**
 * The root is not evaluated like a nested condition: `Rule.evaluate` calls `all()`/`any()`/
 * `not()` on its children directly, so the root gets no `result`, a single child's raw value
 * becomes the rule's result, and `not` costs one level less. A root reference is realized
 * and evaluated as a nested condition, so it does get a `result`.
 */
function compileRoot(raw: unknown, site: Site, ctx: CompileContext): { emit(e: Emitter, mode: Mode): Emitted } {
  const kind = conditionKind(raw, site);
  const props = raw as Record<string, unknown>;
  if (kind === 'leaf') fail(site, 'the root of "conditions" must be "all", "any", "not" or "condition"');
  if (kind === 'condition') return realize(props, site, ctx, {});
  const { body } = compileBoolean(props, kind, site, ctx);
  const build = branchBuilder(body.base, kind, false);
  return {
    emit(e, mode) {
      const inner = body.emit(e, mode);
      if (kind !== 'not' && mode !== 'run') return inner;
      const [v, t, s] = [e.name('v'), e.name('t'), e.name('s')];
      let code = inner.code + `const ${v} = ${kind === 'not' ? `!${inner.v}` : inner.v};\n`;
      if (mode === 'run') {
        const make = e.constant(build);
        code += `const ${t} = ${inner.t}${kind === 'not' ? ' + 1' : ''};\nlet ${s};\n` + interned(e, s, inner.q, (shared) => `${make}(${shared ? `freeze(${inner.s})` : inner.s}, undefined)`);
      }
      return { code, v, t, s, q: inner.q };
    },
  };
}
