// The document in force for (node, kind, key, date): the nearest ancestors' published versions, merged.
import type { Knex } from 'knex';
import { resolveLayers, type InheritedRule, type Layer, type Origin } from './merge.js';
import { CONFIG_KIND_LABELS, type ConfigError, type ConfigKind } from './kinds/index.js';
import type { Rule } from './kinds/ruleset.js';

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

export interface EffectiveDocument {
  node: string;
  kind: ConfigKind;
  key: string;
  date: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the merged body's shape is its kind's (core/configs/kinds/); some 20 readers index it by kind, to be typed as a union by kind
  body: any;
  /** The documents merged, from the base down to the most specific. */
  chain: ChainLink[];
  sources: Record<string, Origin>;
  /** Parts of a document that could not apply (e.g. an override of a rule later made mandatory), with the node at fault. */
  warnings: Array<ConfigError & { node?: string }>;
}

/** A document standing in for the node's own (a draft being published, validated or diffed). */
export interface Candidate {
  node: string;
  config_id: number;
  version: number;
  mode: 'base' | 'extend';
  title: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a document body of the candidate's kind, handed to merge as the layers' bodies are
  body: any;
  effective_from: string;
  effective_to: string | null;
}

type Db = Knex | Knex.Transaction;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a stored document body, parsed JSON of the link's kind
type Link = ChainLink & { body: any };

/** Where documents come from: the database, or a configs/ folder read into memory (validate without a database). */
export interface DocumentSource {
  /** The node and its ancestors, nearest first; empty when the node is unknown. */
  ancestors(node: string): Promise<Array<{ id: string; name: string }>>;
  /** For each node, its published version of kind/key in force on date (the highest version wins). */
  inForce(nodes: string[], kind: string, key: string, date: string): Promise<Map<string, Omit<Link, 'node_name'>>>;
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
      const byNode = new Map<string, Omit<Link, 'node_name'>>();
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

/** The documents that make up the node's effective one, nearest first, stopping at the first base. */
async function collect(source: DocumentSource, ancestors: Array<{ id: string; name: string }>, kind: ConfigKind, key: string, date: string, candidate?: Candidate): Promise<{ links: Link[]; above: number }> {
  const docs = await source.inForce(ancestors.map((a) => a.id), kind, key, date);
  const links: Link[] = [];
  for (let i = 0; i < ancestors.length; i++) {
    const a = ancestors[i];
    const own = candidate && candidate.node === a.id ? candidate : null;
    const found = own ?? docs.get(a.id);
    if (!found) continue;
    links.push({ node: a.id, node_name: a.name, config_id: found.config_id, version: found.version, mode: found.mode, title: found.title, effective_from: found.effective_from, effective_to: found.effective_to ?? null, body: found.body });
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
export async function resolveEffective(knex: Db, node: string, kind: ConfigKind, key: string, date: string, candidate?: Candidate): Promise<EffectiveDocument | null> {
  return resolveFrom(databaseSource(knex), node, kind, key, date, candidate);
}

export async function resolveFrom(source: DocumentSource, node: string, kind: ConfigKind, key: string, date: string, candidate?: Candidate): Promise<EffectiveDocument | null> {
  const ancestors = await source.ancestors(node);
  if (ancestors.length === 0) return null;
  const { links, above } = await collect(source, ancestors, kind, key, date, candidate);
  if (links.length === 0 || links.at(-1)!.mode !== 'base') return null;
  links.reverse();
  // A base rule set below the root replaces its parents' rules, but not their mandatory ones.
  let inherited: InheritedRule[] = [];
  if (kind === 'ruleset' && above < ancestors.length) {
    const parent = await resolveFrom(source, ancestors[above].id, kind, key, date);
    const names = new Map(ancestors.map((a) => [a.id, a.name]));
    const rules: Rule[] = parent?.body.rules ?? [];
    inherited = rules.filter((r) => r.mandatory)
      .map((r) => ({ rule: r, origin: parent!.sources[r.id], node_name: names.get(parent!.sources[r.id]?.node) }));
  }
  const layers: Layer[] = links.map((l) => ({ node: l.node, node_name: l.node_name, version: l.version, mode: l.mode, body: l.body }));
  const resolved = resolveLayers(kind, layers, inherited);
  if (resolved.body === null) return null;
  return {
    node, kind, key, date, body: resolved.body,
    chain: links.map(({ body: _b, ...l }) => l),
    sources: resolved.sources, warnings: resolved.errors,
  };
}

/** Why nothing resolves for a node on a date, in words for a 404 or a publish refusal. */
export async function unresolvedReason(source: DocumentSource, node: string, kind: ConfigKind, key: string, date: string, candidate?: Candidate): Promise<string> {
  const label = CONFIG_KIND_LABELS[kind];
  const ancestors = await source.ancestors(node);
  if (ancestors.length === 0) return `行政区划 ${node} 不存在`;
  const { links } = await collect(source, ancestors, kind, key, date, candidate);
  if (links.length === 0) return `${ancestors[0].name}（${node}）及其上级在 ${date} 都没有生效的${label}（${key}）`;
  const orphans = links.map((l) => `${l.node_name}（${l.node}）第 ${l.version} 版`).join('、');
  return `${orphans}是扩展文档（extend），但其上级在 ${date} 没有生效的完整${label}（base）可供继承；请先发布上级文档，或改为完整文档（base）`;
}
