// The shape of a compiled condition node: its priority, its skipped shape and the code it generates.
import type { Emitted, Emitter, Mode } from './emit.js';

/** A condition in json-rules-engine's result shape, as plain JSON. */
export type ConditionOutput = Record<string, unknown>;

/** A compiled condition: generated code plus what the engine reports when it is skipped. */
export interface CompiledNode {
  /** Priority that orders this node among its siblings (higher first, equal ones together). */
  readonly priority: number;
  /** The node as the engine leaves it when it is not evaluated (frozen, shared). */
  readonly skipped: ConditionOutput;
  /**
   * Code evaluating the node on the snapshot `facts` (and recording into `rec` in a trace):
   * its raw result exactly as json-rules-engine would see it, and in `run` mode its evaluated
   * shape and after how many microtask levels the engine's promise for it would settle. Rules of
   * one priority run concurrently in the engine and are reported in the order they settle, so
   * that number decides the order of results.
   */
  emit(e: Emitter, mode: Mode): Emitted;
}
