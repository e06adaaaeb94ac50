// npm run bench: raw json-rules-engine vs Steppe's runtime on each seeded rule set, and a dry-run over stored claims.
// BENCH_QUICK=1 for a short run (1k/5k snapshots, 20k stored claims).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from '../core/config/env.js';
import { loadPlugins } from '../core/plugins/loader.js';
import { ROOT } from '../core/paths.js';
import { resolveFrom } from '../core/configs/resolve.js';
import { checkConfigDir } from '../core/configs/io.js';
import { folderSource, SHIPPED_REGIONS } from '../core/configs/tree.js';
import { labelsOf } from '../core/rules/runtime/labels.js';
import { prepareRuleSet } from '../core/rules/runtime/prepare.js';
import { measureEvaluations } from './evaluations.js';
import { benchDryRun } from './dry-run.js';
import { caseSnapshots } from './snapshots.js';

const quick = process.env.BENCH_QUICK === '1';
const SIZES = quick ? [1_000, 5_000] : [10_000, 100_000];
const DRY_RUN_CLAIMS = quick ? 20_000 : 200_000;
/** Each base rule set, at the 自治区 and at nodes that inherit or extend it. */
const TARGETS: Array<[string, string[]]> = [
  ['training', ['150000', '150203', '150602', '152502']],
  ['evaluation', ['150000', '150781']],
  ['upgrade', ['150000', '150203']],
  ['base_reward', ['150000', '152502']],
];

const env = loadEnv({});
const plugins = await loadPlugins(env.PLUGINS.split(',').map((p) => p.trim()).filter(Boolean), path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'plugins'));
const operators = [...plugins.operators.values()];
const labels = labelsOf(plugins);
const configs = path.join(ROOT, 'configs');
const loaded = await checkConfigDir(configs, plugins);
const source = folderSource(loaded.docs.map((d) => d.doc), SHIPPED_REGIONS);

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const table: string[][] = [['rule set', 'node', 'rules', 'snapshots', 'json-rules-engine/s', 'compiled/s', 'steppe/s', 'explained/s', 'ratio']];
const ratios: string[] = [];
console.log(`Node ${process.version}, one core (the event loop), ${quick ? 'BENCH_QUICK' : 'full run'}`);
console.log('evaluations/s on random snapshots: json-rules-engine engine.run | compiled evaluate (same result shape) | steppe = outcome and amount (quickJudge) | explained = verdict with every rule and comparison in Chinese');
console.log('ratio = steppe / json-rules-engine\n');
for (const [key, nodes] of TARGETS) {
  const cases = caseSnapshots(configs, key);
  for (const node of nodes) {
    const doc = await resolveFrom(source, node, 'ruleset', key, '2024-06-20');
    if (!doc) throw new Error(`no ${key} rule set for ${node}`);
    const prepared = prepareRuleSet(doc.body, doc.sources, operators);
    const rows = await measureEvaluations(prepared, operators, labels, cases, SIZES);
    for (const row of rows) {
      table.push([key, `${node} (${doc.chain.map((c) => c.node).join('→')})`, String(prepared.rules.length), fmt(row.n), fmt(row.raw), fmt(row.compiled), fmt(row.steppe), fmt(row.explained), `${(row.steppe / row.raw).toFixed(1)}×`]);
    }
    const last = rows.at(-1)!;
    ratios.push(`ratio: ${(last.steppe / last.raw).toFixed(1)}  ${key}@${node}  (compiled engine shape ${(last.compiled / last.raw).toFixed(1)}, explained decision ${(last.explained / last.raw).toFixed(1)})`);
  }
}
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
for (const row of table) console.log(row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
console.log('');
for (const line of ratios) console.log(line);

const dry = await benchDryRun(DRY_RUN_CLAIMS, caseSnapshots(configs, 'training'));
const r = dry.result;
console.log(`\ndry-run of a stricter 自治区 training draft over ${fmt(dry.claims)} stored claims (SQLite, ${fmt(dry.averageDecisionBytes)} bytes per stored decision; set-up ${dry.setupSeconds.toFixed(1)} s, not timed):`);
console.log(`  ${dry.seconds.toFixed(2)} s end to end (${fmt(r.evaluated / dry.seconds)} claims/s): ${fmt(r.evaluated)} evaluated, ${fmt(r.changed)} changed ${JSON.stringify(r.outcome_changes)}, amount delta ${fmt(r.amount_delta_fen)} fen`);
