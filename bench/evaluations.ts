// Bench part 1: evaluations per second on the same snapshots, every path giving the same outcome and amount.
import type { Engine } from 'json-rules-engine';
import { oracleEngine } from '../core/rules/compiler/testing/engine-oracle.js';
import { prng, type Rng } from '../core/rules/compiler/testing/random-rules.js';
import type { RuleEvent } from '../core/rules/compiler/index.js';
import type { Labels } from '../core/rules/runtime/labels.js';
import { amountFen } from '../core/rules/runtime/amount.js';
import { judge, quickJudge } from '../core/rules/runtime/judge.js';
import { toEngineRules, type PreparedRuleSet } from '../core/rules/runtime/prepare.js';
import { OUTCOMES, type Outcome } from '../core/rules/runtime/types.js';
import type { OperatorDefinition } from '../core/plugins/contract.js';
import { randomSnapshot } from '../core/rules/testing/snapshots.js';
import { zenDecision } from './zen-rules.js';

export const PATHS = ['raw', 'compiled', 'zen', 'quick', 'explained'] as const;
export type PathName = (typeof PATHS)[number];
export type EvalRow = { n: number } & Record<PathName, number>;

interface Verdict {
  outcome: Outcome;
  amount_fen: number;
}

const CHUNK = 10_000; // snapshots are made in chunks, outside the timed sections
const ROUND_SECONDS = 0.1;
/** Snapshots per turn of the paths within a round (see measureEvaluations). */
const BLOCK = 500;
/** Rounds per size at the least: one round of a one-chunk size is one draw of the machine's load, uncorrected. */
const MIN_ROUNDS_PER_SIZE = 3;

/**
 * The outcome and amount read from a result of json-rules-engine's shape (`engine.run` and the
 * compiled `evaluate` alike): any failed `ineligible` rule → ineligible, any other failure →
 * needs_review; the amount unless ineligible. The same code for both, so both pay the same.
 */
function verdictOf(prepared: PreparedRuleSet, failureEvents: readonly RuleEvent[], facts: Record<string, unknown>): Verdict {
  let ineligible = false;
  for (const e of failureEvents) if ((e.params as { on_fail: string }).on_fail === 'ineligible') ineligible = true;
  const outcome: Outcome = ineligible ? 'ineligible' : failureEvents.length > 0 ? 'needs_review' : 'eligible';
  const spec = prepared.body.amount;
  return { outcome, amount_fen: outcome !== 'ineligible' && spec ? amountFen(spec, facts) : 0 };
}

/**
 * Runs `fn` on snapshots `from` to `to - 1`, keeping each outcome and amount (the keeping is timed, and tiny).
 * Returns the CPU time of this process (user + system) in seconds: five sessions share this
 * machine's cores, and wall time would count the time other processes held the core. Work on
 * other threads of the process (zen-engine's, the garbage collector's) is counted too.
 */
async function timed(
  snapshots: Record<string, unknown>[],
  from: number,
  to: number,
  fn: (f: Record<string, unknown>) => Verdict | Promise<Verdict>,
  outcomes: Int8Array,
  amounts: Float64Array,
): Promise<number> {
  const start = process.cpuUsage();
  for (let i = from; i < to; i++) {
    let v = fn(snapshots[i]);
    if (v instanceof Promise) v = await v; // engine.run and zen-engine are asynchronous
    outcomes[i] = OUTCOMES.indexOf(v.outcome);
    amounts[i] = v.amount_fen;
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * evaluations/s on `n` fresh snapshots, each path producing the outcome and the amount:
 * `raw` is `engine.run(facts)` (an engine built once, as an application would) read by
 * `verdictOf`; `compiled` the compiled rule set's `evaluate` (the engine's result shape,
 * every condition with its values) read by the same `verdictOf`; `zen` GoRules zen-engine on
 * the same rules translated to a decision graph; `quick` the runtime's fast path (outcome and
 * amount only, what dry-runs use); `explained` the stored decision's verdict, every rule and
 * comparison written out in Chinese. Every timed snapshot's outcome and amount must be equal
 * on all five paths, or the bench stops naming the snapshot.
 */
