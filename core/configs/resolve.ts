// The document in force for (node, kind, key, date): the nearest ancestors' published versions, merged.
import type { Knex } from 'knex';
import { ApiError } from '../http/errors.js';
import { resolveLayers, type InheritedRule, type Layer, type Origin } from './merge.js';
import { BODY_SCHEMAS, CONFIG_KIND_LABELS, isBodyOf, type BodyOf, type ConfigError, type ConfigKind, type EffectiveBody } from './kinds/index.js';
import { schemaErrors } from './kinds/translate.js';
import { summarise } from './validation.js';

export interface ChainLink {
  node: string;
  node_name: string;
  config_id: number;
  version: number;
  mode: 'base' | 'extend';
  title: string;
  effective_from: string;
  effective_to: string | null;
}

/** The effective document of one kind: see `EffectiveDocument`. */
interface EffectiveOf<K extends ConfigKind> {
  node: string;
  kind: K;
  key: string;
  date: string;
  /** The merged body, of its kind's type with the extensions' removals applied (`EffectiveBody<'catalog'>`: whole entries only). */
  body: EffectiveBody<K>;
  /** The documents merged, from the base down to the most specific. */
  chain: ChainLink[];
  sources: Record<string, Origin>;
  /** Parts of a document that could not apply (e.g. an override of a rule later made mandatory), with the node at fault. */
  warnings: Array<ConfigError & { node?: string }>;
}

/**
 * The document in force for (node, kind, key, date). `EffectiveDocument<'form'>` has a FormBody; the default,
 * a document of any kind, is the union over kinds, so `switch (doc.kind)` narrows `doc.body`.
 */
export type EffectiveDocument<K extends ConfigKind = ConfigKind> = { [P in K]: EffectiveOf<P> }[K];

/** A published document as a source hands it out: its body parsed JSON, typed by its kind's schema as it is read (`collect`). */
export interface StoredDocument {
  node: string;
  config_id: number;
  version: number;
  mode: 'base' | 'extend';
  title: string;
  body: unknown;
  effective_from: string;
  effective_to: string | null;
}

interface CandidateOf<K extends ConfigKind> extends Omit<StoredDocument, 'body'> {
  kind: K;
  body: BodyOf<K>;
}

/**
 * A document standing in for the node's own (a draft being published, validated, tested or diffed), its body of its
 * kind (made by `asCandidate`). `Candidate` of any kind is the union over kinds: `candidate.kind === 'param'` narrows it.
 */
export type Candidate<K extends ConfigKind = ConfigKind> = { [P in K]: CandidateOf<P> }[K];

type Db = Knex | Knex.Transaction;
type Link<K extends ConfigKind> = ChainLink & { body: BodyOf<K> };

/** Where documents come from: the database, or a configs/ folder read into memory (validate without a database). */
export interface DocumentSource {
  /** The node and its ancestors, nearest first; empty when the node is unknown. */
  ancestors(node: string): Promise<Array<{ id: string; name: string }>>;
  /** For each node, its published version of kind/key in force on date (the highest version wins). */
  inForce(nodes: string[], kind: string, key: string, date: string): Promise<Map<string, StoredDocument>>;
}

/** Ancestors of a node, nearest first, from the materialised path. */
export async function regionChain(knex: Db, node: string): Promise<Array<{ id: string; name: string }>> {
  const region = await knex('regions').where({ id: node }).first('path');
  if (!region) return [];
  const codes = String(region.path).split('/').filter(Boolean).reverse();
  const rows = await knex('regions').whereIn('id', codes).select('id', 'name');
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return codes.map((id) => ({ id, name: names.get(id) ?? id }));
}

/** Stored documents; publish refuses out-of-order versions, so the highest published version is the newest. */
export function databaseSource(knex: Db): DocumentSource {
  return {
    ancestors: (node) => regionChain(knex, node),
    async inForce(nodes, kind, key, date) {
      const rows = await knex('configs')
        .whereIn('node_code', nodes).where({ kind, key, state: 'published' })
        .where('effective_from', '<=', date)
        .where((q) => q.whereNull('effective_to').orWhere('effective_to', '>=', date))
        .orderBy('doc_version', 'desc');
      const byNode = new Map<string, StoredDocument>();
      for (const r of rows) {
        if (byNode.has(r.node_code)) continue;
        byNode.set(r.node_code, {
          node: r.node_code, config_id: Number(r.id), version: Number(r.doc_version), mode: r.mode, title: r.title,
          effective_from: r.effective_from, effective_to: r.effective_to ?? null, body: typeof r.body === 'string' ? JSON.parse(r.body) : r.body,
        });
      }
      return byNode;
    },
  };
}

/**
 * A draft or a file's document as a candidate of its kind. Its callers validated it (`validateDocument`), so a
 * body its kind's schema refuses is a caller's mistake: 400, with each problem.
 */
export function asCandidate<K extends ConfigKind>(kind: K, doc: StoredDocument): Candidate<K> {
  const body = doc.body;
  if (isBodyOf(kind, body)) return { ...doc, kind, body };
  const errors = schemaErrors(BODY_SCHEMAS[kind], body, '/body');
  throw new ApiError(400, `文档内容不符合${CONFIG_KIND_LABELS[kind]}的格式：${summarise(errors)}`, errors[0]?.path, errors);
}

