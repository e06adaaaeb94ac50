// configs/ on disk ⇄ the database: the seed of a new database and the form documents are reviewed in, losslessly.
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import type { PluginRegistry } from '../plugins/loader.js';
import { validateDocument, type ConfigDocument } from './kinds/index.js';
import { toDocument } from './documents.js';
import { storeTestsVersion } from './tests-store.js';
import { validateWithPlugins, vocabulary } from './validation.js';
import { checkTree, depthOf, SHIPPED_REGIONS, type FileProblem, type LoadedDoc, type LoadedTests, type RegionInfo } from './tree.js';
import { transact } from '../db/transact.js';

export type { FileProblem } from './tree.js';

export interface Loaded {
  /** Every configuration file read, relative to the folder. */
  files: string[];
  docs: LoadedDoc[];
  tests: LoadedTests[];
  problems: FileProblem[];
}

const NODE_FOLDER = /^\d{6}(\d{3}){0,2}(-|$)/;
const nodeOf = (folder: string) => folder.split('-')[0];

/** The file a document lives in, relative to its node folder. */
export function fileOf(kind: string, key: string): string {
  if (kind === 'catalog' || kind === 'guide') return `${kind}.json`;
  if (kind === 'param') return 'params.json';
  if (kind === 'case') return `cases/${key}.json`;
  return `${kind === 'ruleset' ? 'rules' : 'forms'}/${key}.json`;
}

/** The one text form of a document: two-space JSON and a final newline (what git reviews). */
export function serialise(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The configuration files under dir, relative to it, in a stable order. */
function managedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => NODE_FOLDER.test(f) && fs.statSync(path.join(dir, f)).isDirectory()).sort().flatMap((folder) => {
    const root = path.join(dir, folder);
    const top = ['catalog.json', 'guide.json', 'params.json'].filter((f) => fs.existsSync(path.join(root, f)));
    const nested = ['rules', 'forms', 'cases', 'tests'].flatMap((sub) => fs.existsSync(path.join(root, sub))
      ? fs.readdirSync(path.join(root, sub)).filter((f) => f.endsWith('.json')).sort().map((f) => `${sub}/${f}`) : []);
    return [...top, ...nested].map((rel) => `${folder}/${rel}`);
  });
}

/**
 * Reads every document and test file under dir; reports each document's own problems with its
 * file and JSON pointer. `docs` holds the documents sound enough for the checks between files.
 */
export function readConfigDir(dir: string, plugins: PluginRegistry): Loaded {
  const out: Loaded = { files: managedFiles(dir), docs: [], tests: [], problems: [] };
  for (const file of out.files) {
    const [folder, ...parts] = file.split('/');
    const rel = parts.join('/');
    const node = nodeOf(folder);
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (err) {
      out.problems.push({ file, path: '', message: `不是有效的 JSON：${(err as Error).message}` });
      continue;
    }
    if (rel.startsWith('tests/')) {
      out.tests.push({ file, node, key: path.basename(rel, '.json'), body: json });
      continue;
    }
    const errors = validateWithPlugins(json, plugins).map((e) => ({ file, ...e }));
    // Read before validation: any of these may be missing or of the wrong type, which the checks below report.
    const head = json as { node?: unknown; kind?: unknown; key?: unknown } | null;
    if (head?.node !== node) errors.push({ file, path: '/node', message: `文档的 node「${String(head?.node)}」与所在目录 ${folder} 不一致` });
    const expected = fileOf(head?.kind as string, head?.key as string);
    if (head?.kind && expected !== rel) errors.push({ file, path: '/key', message: `该文档应保存为 ${folder}/${expected}` });
    out.problems.push(...errors);
    // Sound in structure (only names unknown to the plugins, at most): still checked against its parents.
    const placed = !errors.some((e) => e.path === '/node' || e.path === '/key');
    if (placed && validateDocument(json).length === 0) out.docs.push({ file, doc: json as ConfigDocument });
  }
  return out;
}

/** Everything wrong with a configs/ folder: each file's own problems, then those between files. */
export async function checkConfigDir(dir: string, plugins: PluginRegistry, regions: RegionInfo[] = SHIPPED_REGIONS): Promise<Loaded> {
  const loaded = readConfigDir(dir, plugins);
  loaded.problems.push(...(await checkTree(loaded.docs, loaded.tests, vocabulary(plugins), regions)));
  return loaded;
}

export interface ImportResult {
  imported: number;
  unchanged: number;
  tests: number;
  /** The versions created: `150200 catalog/default v2`. */
  versions: string[];
  problems: FileProblem[];
}

class Refused extends Error {
  constructor(readonly problems: FileProblem[]) { super('refused'); }
}

/**
 * Imports documents as published versions — a new version only when the content differs from
 * the latest published one — and rule tests; all or nothing, each change audited.
 */
/** What an import uses: the database, the plugins' checks, the audit trail and the documents' publish checks. */
export type ImportDeps = Pick<Services, 'db' | 'plugins' | 'audit' | 'configs'>;

