// Benchmark: evaluations per second of json-rules-engine vs the compiled evaluator on ruleset-10.
// Run: npx tsx bench/rules-compiler.ts   (BENCH_QUICK=1 for a short run)
import { readFileSync } from 'node:fs';
import type { RuleProperties } from 'json-rules-engine';
import coreOperators from '../plugins/core-operators/index.js';
import { compileRuleSet } from '../core/rules/compiler/index.js';
import { claimFacts } from '../core/rules/compiler/testing/claim-facts.js';
import { oracleEngine } from '../core/rules/compiler/testing/engine-oracle.js';
import { prng } from '../core/rules/compiler/testing/random-rules.js';

const quick = process.env.BENCH_QUICK === '1';
const SIZES = quick ? [1_000, 5_000] : [10_000, 100_000];
const CHUNK = 10_000; // fact sets are generated in chunks, outside the timed sections

const rules = JSON.parse(readFileSync(new URL('./fixtures/ruleset-10.json', import.meta.url), 'utf8')) as RuleProperties[];
const operators = coreOperators.operators ?? [];
const engine = oracleEngine(rules, operators);
const compiled = compileRuleSet(rules, operators);

/** Runs `evaluate` over `n` fresh fact sets; returns evaluations/s and the number of success events. */
async function measure(n: number, seed: number, evaluate: (facts: Record<string, unknown>) => Promise<number> | number): Promise<{ perSecond: number; events: number }> {
  const r = prng(seed);
  let elapsed = 0;
  let events = 0;
  for (let done = 0; done < n; done += CHUNK) {
    const chunk = Array.from({ length: Math.min(CHUNK, n - done) }, () => claimFacts(r));
    const start = process.hrtime.bigint();
    for (const facts of chunk) events += await evaluate(facts);
    elapsed += Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { perSecond: n / elapsed, events };
}

const raw = async (facts: Record<string, unknown>) => (await engine.run(facts)).events.length;
const fast = (facts: Record<string, unknown>) => compiled.evaluate(facts).events.length;

// warm-up, so that both are measured after JIT compilation
await measure(1_000, 1, raw);
await measure(5_000, 1, fast);

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const rows: string[][] = [['fact sets', 'json-rules-engine evals/s', 'compiled evals/s', 'ratio']];
let ratio = 0;
for (const n of SIZES) {
  const a = await measure(n, n, raw);
  const b = await measure(n, n, fast);
  if (a.events !== b.events) throw new Error(`results differ: ${a.events} vs ${b.events} success events`);
  ratio = b.perSecond / a.perSecond;
  rows.push([fmt(n), fmt(a.perSecond), fmt(b.perSecond), `${ratio.toFixed(1)}×`]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c])).join('  '));
console.log(`ratio: ${ratio.toFixed(1)}`);
