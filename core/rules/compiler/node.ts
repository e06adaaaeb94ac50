// The shape of a compiled condition node and of the per-evaluation state it threads.

/** Scratch state of one `evaluate` call. */
export interface EvalState {
  /** The fact snapshot being evaluated. */
  facts: Record<string, unknown>;
  /** Set by every `run`: the raw result, exactly as json-rules-engine would see it. */
  v: unknown;
  /**
   * Set by every `run`: after how many microtask levels json-rules-engine's promise for
   * this node would settle. Rules of one priority run concurrently in the engine and are
   * reported in the order they settle, so this number decides the order of results.
   */
  t: number;
  /**
   * When set (a trace), every leaf `test` evaluates records itself at its slot `k` as
   * `rec[4k] = true, rec[4k+1] = factResult, rec[4k+2] = valueResult, rec[4k+3] = result`.
   */
  rec: unknown[] | null;
}

/** A condition in json-rules-engine's result shape, as plain JSON. */
export type ConditionOutput = Record<string, unknown>;

/** A compiled condition: a synchronous closure plus what the engine reports when it is skipped. */
export interface CompiledNode {
  /** Priority that orders this node among its siblings (higher first, equal ones together). */
  readonly priority: number;
  /** The node as the engine leaves it when it is not evaluated (frozen, shared). */
  readonly skipped: ConditionOutput;
  /** Evaluates the node: returns its evaluated shape and sets `st.v` and `st.t`. */
  run(st: EvalState): ConditionOutput;
  /** The same raw value `run` leaves in `st.v`, without building the shape (the fast path). */
  test(st: EvalState): unknown;
}
