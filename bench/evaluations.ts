// Bench part 1: evaluations per second of raw json-rules-engine and of Steppe's runtime on the seeded rule sets.
import type { Engine } from 'json-rules-engine';
import { oracleEngine } from '../core/rules/compiler/testing/engine-oracle.js';
import { prng } from '../core/rules/compiler/testing/random-rules.js';
import type { Labels } from '../core/rules/runtime/labels.js';
import { judge, quickJudge } from '../core/rules/runtime/judge.js';
import { toEngineRules, type PreparedRuleSet } from '../core/rules/runtime/prepare.js';
import type { OperatorDefinition } from '../core/plugins/contract.js';
import { randomSnapshot } from './snapshots.js';

export interface EvalRow {
  n: number;
  raw: number;
  /** The compiled rule set's full result (json-rules-engine's shape, conditions included). */
  compiled: number;
  steppe: number;
  explained: number;
}

const CHUNK = 10_000; // snapshots are made in chunks, outside the timed sections

async function timed(snapshots: Record<string, unknown>[], fn: (f: Record<string, unknown>) => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  for (const s of snapshots) {
    const v = fn(s);
    if (v instanceof Promise) await v; // only the engine's run is asynchronous
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** The engine and the runtime must agree on every rule of every snapshot: checked on a sample first. */
async function agree(engine: Engine, prepared: PreparedRuleSet, cases: Record<string, unknown>[]): Promise<void> {
  const r = prng(7);
  for (let i = 0; i < 500; i++) {
    const facts = randomSnapshot(cases, r);
    const raw = await engine.run(facts);
    const passed = new Set(raw.events.map((e) => e.type));
    for (const [id, ok] of Object.entries(quickJudge(prepared, facts).passed)) {
      if (ok !== passed.has(id)) throw new Error(`rule ${id} differs between json-rules-engine and Steppe on ${JSON.stringify(facts)}`);
    }
  }
}

/**
 * evaluations/s on `n` fresh snapshots: `raw` is `engine.run(facts)` (an engine built once,
 * as an application would); `compiled` the compiled rule set's `evaluate` (the engine's result
 * shape); `steppe` the runtime's outcome and amount (`quickJudge`, the compiled fast path
 * dry-runs use); `explained` the decision's verdict with every rule and comparison in Chinese.
 */
export async function measureEvaluations(prepared: PreparedRuleSet, operators: readonly OperatorDefinition[], labels: Labels, cases: Record<string, unknown>[], sizes: number[]): Promise<EvalRow[]> {
  const engine = oracleEngine(toEngineRules(prepared.rules), operators);
  await agree(engine, prepared, cases);
  const raw = (f: Record<string, unknown>) => engine.run(f);
  const compiled = (f: Record<string, unknown>) => prepared.compiled.evaluate(f);
  const steppe = (f: Record<string, unknown>) => quickJudge(prepared, f);
  const explained = (f: Record<string, unknown>) => judge(prepared, f, labels);
  // warm-up, so that all three are measured after JIT compilation
  const warm = Array.from({ length: 2000 }, (_, i) => randomSnapshot(cases, prng(i)));
  for (const fn of [raw, compiled, steppe, explained]) await timed(warm, fn);
  const rows: EvalRow[] = [];
  for (const n of sizes) {
    const r = prng(n);
    const t = { raw: 0, compiled: 0, steppe: 0, explained: 0 };
    for (let done = 0; done < n; done += CHUNK) {
      const chunk = Array.from({ length: Math.min(CHUNK, n - done) }, () => randomSnapshot(cases, r));
      t.raw += await timed(chunk, raw);
      t.compiled += await timed(chunk, compiled);
      t.steppe += await timed(chunk, steppe);
      t.explained += await timed(chunk, explained);
    }
    rows.push({ n, raw: n / t.raw, compiled: n / t.compiled, steppe: n / t.steppe, explained: n / t.explained });
  }
  return rows;
}
