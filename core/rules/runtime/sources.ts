// Where a resolution reads its documents from: recorded while deciding, pinned to those versions for replay, preloaded for dry-runs.
import type { Knex } from 'knex';
import { ApiError } from '../../http/errors.js';
import { regionChain, type DocumentSource } from '../../configs/resolve.js';
import type { ChainEntry } from './types.js';

type InForce = Awaited<ReturnType<DocumentSource['inForce']>>;
type Doc = InForce extends Map<string, infer D> ? D : never;

/**
 * Wraps a source and records every document it hands out: the complete set a resolution read
 * (the chain, and the parent's documents a lower `base` rule set inherits mandatory rules from).
 */
export function recordingSource(inner: DocumentSource): { source: DocumentSource; documents(): ChainEntry[] } {
  const names = new Map<string, string>();
  const seen = new Map<number, ChainEntry>();
  return {
    source: {
      async ancestors(node) {
        const list = await inner.ancestors(node);
        for (const a of list) names.set(a.id, a.name);
        return list;
      },
      async inForce(nodes, kind, key, date) {
        const docs = await inner.inForce(nodes, kind, key, date);
        for (const d of docs.values()) seen.set(d.config_id, { node: d.node, node_name: names.get(d.node) ?? d.node, config_id: d.config_id, version: d.version });
        return docs;
      },
    },
    documents: () => [...seen.values()].sort((a, b) => a.config_id - b.config_id),
  };
}

/**
 * Serves exactly the recorded documents (whatever the date), read by id: published documents
 * never change. Refuses a document that is gone, differs from the record, or is a draft.
 */
export function pinnedSource(db: Knex | Knex.Transaction, documents: ChainEntry[]): DocumentSource {
  let loaded: Promise<Doc[]> | null = null;
  const load = async (): Promise<Doc[]> => {
    const rows = await db('configs').whereIn('id', documents.map((d) => d.config_id)).select();
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return documents.map((d) => {
      const r = byId.get(d.config_id);
      if (!r || r.node_code !== d.node || Number(r.doc_version) !== d.version) {
        throw new ApiError(409, `已存决定所用的配置文档（${d.node_name} 第 ${d.version} 版，编号 ${d.config_id}）已不存在或已被改动，无法重放`);
      }
      if (r.state === 'draft') throw new ApiError(409, `已存决定所用的配置文档 ${d.config_id} 仍是草稿（可被修改），无法保证重放一致`);
      return {
        node: r.node_code, config_id: Number(r.id), version: Number(r.doc_version), mode: r.mode, title: r.title, kind: r.kind, key: r.key,
        effective_from: r.effective_from, effective_to: r.effective_to ?? null, body: typeof r.body === 'string' ? JSON.parse(r.body) : r.body,
      } as Doc & { kind: string; key: string };
    });
  };
  return {
    ancestors: (node) => regionChain(db, node),
    async inForce(nodes, kind, key) {
      loaded ??= load();
      const docs = (await loaded) as Array<Doc & { kind: string; key: string }>;
      return new Map(docs.filter((d) => nodes.includes(d.node) && d.kind === kind && d.key === key).map((d) => [d.node, d]));
    },
  };
}

export interface PreloadedRegion {
  id: string;
  name: string;
  parent: string | null;
}

/** Regions and published documents of one kind and key held in memory: many resolutions, no queries. */
export class PreloadedSource implements DocumentSource {
  private readonly regions: Map<string, PreloadedRegion>;
  private readonly byNode = new Map<string, Doc[]>();

  constructor(regions: PreloadedRegion[], docs: Doc[]) {
    this.regions = new Map(regions.map((r) => [r.id, r]));
    for (const d of [...docs].sort((a, b) => b.version - a.version)) {
      const list = this.byNode.get(d.node) ?? [];
      list.push(d);
      this.byNode.set(d.node, list);
    }
  }

  ancestorsNow(node: string): Array<{ id: string; name: string }> {
    const out: Array<{ id: string; name: string }> = [];
    for (let r = this.regions.get(node); r; r = r.parent ? this.regions.get(r.parent) : undefined) out.push({ id: r.id, name: r.name });
    return out;
  }

  /** The highest published version of the node in force on date. */
  docNow(node: string, date: string): Doc | undefined {
    return this.byNode.get(node)?.find((d) => d.effective_from <= date && (d.effective_to === null || d.effective_to >= date));
  }

  async ancestors(node: string) {
    return this.ancestorsNow(node);
  }

  async inForce(nodes: string[], _kind: string, _key: string, date: string) {
    const out: InForce = new Map();
    for (const n of nodes) {
      const d = this.docNow(n, date);
      if (d) out.set(n, d);
    }
    return out;
  }
}
