// Loads every file under configs/ and checks it: meta-schema, location, inheritance and rule tests.
import { pluginNames } from '../core/plugins/names.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  eachLeaf,
  isFactReference,
  validateDocument,
  validateRuleTests,
  type ConfigError,
  type Rule,
  type RuleRemoval,
  type RulesetBody,
  type RuleTests,
  type ValidateOptions,
} from '../core/configs/kinds/index.js';
import { vocabulary } from '../core/configs/validation.js';
import { checkConfigDir } from '../core/configs/io.js';
import { loadEnv } from '../core/env/env.js';
import { registerPlugins } from '../core/plugins/loader.js';
import coreOperators from '../plugins/core-operators/index.js';
import idCard from '../plugins/id-card/index.js';
import caseFacts from '../plugins/case-facts/index.js';
import catalog from '../plugins/catalog/index.js';
import attendance from '../plugins/attendance/index.js';
import subsidyHistory from '../plugins/subsidy-history/index.js';
import verification from '../plugins/verification/index.js';
import trainingBase from '../plugins/training-base/index.js';
import parameters from '../plugins/parameters/index.js';
import riskChecks from '../plugins/risk-checks/index.js';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const BASE_NODE = '150000';

// The plugins the platform loads by default, registered as the app does: the facts, their paths
// and the operators rules may use come from them, so a plugin change is checked against configs/.
const PLUGINS = [coreOperators, idCard, caseFacts, catalog, attendance, subsidyHistory, verification, trainingBase, parameters, riskChecks];
const registry = registerPlugins(PLUGINS);
const VOCABULARY: ValidateOptions = vocabulary(registry);

const EXPECTED_FOLDERS = [
  '150000-nei-mongol', '150100-hohhot', '150200-baotou', '150300-wuhai', '150400-chifeng', '150500-tongliao',
  '150600-ordos', '150700-hulunbuir', '150800-bayannur', '150900-ulanqab', '152200-hinggan', '152500-xilingol',
  '152900-alxa', '150781-manzhouli', '152501-erenhot',
];

interface ConfigFile {
  rel: string;
  folder: string;
  node: string;
  text: string;
  json: any;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : [],
  );
}

const folders = fs
  .readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const nodeOf = (folder: string) => folder.slice(0, 6);
const folderOf = new Map(folders.map((f) => [nodeOf(f), f]));

const files: ConfigFile[] = folders.flatMap((folder) =>
  walk(path.join(ROOT, folder)).map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return { rel: path.relative(ROOT, file), folder, node: nodeOf(folder), text, json: JSON.parse(text) };
  }),
);
const documents = files.filter((f) => !f.rel.includes(`${path.sep}tests${path.sep}`));
const ruleTests = files.filter((f) => f.rel.includes(`${path.sep}tests${path.sep}`));

/** The nearest ancestor folder that owns configuration: 150781 → 150700 → 150000. */
function parentNode(node: string): string | null {
  const candidates = [node.slice(0, 4) + '00', node.slice(0, 2) + '0000'].filter((c) => c !== node);
  return candidates.find((c) => folderOf.has(c)) ?? null;
}
const chain = (node: string): string[] => {
  const parent = parentNode(node);
  return parent ? [...chain(parent), node] : [node];
};

/** Where a file must sit for its kind and key. */
function expectedLocation(json: any): string {
  switch (json.kind) {
    case 'catalog':
      return 'catalog.json';
    case 'guide':
      return 'guide.json';
    case 'param':
      return 'params.json';
    case 'ruleset':
      return path.join('rules', `${json.key}.json`);
    case 'form':
      return path.join('forms', `${json.key}.json`);
    default:
      return '?';
  }
}

const readDoc = (node: string, rel: string) =>
  documents.find((d) => d.node === node && path.relative(d.folder, d.rel) === rel)?.json;

