// Rule tests of configs/ on disk: each node's tests against the rule set its files resolve to, inheritance merged in memory.
import path from 'node:path';
import type { PluginRegistry } from '../../plugins/loader.js';
import { checkConfigDir, type FileProblem } from '../../configs/io.js';
import { resolveFrom } from '../../configs/resolve.js';
import { PARAMS_FACT, paramsFactFrom } from '../../configs/params.js';
import { folderSource, SHIPPED_REGIONS } from '../../configs/tree.js';
import type { RuleTests } from '../../configs/kinds/index.js';
import { labelsOf } from '../runtime/labels.js';
import { prepareRuleSet } from '../runtime/prepare.js';
import { runSuite, type SuiteResult } from './run.js';

export interface DiskSuiteResult {
  file: string;
  node: string;
  key: string;
  /** The date the rule set was resolved for: when every document of its chain is in force. */
  date: string | null;
  /** The nodes whose documents were merged, from the base down. */
  chain: string[];
  result?: SuiteResult;
  /** Why the suite could not run (no rule set, a compile error). */
  error?: string;
}

/**
 * Reads `dir` (configs/) with every check of `checkConfigDir`, and runs each `tests/*.json`
 * against its node's rule set as the files resolve it (each file taken as the one published
 * version, `resolveLayers` merging the inheritance in memory), on the latest first day among
 * the documents of its chain. File problems are returned beside the results.
 */
export async function runDiskTests(dir: string, plugins: PluginRegistry): Promise<{ problems: FileProblem[]; suites: DiskSuiteResult[] }> {
  const loaded = await checkConfigDir(dir, plugins);
  const docs = loaded.docs.map((d) => d.doc);
  const source = folderSource(docs, SHIPPED_REGIONS);
  const labels = labelsOf(plugins);
  const operators = [...plugins.operators.values()];
  const suites: DiskSuiteResult[] = [];
  for (const t of loaded.tests) {
    const ancestors = (await source.ancestors(t.node)).map((a) => a.id);
    const dates = docs.filter((d) => d.kind === 'ruleset' && d.key === t.key && ancestors.includes(d.node)).map((d) => d.effective_from).sort();
    const date = dates.at(-1) ?? null;
    const doc = date ? await resolveFrom(source, t.node, 'ruleset', t.key, date) : null;
    const base = { file: path.join(path.basename(dir), t.file), node: t.node, key: t.key, date, chain: doc?.chain.map((c) => c.node) ?? [] };
    if (!doc) {
      suites.push({ ...base, error: `${t.node} 及其上级没有可供测试的「${t.key}」规则集` });
      continue;
    }
    try {
      const params = await paramsFactFrom(source, t.node, date!);
      suites.push({ ...base, result: runSuite(prepareRuleSet(doc.body, doc.sources, operators), labels, t.body as RuleTests, { [PARAMS_FACT]: params }) });
    } catch (err) {
      suites.push({ ...base, error: (err as Error).message });
    }
  }
  return { problems: loaded.problems, suites };
}