export async function measureEvaluations(
  prepared: PreparedRuleSet,
  operators: readonly OperatorDefinition[],
  labels: Labels,
  cases: Record<string, unknown>[],
  sizes: number[],
  rounds = 3,
  given: Record<string, unknown> = {},
): Promise<EvalRow[]> {
  // facts every claim of the node is given as they are (its `params`), added after the case's numbers are shaken, as a dry-run adds them
  const snapshot = (r: Rng) => Object.assign(randomSnapshot(cases, r), given);
  const engine: Engine = oracleEngine(toEngineRules(prepared.rules), operators);
  const zen = zenDecision(prepared);
  const fns: Record<PathName, (f: Record<string, unknown>) => Verdict | Promise<Verdict>> = {
    raw: async (f) => verdictOf(prepared, (await engine.run(f)).failureEvents as RuleEvent[], f),
    compiled: (f) => verdictOf(prepared, prepared.compiled.evaluate(f).failureEvents, f),
    zen,
    quick: (f) => quickJudge(prepared, f),
    explained: (f) => judge(prepared, f, labels),
  };
  const outcomes = Object.fromEntries(PATHS.map((p) => [p, new Int8Array(CHUNK)])) as Record<PathName, Int8Array>;
  const amounts = Object.fromEntries(PATHS.map((p) => [p, new Float64Array(CHUNK)])) as Record<PathName, Float64Array>;
  const check = (chunk: Record<string, unknown>[]) => {
    for (let i = 0; i < chunk.length; i++) {
      for (const p of PATHS) {
        if (outcomes[p][i] !== outcomes.raw[i] || amounts[p][i] !== amounts.raw[i]) {
          throw new Error(
            `${p} gives ${OUTCOMES[outcomes[p][i]]} ${amounts[p][i]} where json-rules-engine gives ${OUTCOMES[outcomes.raw[i]]} ${amounts.raw[i]} on ${JSON.stringify(chunk[i])}`,
          );
        }
      }
    }
  };
  // warm-up, so that every path is measured after JIT compilation (and checked on more snapshots)
  const warm = Array.from({ length: 2000 }, (_, i) => snapshot(prng(i)));
  const perSnapshot = {} as Record<PathName, number>;
  for (const p of PATHS) perSnapshot[p] = (await timed(warm, 0, warm.length, fns[p], outcomes[p], amounts[p])) / warm.length;
  check(warm);
  const rows: EvalRow[] = [];
  for (const n of sizes) {
    const r = prng(n);
    const t = Object.fromEntries(PATHS.map((p) => [p, 0])) as Record<PathName, number>;
    const chunks = Math.ceil(n / CHUNK);
    const perChunk = Math.max(rounds, Math.ceil(MIN_ROUNDS_PER_SIZE / chunks));
    for (let done = 0; done < n; done += CHUNK) {
      const chunk = Array.from({ length: Math.min(CHUNK, n - done) }, () => snapshot(r));
      // every path runs the chunk `perChunk` times, and its median round counts: a round slowed by
      // other processes' cache traffic or a stray collection weighs on neither side. A round lasts at
      // least ROUND_SECONDS of CPU (the chunk evaluated again as often as needed, its time divided by
      // the passes): a few milliseconds would be one collection or one context switch.
      // Within a round the paths take turns block by block (BLOCK snapshots, about 0.1 s of
      // json-rules-engine), a fast path's passes spread over the whole round: every path then
      // meets the same spells of load from other processes, not a fast path one 0.1 s spell
      // and json-rules-engine the seconds around it. A path's pass at one turn is over another
      // block than its previous pass, as a pass over the whole chunk would be.
      const times = Object.fromEntries(PATHS.map((p) => [p, [] as number[]])) as Record<PathName, number[]>;
      const passes = Object.fromEntries(PATHS.map((p) => [p, Math.max(1, Math.ceil(ROUND_SECONDS / (perSnapshot[p] * chunk.length)))])) as Record<
        PathName,
        number
      >;
      const blocks = Math.ceil(chunk.length / BLOCK);
      for (let round = 0; round < perChunk; round++) {
        const used = Object.fromEntries(PATHS.map((p) => [p, 0])) as Record<PathName, number>;
        for (let turn = 0; turn < blocks; turn++) {
          for (const p of PATHS) {
            for (let pass = 0; pass < passes[p]; pass++) {
              const b = (turn + pass) % blocks;
              used[p] += await timed(chunk, b * BLOCK, Math.min(chunk.length, (b + 1) * BLOCK), fns[p], outcomes[p], amounts[p]);
            }
          }
        }
        for (const p of PATHS) times[p].push(used[p] / passes[p]);
        check(chunk);
      }
      for (const p of PATHS) t[p] += median(times[p]);
    }
    rows.push({ n, ...(Object.fromEntries(PATHS.map((p) => [p, n / t[p]])) as Record<PathName, number>) });
  }
  return rows;
}