/** The rule set in force at a node: the chain's documents merged as extend mode describes. */
function effectiveRuleset(node: string, key: string) {
  let rules: Rule[] = [];
  let amount: RulesetBody['amount'] = undefined;
  const problems: string[] = [];
  for (const n of chain(node)) {
    const doc = readDoc(n, path.join('rules', `${key}.json`));
    if (!doc) continue;
    const body = doc.body as RulesetBody;
    if (doc.mode === 'base') rules = [];
    if (body.amount !== undefined) amount = body.amount;
    for (const r of body.rules as (Rule | RuleRemoval)[]) {
      const i = rules.findIndex((x) => x.id === r.id);
      if (i >= 0 && rules[i]!.mandatory) problems.push(`${n} 覆盖或删除了强制规则 ${r.id}`);
      if ('remove' in r) {
        if (i < 0) problems.push(`${n} 删除了上级没有的规则 ${r.id}`);
        else rules.splice(i, 1);
      } else if (i >= 0) rules[i] = r;
      else rules.push(r);
    }
  }
  return { rules, amount, problems };
}

function factsUsed(rules: Rule[], amount: RulesetBody['amount']): Set<string> {
  const used = new Set<string>();
  for (const r of rules) {
    eachLeaf(r.conditions, '', (leaf) => {
      used.add(leaf.fact);
      if (isFactReference(leaf.value)) used.add(leaf.value.fact);
    });
  }
  if (amount) {
    used.add(amount.base.fact);
    if (amount.scale_by) used.add(amount.scale_by.fact);
  }
  return used;
}

const show = (errors: ConfigError[]) => errors.map((e) => `${e.path}: ${e.message}`);

describe('the plugins', () => {
  it('are those PLUGINS loads by default', () => {
    expect(PLUGINS.map((p) => p.id)).toEqual(pluginNames(loadEnv({}).PLUGINS));
  });

  it('provide every fact and operator configs/ uses, with the paths rules read', () => {
    expect(Object.keys(VOCABULARY.facts ?? {})).toContain('subsidyHistory');
    expect(VOCABULARY.facts?.subsidyHistory).toContain('$.sameOccupationLevelCount');
    expect(VOCABULARY.operators).toContain('between');
  });
});

describe('configs/ layout', () => {
  it('has one folder per node that owns configuration', () => {
    expect(folders).toEqual([...EXPECTED_FOLDERS].sort());
  });

  it.each(folders)('%s has a catalog', (folder) => {
    expect(fs.existsSync(path.join(ROOT, folder, 'catalog.json'))).toBe(true);
  });

  it('the base node has every rule set, form, the guide and the rule tests', () => {
    const base = folderOf.get(BASE_NODE)!;
    for (const rel of [
      'guide.json',
      ...['training', 'evaluation', 'upgrade', 'base_reward'].map((k) => `rules/${k}.json`),
      ...['worker', 'intention', 'program', 'claim'].map((k) => `forms/${k}.json`),
      'tests/training.json',
    ]) {
      expect(fs.existsSync(path.join(ROOT, base, rel)), rel).toBe(true);
    }
  });
});

describe.each(documents.map((d) => [d.rel, d] as const))('%s', (_rel, file) => {
  it('passes validateDocument', () => {
    expect(show(validateDocument(file.json, VOCABULARY))).toEqual([]);
  });

  it('is pretty-printed with 2 spaces', () => {
    expect(file.text).toBe(JSON.stringify(file.json, null, 2) + '\n');
  });

  it("belongs to its folder's node and sits where its kind and key say", () => {
    expect(file.json.node).toBe(file.node);
    expect(path.relative(file.folder, file.rel)).toBe(expectedLocation(file.json));
  });

  it('uses base mode at the root and extend mode below it', () => {
    expect(file.json.mode).toBe(file.node === BASE_NODE ? 'base' : 'extend');
  });

  it('extends a parent that has a document of the same kind and key', () => {
    if (file.json.mode !== 'extend') return;
    const ancestors = chain(file.node).slice(0, -1);
    expect(ancestors.some((n) => readDoc(n, expectedLocation(file.json)))).toBe(true);
  });
});