/**
 * A stored body as its kind's type. Every published version passed its kind's schema when it was published or
 * imported; one that no longer does (edited in the database by hand) is named, not read as something else.
 */
export function storedBody<K extends ConfigKind>(kind: K, doc: Pick<StoredDocument, 'node' | 'config_id' | 'version' | 'body'>, nodeName: string): BodyOf<K> {
  if (isBodyOf(kind, doc.body)) return doc.body;
  const errors = schemaErrors(BODY_SCHEMAS[kind], doc.body, '/body');
  throw new ApiError(409, `${nodeName}（${doc.node}）的${CONFIG_KIND_LABELS[kind]}第 ${doc.version} 版（编号 ${doc.config_id}）的内容不符合其格式，无法使用：${summarise(errors)}`, 'body', errors);
}

/** The documents that make up the node's effective one, nearest first, stopping at the first base. */
async function collect<K extends ConfigKind>(source: DocumentSource, ancestors: Array<{ id: string; name: string }>, kind: K, key: string, date: string, candidate?: Candidate<K>): Promise<{ links: Array<Link<K>>; above: number }> {
  const docs = await source.inForce(ancestors.map((a) => a.id), kind, key, date);
  const links: Array<Link<K>> = [];
  for (let i = 0; i < ancestors.length; i++) {
    const a = ancestors[i];
    const own = candidate && candidate.node === a.id ? candidate : null;
    const found = own ?? docs.get(a.id);
    if (!found) continue;
    const body = own ? own.body : storedBody(kind, found, a.name);
    links.push({ node: a.id, node_name: a.name, config_id: found.config_id, version: found.version, mode: found.mode, title: found.title, effective_from: found.effective_from, effective_to: found.effective_to ?? null, body });
    if (found.mode === 'base') return { links, above: i + 1 };
  }
  return { links, above: ancestors.length };
}

/**
 * Resolves the effective document; `candidate` stands in for the node's own document (a draft
 * being published or dry-run) without storing it. Returns null when nothing is in force, or
 * when the nearest documents are extensions with no complete (base) document above them on that
 * date (see `unresolvedReason`).
 *
 * @example
 * await resolveEffective(knex, '150781', 'catalog', 'default', '2025-06-01')
 * // { body, chain: [150000 base, 150700 extend, 150781 extend], sources: { code: { node, version, overrides } }, warnings: [] }
 */
export async function resolveEffective<K extends ConfigKind>(knex: Db, node: string, kind: K, key: string, date: string, candidate?: Candidate<K>): Promise<EffectiveDocument<K> | null> {
  return resolveFrom(databaseSource(knex), node, kind, key, date, candidate);
}

export async function resolveFrom<K extends ConfigKind>(source: DocumentSource, node: string, kind: K, key: string, date: string, candidate?: Candidate<K>): Promise<EffectiveDocument<K> | null> {
  const ancestors = await source.ancestors(node);
  if (ancestors.length === 0) return null;
  const { links, above } = await collect(source, ancestors, kind, key, date, candidate);
  if (links.length === 0 || links.at(-1)!.mode !== 'base') return null;
  links.reverse();
  // A base rule set below the root replaces its parents' rules, but not their mandatory ones.
  let inherited: InheritedRule[] = [];
  if (kind === 'ruleset' && above < ancestors.length) {
    const parent = await resolveFrom(source, ancestors[above].id, 'ruleset', key, date);
    const names = new Map(ancestors.map((a) => [a.id, a.name]));
    const rules = parent?.body.rules ?? [];
    inherited = rules.filter((r) => r.mandatory)
      .map((r) => ({ rule: r, origin: parent!.sources[r.id], node_name: names.get(parent!.sources[r.id]?.node) }));
  }
  const layers: Array<Layer<K>> = links.map((l) => ({ node: l.node, node_name: l.node_name, version: l.version, mode: l.mode, body: l.body }));
  const resolved = resolveLayers(kind, layers, inherited);
  if (resolved.body === null) return null;
  return {
    node, kind, key, date, body: resolved.body,
    chain: links.map(({ body: _b, ...l }) => l),
    sources: resolved.sources, warnings: resolved.errors,
  };
}

/** Why nothing resolves for a node on a date, in words for a 404 or a publish refusal. */
export async function unresolvedReason<K extends ConfigKind>(source: DocumentSource, node: string, kind: K, key: string, date: string, candidate?: Candidate<K>): Promise<string> {
  const label = CONFIG_KIND_LABELS[kind];
  const ancestors = await source.ancestors(node);
  if (ancestors.length === 0) return `行政区划 ${node} 不存在`;
  const { links } = await collect(source, ancestors, kind, key, date, candidate);
  if (links.length === 0) return `${ancestors[0].name}（${node}）及其上级在 ${date} 都没有生效的${label}（${key}）`;
  const orphans = links.map((l) => `${l.node_name}（${l.node}）第 ${l.version} 版`).join('、');
  return `${orphans}是扩展文档（extend），但其上级在 ${date} 没有生效的完整${label}（base）可供继承；请先发布上级文档，或改为完整文档（base）`;
}
