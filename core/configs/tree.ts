// Checks across the files of a configs/ folder, without a database: inheritance, mandatory rules, rule tests.
import { REGION_TREE } from '../regions/region-tree.js';
import { asCandidate, resolveFrom, unresolvedReason, type DocumentSource } from './resolve.js';
import { checkParamUses, paramsFactFrom } from './params.js';
import { formRenderProblems } from './form-check.js';
import { validateRuleTests, type ConfigDocument, type ConfigError, type ValidateOptions } from './kinds/index.js';

export interface FileProblem extends ConfigError {
  /** Relative to the configs folder: `150200-baotou/catalog.json`. */
  file: string;
}

export interface RegionInfo {
  code: string;
  name: string;
  parent: string | null;
  ownsConfig?: boolean;
}

export interface LoadedDoc { file: string; doc: ConfigDocument }
export interface LoadedTests { file: string; node: string; key: string; body: unknown }

/** The region tree Steppe ships with, for checks that have no database at hand. */
export const SHIPPED_REGIONS: RegionInfo[] = REGION_TREE.map((r) => ({ code: r.code, name: r.name, parent: r.parent, ownsConfig: r.ownsConfig }));

/** The documents of a folder as if each were the one published version of its node, kind and key. */
export function folderSource(docs: ConfigDocument[], regions: RegionInfo[]): DocumentSource {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  return {
    async ancestors(node) {
      const out: Array<{ id: string; name: string }> = [];
      for (let r = byCode.get(node); r; r = r.parent ? byCode.get(r.parent) : undefined) out.push({ id: r.code, name: r.name });
      return out;
    },
    async inForce(nodes, kind, key, date) {
      const found = docs.filter((d) => nodes.includes(d.node) && d.kind === kind && d.key === key
        && d.effective_from <= date && (d.effective_to === null || d.effective_to >= date));
      return new Map(found.map((d) => [d.node, { ...d, config_id: 0, version: 1, effective_to: d.effective_to ?? null }]));
    },
  };
}

/** How deep a node sits (自治区 0): parents are imported before their children. */
export function depthOf(node: string, regions: RegionInfo[]): number {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  let depth = 0;
  for (let r = byCode.get(node); r?.parent; r = byCode.get(r.parent)) depth++;
  return depth;
}

/**
 * Every problem between files: a document whose node is unknown or has no bureau of its own, an
 * extension with nothing to extend on its first day, a child that drops or changes a mandatory
 * rule, a stale removal, and rule tests that name facts or rules the rule set in force lacks.
 * Documents that already failed their own validation are skipped.
 */
export async function checkTree(docs: LoadedDoc[], tests: LoadedTests[], vocabulary: ValidateOptions, regions: RegionInfo[] = SHIPPED_REGIONS): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const source = folderSource(docs.map((d) => d.doc), regions);
  for (const { file, doc } of docs) {
    const region = byCode.get(doc.node);
    if (!region) { problems.push({ file, path: '/node', message: `行政区划 ${doc.node} 不在平台的区划树中` }); continue; }
    if (!region.ownsConfig) problems.push({ file, path: '/node', message: `${region.name}（${doc.node}）不单独发布配置，沿用上级的配置文档` });
    const kind = doc.kind;
    const candidate = asCandidate(kind, { ...doc, config_id: 0, version: 1, effective_to: doc.effective_to ?? null });
    const merged = await resolveFrom(source, doc.node, kind, doc.key, doc.effective_from, candidate);
    if (!merged) {
      problems.push({ file, path: '/mode', message: await unresolvedReason(source, doc.node, kind, doc.key, doc.effective_from, candidate) });
      continue;
    }
    for (const w of merged.warnings) if (w.node === doc.node) problems.push({ file, path: w.path, message: w.message });
    if (merged.kind === 'form') for (const e of formRenderProblems(merged.body)) problems.push({ file, path: e.path, message: `合并后的表单：${e.message}` });
    if (merged.kind === 'ruleset') {
      for (const e of checkParamUses(merged.body, await paramsFactFrom(source, doc.node, doc.effective_from), doc.effective_from)) problems.push({ file, ...e });
    }
  }
  for (const t of tests) {
    // The rule set the cases run against: the one in force once every document of the chain has begun.
    const chain = (await source.ancestors(t.node)).map((a) => a.id);
    const dates = docs.filter((d) => d.doc.kind === 'ruleset' && d.doc.key === t.key && chain.includes(d.doc.node)).map((d) => d.doc.effective_from).sort();
    const ruleset = dates.length > 0 ? await resolveFrom(source, t.node, 'ruleset', t.key, dates.at(-1)!) : null;
    if (!ruleset) problems.push({ file: t.file, path: '', message: `${t.node} 及其上级没有可供测试的规则集「${t.key}」` });
    const ruleIds = ruleset?.body.rules.map((r) => r.id);
    if ((t.body as { ruleset?: unknown })?.ruleset !== t.key) problems.push({ file: t.file, path: '/ruleset', message: `测试文件 tests/${t.key}.json 的 ruleset 应为「${t.key}」` });
    for (const e of validateRuleTests(t.body, { ...vocabulary, ruleIds })) problems.push({ file: t.file, ...e });
  }
  return problems;
}