describe('catalogs', () => {
  const catalogs = documents.filter((d) => d.json.kind === 'catalog');

  it.each(catalogs.map((c) => [c.rel, c] as const))('%s says its figures are illustrative', (_rel, c) => {
    expect(c.json.body.note).toContain('示例');
    expect(c.json.body.reference).toContain('示例');
    expect(c.json.title).toContain('示例');
  });

  it('the base catalog has 25–35 occupations', () => {
    const n = readDoc(BASE_NODE, 'catalog.json').body.entries.length;
    expect(n).toBeGreaterThanOrEqual(25);
    expect(n).toBeLessThanOrEqual(35);
  });

  it('包头 overrides the base standard of 焊工 五级', () => {
    const base = readDoc(BASE_NODE, 'catalog.json').body.entries.find((e: any) => e.code === '6-18-02-04');
    const baotou = readDoc('150200', 'catalog.json').body.entries.find((e: any) => e.code === '6-18-02-04');
    expect(base.levels['5'].standard_fen).toBe(150000);
    expect(baotou.levels['5'].standard_fen).toBeGreaterThan(base.levels['5'].standard_fen);
  });
});

describe('rule sets', () => {
  it.each(['training', 'evaluation', 'upgrade'])('base %s has the mandatory no-double-subsidy rule', (key) => {
    const rule = readDoc(BASE_NODE, `rules/${key}.json`).body.rules.find((r: Rule) => r.id === 'no-double-subsidy');
    expect(rule?.mandatory).toBe(true);
    expect(rule?.event.params.on_fail).toBe('ineligible');
    expect(rule?.basis).toContain('同一职业（工种）的同一等级不可重复申领培训补贴（含参保职工技能提升补贴）');
    expect(rule?.event.params.message).toContain('{{subsidyHistory.priorClaims.0.id}}');
    expect(rule?.event.params.message).toContain('{{subsidyHistory.priorClaims.0.regionName}}');
  });

  const rulesets = documents.filter((d) => d.json.kind === 'ruleset');
  it.each(rulesets.map((r) => [r.rel, r] as const))('%s keeps the mandatory rules of its parents', (_rel, r) => {
    expect(effectiveRuleset(r.node, r.json.key).problems).toEqual([]);
  });
});

describe.each(ruleTests.map((t) => [t.rel, t] as const))('%s', (_rel, file) => {
  const tests = file.json as RuleTests;
  const key = path.basename(file.rel, '.json');
  const { rules, amount } = effectiveRuleset(file.node, key);

  it('passes validateRuleTests against the rule set in force at its node', () => {
    expect(tests.ruleset).toBe(key);
    expect(rules.length).toBeGreaterThan(0);
    const errors = validateRuleTests(tests, { ...VOCABULARY, ruleIds: rules.map((r) => r.id) });
    expect(show(errors)).toEqual([]);
  });

  it('is pretty-printed with 2 spaces', () => {
    expect(file.text).toBe(JSON.stringify(file.json, null, 2) + '\n');
  });

  it('gives every case each fact the rules and the amount read', () => {
    const used = [...factsUsed(rules, amount)];
    // The policy parameters come from the parameter document in force at the node unless a case states them.
    for (const c of tests.cases) expect(used.filter((f) => f !== 'params' && !(f in c.facts)), c.name).toEqual([]);
  });

  it('tests a rule set that this node or an ancestor defines', () => {
    expect(chain(file.node).some((n) => readDoc(n, path.join('rules', `${key}.json`)))).toBe(true);
  });
});

it('passes the same checks as `npm run config -- validate` (files, inheritance, mandatory rules, rule tests)', async () => {
  const loaded = await checkConfigDir(ROOT, registry);
  expect(loaded.problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([]);
  expect(loaded.files.length).toBe(files.length);
});

it('the base training tests make every rule fail at least once and cover each outcome', () => {
  const tests = ruleTests.find((t) => t.node === BASE_NODE && t.rel.endsWith('training.json'))!.json as RuleTests;
  const { rules } = effectiveRuleset(BASE_NODE, 'training');
  const failed = new Set(tests.cases.flatMap((c) => Object.entries(c.expect.rules ?? {}).filter(([, v]) => !v).map(([id]) => id)));
  expect(rules.map((r) => r.id).filter((id) => !failed.has(id))).toEqual([]);
  expect(new Set(tests.cases.map((c) => c.expect.outcome))).toEqual(new Set(['eligible', 'ineligible', 'needs_review']));
});
