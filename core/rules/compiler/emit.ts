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
   * Compiles `body` (which returns the result) with the constants in scope, and the helpers
   * `hasOwn`, `getProto` (Object.getPrototypeOf) and `OP` (Object.prototype) that own-property
   * reads use (see `facts.ts`).
   */
  compile<T>(body: string): T {
    const bind = this.values.length ? `const ${this.values.map((_, i) => `k${i} = K[${i}]`).join(', ')};\n` : '';
    return new Function('K', 'hasOwn', 'getProto', 'OP', `'use strict';\n${bind}${body}`)(this.values, Object.hasOwn, Object.getPrototypeOf, Object.prototype) as T;
  }
}

/** A JavaScript string literal for `key` (JSON strings are valid JavaScript). */
export const quote = (key: string): string => JSON.stringify(key);
