// What every condition compiler needs: the operator registry and the shared (named) conditions.
import type { OperatorFn } from './decorators.js';

export interface CompileContext {
  readonly registry: ReadonlyMap<string, OperatorFn>;
  /** Shared conditions by name (json-rules-engine's `engine.setCondition`), as written. */
  readonly named: ReadonlyMap<string, Record<string, unknown>>;
  /** Shared conditions being inlined, outermost first, to report cycles. */
  readonly resolving: readonly string[];
  /** Leaves compiled so far, shared by the whole compilation: each leaf's slot in a trace. */
  readonly leaves: { count: number };
}
