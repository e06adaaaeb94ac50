// Code generation for compiled rules: constants handed in by reference, fresh local names, one Function per rule.

/**
 * What a node's generated code computes:
 * - `run`: the raw result, the engine's settling level and the result shape;
 * - `test`: the raw result only;
 * - `trace`: the raw result, and every evaluated comparison recorded in `rec`.
 */
export type Mode = 'run' | 'test' | 'trace';

/** Code that declares and assigns the locals named `v` (raw result), `t` (level) and `s` (shape); `t` and `s` only in `run`. */
export interface Emitted {
  code: string;
  v: string;
  t: string;
  s: string;
  /**
   * In `run`, for a node whose shape can only be one of a few (see `interned`): the local holding
   * which one (0 to INTERNED - 1), or -1 when this evaluation's shape is not one of them.
   */
  q?: string;
}

/** How many shapes a node with a key (`Emitted.q`) can have: a boolean result × a factResult of true, false, null or undefined. */
export const INTERNED = 8;

/**
 * Code giving `s` the shape `build(shared)` makes (`shared`: its own new arrays frozen too), shared when key `q` says it is one of the INTERNED
 * possible ones: built and frozen the first time, the same object after (results are read-only,
 * and their constant parts are shared already). Why: a rule set's evaluation is mostly allocation,
 * and a comparison of a yes/no fact, with its rule when that is the rule's only comparison, has
 * only these few shapes.
 */
export function interned(e: Emitter, s: string, q: string | undefined, build: (shared: boolean) => string): string {
  if (q === undefined) return `${s} = ${build(false)};\n`;
  const memo = e.constant(new Array<unknown>(INTERNED).fill(undefined));
  return `if (${q} >= 0) { ${s} = ${memo}[${q}]; if (${s} === undefined) ${s} = ${memo}[${q}] = freeze(${build(true)}); } else ${s} = ${build(false)};\n`;
}

// Why generated code: closures calling closures (`children[i].run(st)`, `op(a, b)`, `read(st)`) meet
// every kind of node and every operator at one call site, which V8 cannot inline (megamorphic).
// Generated code gives each comparison its own call sites, and fact reads become property loads.
// Only names and JSON-quoted keys are written into the code; every value is passed in as a constant.
export class Emitter {
  private readonly values: unknown[] = [];
  private count = 0;

  /** A local name for `value`, bound once when the code is compiled (values are never embedded). */
  constant(value: unknown): string {
    this.values.push(value);
    return `k${this.values.length - 1}`;
  }

  /** A fresh local name. */
  name(prefix: string): string {
    return `${prefix}${this.count++}`;
  }

  /**
   * Compiles `body` (which returns the result) with the constants in scope, the helpers
   * `hasOwn`, `getProto` (Object.getPrototypeOf) and `OP` (Object.prototype) that own-property
   * reads use (see `facts.ts`), and `freeze` (Object.freeze) for shared shapes.
   */
  compile<T>(body: string): T {
    const bind = this.values.length ? `const ${this.values.map((_, i) => `k${i} = K[${i}]`).join(', ')};\n` : '';
    return new Function('K', 'hasOwn', 'getProto', 'OP', 'freeze', `'use strict';\n${bind}${body}`)(this.values, Object.hasOwn, Object.getPrototypeOf, Object.prototype, Object.freeze) as T;
  }
}

/** A JavaScript string literal for `key` (JSON strings are valid JavaScript). */
export const quote = (key: string): string => JSON.stringify(key);
