// Test and bench support: the rule sets of configs/ resolved at the 自治区 and at nodes that inherit or extend them, with the default plugins.
import path from 'node:path';
import { loadEnv } from '../../env/env.js';
import { loadConfiguredPlugins, type PluginRegistry } from '../../plugins/loader.js';
import { ROOT } from '../../paths.js';
import { resolveFrom } from '../../configs/resolve.js';
import { paramsFactFrom, type ParamsFact } from '../../configs/params.js';
import { checkConfigDir } from '../../configs/io.js';
import { folderSource, SHIPPED_REGIONS } from '../../configs/tree.js';
import { labelsOf, type Labels } from '../runtime/labels.js';
import { prepareRuleSet, type PreparedRuleSet } from '../runtime/prepare.js';

/** Each base rule set, at the 自治区 and at nodes that inherit or extend it. */
export const SHIPPED_TARGETS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['training', ['150000', '150203', '150602', '152502']],
  ['evaluation', ['150000', '150781']],
  ['upgrade', ['150000', '150203']],
  ['base_reward', ['150000', '152502']],
];

export interface ShippedRuleSet {
  key: string;
  node: string;
  /** The nodes whose documents were merged, base first. */
  chain: string[];
  prepared: PreparedRuleSet;
  /** The `params` fact at that node on that date, as a claim's evaluation is given it. */
  params: ParamsFact;
}

/** Resolves `targets` on `date` from configs/, compiled with the default plugins' operators. */
export async function shippedRuleSets(
  targets = SHIPPED_TARGETS,
  date = '2024-06-20',
): Promise<{ sets: ShippedRuleSet[]; plugins: PluginRegistry; labels: Labels }> {
  const env = loadEnv({});
  const plugins = await loadConfiguredPlugins(env.PLUGINS, path.join(ROOT, 'plugins'));
  const operators = [...plugins.operators.values()];
  const loaded = await checkConfigDir(path.join(ROOT, 'configs'), plugins);
  const source = folderSource(
    loaded.docs.map((d) => d.doc),
    SHIPPED_REGIONS,
  );
  const sets: ShippedRuleSet[] = [];
  for (const [key, nodes] of targets) {
    for (const node of nodes) {
      const doc = await resolveFrom(source, node, 'ruleset', key, date);
      if (!doc) throw new Error(`no ${key} rule set for ${node}`);
      const params = await paramsFactFrom(source, node, date);
      sets.push({ key, node, chain: doc.chain.map((c) => c.node), prepared: prepareRuleSet(doc.body, doc.sources, operators), params });
    }
  }
  return { sets, plugins, labels: labelsOf(plugins) };
}