export async function importConfigDir(services: ImportDeps, ctx: RequestContext, dir: string): Promise<ImportResult> {
  const knex = services.db.knex;
  const regions: RegionInfo[] = (await knex('regions').select('id', 'name', 'parent_id', 'owns_config'))
    .map((r) => ({ code: r.id, name: r.name, parent: r.parent_id, ownsConfig: Boolean(r.owns_config) }));
  const loaded = await checkConfigDir(dir, services.plugins, regions);
  const result: ImportResult = { imported: 0, unchanged: 0, tests: 0, versions: [], problems: loaded.problems };
  if (loaded.problems.length > 0) return result;
  // Parents before children: a child is checked against what its parent has just become.
  const ordered = [...loaded.docs].sort((a, b) => depthOf(a.doc.node, regions) - depthOf(b.doc.node, regions) || a.file.localeCompare(b.file));
  const now = new Date().toISOString();
  const actor = ctx.user?.id ?? null;
  try {
    // One retryable unit (transact): run again whole after a conflict, so the counts start again with it.
    await transact(knex, async (trx) => {
      Object.assign(result, { imported: 0, unchanged: 0, tests: 0, versions: [] });
      const problems: FileProblem[] = [];
      for (const { file, doc } of ordered) {
        const where = { node_code: doc.node, kind: doc.kind, key: doc.key };
        const latest = await trx('configs').where({ ...where, state: 'published' }).orderBy('doc_version', 'desc').first();
        if (latest && serialise(toDocument({ ...latest, body: JSON.parse(latest.body) })) === serialise(doc)) { result.unchanged++; continue; }
        const max = await trx('configs').where(where).max({ v: 'doc_version' }).first();
        const version = Number(max?.v ?? 0) + 1;
        const rec = { id: 0, doc_version: version, node_code: doc.node, kind: doc.kind, key: doc.key, mode: doc.mode, title: doc.title, effective_from: doc.effective_from, effective_to: doc.effective_to, body: doc.body };
        const errors = await services.configs.problems(rec, trx);
        if (errors.length > 0) { problems.push(...errors.map((e) => ({ file, ...e }))); continue; }
        const [id] = await trx('configs').insert({
          ...where, doc_version: version, state: 'published', mode: doc.mode, title: doc.title, effective_from: doc.effective_from, effective_to: doc.effective_to,
          body: JSON.stringify(doc.body), published_at: now, published_by: actor, created_at: now, updated_at: now, created_by: actor, updated_by: actor, version: 1,
        });
        const recordId = typeof id === 'object' ? (id as { id: number }).id : id;
        await services.audit.append(trx, ctx, { action: 'import', resource: 'configs', recordId, changes: { node: doc.node, kind: doc.kind, key: doc.key, doc_version: version, file } });
        result.imported++;
        result.versions.push(`${doc.node} ${doc.kind}/${doc.key} v${version}`);
      }
      if (problems.length > 0) throw new Refused(problems);
      for (const t of loaded.tests) {
        const body = JSON.stringify(t.body);
        const existing = await trx('config_tests').where({ node_code: t.node, ruleset_key: t.key }).first();
        if (existing && existing.body === body) continue;
        const version = await storeTestsVersion(trx, t.node, t.key, t.body, actor, now);
        await services.audit.append(trx, ctx, { action: 'import', resource: 'config_tests', recordId: existing?.id ?? null, changes: { node: t.node, ruleset: t.key, version, file: t.file } });
        result.tests++;
      }
    });
  } catch (err) {
    if (!(err instanceof Refused)) throw err;
    return { ...result, imported: 0, unchanged: 0, tests: 0, versions: [], problems: err.problems };
  }
  return result;
}

/**
 * Writes the latest published version of every document, and the rule tests, one folder per
 * node, so that dir mirrors the database: configuration files dir holds that the database does
 * not (e.g. a document whose versions were all retired) are removed. Returns the files written and removed.
 */
export async function exportConfigDir(knex: Knex, dir: string): Promise<{ written: string[]; removed: string[] }> {
  const rows = await knex('configs').where({ state: 'published' }).orderBy([{ column: 'node_code' }, { column: 'kind' }, { column: 'key' }, { column: 'doc_version', order: 'desc' }]);
  const slugs = new Map((await knex('regions').select('id', 'slug')).map((r) => [r.id, r.slug]));
  const folder = (node: string) => (slugs.get(node) ? `${node}-${slugs.get(node)}` : node);
  const files = new Map<string, string>();
  for (const r of rows) {
    const file = `${folder(r.node_code)}/${fileOf(r.kind, r.key)}`;
    if (!files.has(file)) files.set(file, serialise(toDocument({ ...r, body: JSON.parse(r.body) })));
  }
  for (const t of await knex('config_tests').select()) files.set(`${folder(t.node_code)}/tests/${t.ruleset_key}.json`, serialise(JSON.parse(t.body)));
  const removed = managedFiles(dir).filter((f) => !files.has(f));
  for (const f of removed) fs.rmSync(path.join(dir, f));
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return { written: [...files.keys()].sort(), removed };
}
