// Saves the catalog editor's state as a draft: a new document, or the existing draft (with its version).
import { apiPost, apiSend } from '../../providers/api';
import { extendEntries, type CatalogBody, type Entry } from './catalogModel';
import type { CatalogState } from './loadCatalog';

export interface SaveFields {
  title: string;
  effective_from: string;
  reference: string;
  note: string;
}

export function draftBody(state: CatalogState, entries: Entry[], fields: SaveFields): CatalogBody {
  const list = state.mode === 'extend' && state.parent ? extendEntries(state.parent, entries) : entries;
  return { reference: fields.reference, note: fields.note, entries: list };
}

/** Returns the draft's id. */
export async function saveCatalog(state: CatalogState, entries: Entry[], fields: SaveFields): Promise<number> {
  const body = draftBody(state, entries, fields);
  if (state.draft) {
    await apiSend('PUT', `/configs/${state.draft.id}`, { title: fields.title, effective_from: fields.effective_from, body, version: state.draft.version });
    return state.draft.id;
  }
  const created = await apiPost<{ id: number }>('/configs', {
    node_code: state.node, kind: 'catalog', key: 'default', mode: state.mode, title: fields.title,
    effective_from: fields.effective_from, effective_to: null, body,
  });
  return created.id;
}
