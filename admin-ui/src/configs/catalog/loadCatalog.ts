// Loads what the catalog editor needs for a node: the parent's document in force, and the node's own (draft or in force).
import { apiGet, query } from '../../providers/api';
import { applyExtend, type CatalogBody, type Entry } from './catalogModel';

interface Effective {
  body: CatalogBody;
  chain: Array<{ node: string; node_name: string; config_id: number; version: number; mode: 'base' | 'extend' }>;
  sources: Record<string, { node: string; version: number; overrides?: string }>;
}

export interface CatalogDraft {
  id: number;
  version: number;
  mode: 'base' | 'extend';
  title: string;
  effective_from: string;
  body: CatalogBody;
}

export interface CatalogState {
  node: string;
  nodeName: string;
  /** The parent's entries in force (null at the root): what an extend document changes. */
  parent: Entry[] | null;
  /** Entry code → the node name it comes from in the parent's document. */
  parentSource: Record<string, string>;
  entries: Entry[];
  mode: 'base' | 'extend';
  reference: string;
  note: string;
  draft: CatalogDraft | null;
}

const effective = (node: string) =>
  apiGet<Effective>(`/regions/${node}/effective/catalog`).catch((e: { status?: number }) => {
    if (e.status === 404) return null;
    throw e;
  });

const origins = (doc: Effective | null) => {
  const names = Object.fromEntries((doc?.chain ?? []).map((l) => [l.node, l.node_name]));
  return Object.fromEntries(Object.entries(doc?.sources ?? {}).map(([code, o]) => [code, names[o.node] ?? o.node]));
};

const only = (entries: CatalogBody['entries']) => entries.filter((e): e is Entry => !('remove' in e));

export async function loadCatalog(node: string, draftId?: number): Promise<CatalogState> {
  const region = await apiGet<{ id: string; name: string; parent_id: string | null }>(`/regions/${node}`);
  const [parentDoc, own] = await Promise.all([region.parent_id ? effective(region.parent_id) : Promise.resolve(null), effective(node)]);
  const filter = { node_code: node, kind: 'catalog', key: 'default', state: 'draft', ...(draftId ? { id: draftId } : {}) };
  const drafts = await apiGet<CatalogDraft[]>(`/configs${query({ filter, sort: ['id', 'DESC'], range: [0, 0] })}`);
  const draft = drafts[0] ?? null;
  const parent = parentDoc ? only(parentDoc.body.entries) : null;
  const ownLink = own?.chain.at(-1)?.node === node ? own.chain.at(-1) : undefined;
  const mode = draft?.mode ?? (ownLink?.mode === 'base' || !parent ? 'base' : 'extend');
  const entries = draft
    ? (draft.mode === 'base' || !parent ? only(draft.body.entries) : applyExtend(parent, draft.body.entries))
    : own ? only(own.body.entries) : parent ?? [];
  const body = draft?.body ?? own?.body ?? parentDoc?.body;
  return {
    node, nodeName: region.name, parent: mode === 'base' ? null : parent, parentSource: origins(parentDoc),
    entries, mode, reference: body?.reference ?? '', note: body?.note ?? '', draft,
  };
}
