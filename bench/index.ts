// npm run bench: json-rules-engine and zen-engine vs Steppe's runtime on each seeded rule set, and a dry-run over stored claims.
// BENCH_QUICK=1 for a short run (1k/5k snapshots, 20k stored claims); BENCH_RULESETS=training and BENCH_DRY_RUN=0 narrow it;
// BENCH_ROUNDS=n runs each chunk n times per path, the median round counting (default 3 quick, 1 full; at least 3 rounds per size).
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../core/paths.js';
import { SHIPPED_TARGETS, shippedRuleSets } from '../core/rules/testing/shipped.js';
import { measureEvaluations } from './evaluations.js';
import { benchDryRun } from './dry-run.js';
import { caseSnapshots } from '../core/rules/testing/snapshots.js';
import { PARAMS_FACT } from '../core/configs/params.js';

const quick = process.env.BENCH_QUICK === '1';
const SIZES = quick ? [1_000, 5_000] : [10_000, 100_000];
const DRY_RUN_CLAIMS = quick ? 20_000 : 200_000;
/**
 * BENCH_ROUNDS: how many times each path runs each chunk of snapshots, the median round counting. The full run's
 * default is 1, but a size is never timed on fewer than 3 rounds in all: its 10 k size (one chunk) runs 3, its 100 k
 * size (10 chunks) one each.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (quick ? 3 : 1));
/** BENCH_RULESETS=training,upgrade limits the run to those rule sets. */
const only = process.env.BENCH_RULESETS?.split(',').filter(Boolean);
const { sets, plugins, labels } = await shippedRuleSets(only ? SHIPPED_TARGETS.filter(([key]) => only.includes(key)) : SHIPPED_TARGETS);
const operators = [...plugins.operators.values()];
const configs = path.join(ROOT, 'configs');

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const x = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const table: string[][] = [['rule set', 'node', 'rules', 'snapshots', 'json-rules-engine/s', 'zen-engine/s', 'compiled/s', 'explained/s', 'quick/s', 'compiled÷jre', 'explained÷jre', 'compiled÷zen', 'explained÷zen']];
const ratios: string[] = [];
const worst = { compiled: Infinity, explained: Infinity, zen: Infinity };
console.log(`Node ${process.version}, one core (the event loop), ${quick ? 'BENCH_QUICK' : 'full run'}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`evaluations per CPU second of this process (user + system) on the same random snapshots, the median of ${ROUNDS} round(s) of at least 0.1 s per chunk (a size of fewer than 3 chunks: of 3 rounds or more), paths taking turns;`);
console.log('every path gives the outcome and the amount, checked identical on every timed snapshot in every round:');
console.log('  json-rules-engine = engine.run(facts), outcome and amount read from its result | zen-engine = GoRules zen-engine on the same rules as a decision graph');
console.log('  compiled = Steppe\'s compiled evaluate, json-rules-engine\'s result shape (every condition with its values), read the same way');
console.log('  explained = the stored decision\'s verdict, every rule and comparison in Chinese | quick = outcome and amount only (dry-runs)\n');
for (const { key, node, chain, prepared, params } of sets) {
  const rows = await measureEvaluations(prepared, operators, labels, caseSnapshots(configs, key), SIZES, ROUNDS, prepared.facts.includes(PARAMS_FACT) ? { [PARAMS_FACT]: params } : {});
  for (const row of rows) {
    table.push([key, `${node} (${chain.join('→')})`, String(prepared.rules.length), fmt(row.n), fmt(row.raw), fmt(row.zen), fmt(row.compiled), fmt(row.explained), fmt(row.quick),
      x(row.compiled, row.raw), x(row.explained, row.raw), x(row.compiled, row.zen), x(row.explained, row.zen)]);
  }
  // every size counts towards the lowest, not only the largest
  for (const row of rows) {
    worst.compiled = Math.min(worst.compiled, row.compiled / row.raw);
    worst.explained = Math.min(worst.explained, row.explained / row.raw);
    worst.zen = Math.min(worst.zen, row.compiled / row.zen);
  }
  const last = rows.at(-1)!;
  ratios.push(`ratio: ${(last.compiled / last.raw).toFixed(1)}  ${key}@${node}  compiled ÷ json-rules-engine (explained ${(last.explained / last.raw).toFixed(1)}, compiled ÷ zen-engine ${(last.compiled / last.zen).toFixed(1)}, explained ÷ zen-engine ${(last.explained / last.zen).toFixed(1)})`);
}
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
for (const row of table) console.log(row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
console.log('');
for (const line of ratios) console.log(line);
console.log(`lowest over the rule sets and sizes: compiled ${worst.compiled.toFixed(1)}× json-rules-engine (target ≥ 100×), explained ${worst.explained.toFixed(1)}× (target ≥ 30×), compiled ${worst.zen.toFixed(1)}× zen-engine (target > 1×)`);

if (process.env.BENCH_DRY_RUN === '0') process.exit(0);
const dry = await benchDryRun(DRY_RUN_CLAIMS, caseSnapshots(configs, 'training'));
const r = dry.result;
console.log(`\ndry-run of a stricter 自治区 training draft over ${fmt(dry.claims)} stored claims (SQLite, ${fmt(dry.averageDecisionBytes)} bytes per stored decision; set-up ${dry.setupSeconds.toFixed(1)} s, not timed):`);
console.log(`  ${dry.seconds.toFixed(2)} s end to end (${fmt(r.evaluated / dry.seconds)} claims/s): ${fmt(r.evaluated)} evaluated, ${fmt(r.changed)} changed ${JSON.stringify(r.outcome_changes)}, amount delta ${fmt(r.amount_delta_fen)} fen`);
