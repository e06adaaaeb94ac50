// Public types of the rules compiler: options, the compiled rule set and its result.
import type { TopLevelCondition } from 'json-rules-engine';

export interface CompileOptions {
  /**
   * Shared conditions that rules reference with `{ "condition": "name" }`, as json-rules-engine's
   * `engine.setCondition(name, conditions)`. Compile-error pointers into them are
   * `/conditions/<name>/...`.
   */
  conditions?: Record<string, TopLevelCondition>;
}

/** A rule's event as the engine reports it: `type`, and `params` when truthy. */
export interface RuleEvent {
  type: unknown;
  params?: unknown;
}

/**
 * A condition in json-rules-engine's result shape (the `RuleResult.conditions` tree), as plain
 * JSON with `undefined` members left out:
 * - a fact comparison keeps what was written (`fact`, `operator`, `value`, `path`, `params`,
 *   `priority`, `name`, ...) and, once evaluated, `factResult`, `valueResult` (the resolved
 *   value, also for a literal value) and `result`;
 * - `all` / `any` / `not` keep what was written plus `operator` (`"all"`...) and `priority`
 *   (parsed, default 1), and, once evaluated, `result` — except the rule's root, which never
 *   gets a `result` (the rule's own `result` says it);
 * - an unevaluated reference stays `{ condition: "name", ... }`; an evaluated one becomes the
 *   shared condition with its `result`.
 * Unevaluated conditions (short-circuited) have no `result`, `factResult` or `valueResult`.
 */
export type ConditionResult = Record<string, unknown>;

/** One rule's outcome, as json-rules-engine's `RuleResult`. */
export interface RuleOutcome {
  /** Present when the rule has a name (any truthy value, or 0). */
  name?: unknown;
  priority: number;
  event: RuleEvent;
  /** The rule's result; a boolean unless an operator returned something else. */
  result: boolean;
  conditions: ConditionResult;
}

/** What `engine.run(facts)` gives, as plain JSON. Treat it as read-only: parts are shared. */
export interface RuleSetResult {
  /** Every rule, in the order the engine reports them (`almanac.getResults()`). */
  rules: RuleOutcome[];
  /** Events of the rules whose result is truthy, in that order. */
  events: RuleEvent[];
  /** Events of the other rules, in that order. */
  failureEvents: RuleEvent[];
}

export interface CompiledRuleSet {
  /** Evaluates the rules against a static fact snapshot `{ factId: value }`. */
  evaluate(facts: Record<string, unknown>): RuleSetResult;
  /**
   * Only each rule's `result`, in written order (not the engine's reporting order): the same
   * values `evaluate` gives, without building condition shapes. For outcomes over many snapshots.
   */
  test(facts: Record<string, unknown>): unknown[];
  /**
   * `test` that also records every comparison it evaluates (a leaf's slot is its place among
   * all leaves, rules and conditions as written): what an explanation needs, without building
   * the engine's result shapes. Absent when the rule set uses shared conditions.
   */
  trace?(facts: Record<string, unknown>): RuleSetTrace;
  /** With `trace`: rule i's leaves are the slots `leafStarts[i]` to `leafStarts[i + 1] - 1`. */
  leafStarts?: readonly number[];
}

/** Each rule's result in written order, and per leaf slot `k`: `leaves[4k]` true when evaluated, then factResult, valueResult, result. */
export interface RuleSetTrace {
  results: unknown[];
  leaves: unknown[];
}
