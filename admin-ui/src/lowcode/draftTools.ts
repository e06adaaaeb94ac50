// What every low-code editor of a draft needs: the document it edits, the merged document it would give, saving.
import { useEffect, useState } from 'react';
import { apiGet, apiPost, apiSend } from '../providers/api';

export interface DraftRecord {
  id: number | string;
  version: number;
  node_code: string;
  kind: string;
  key: string;
  mode: 'base' | 'extend';
  title: string;
  effective_from: string;
  effective_to: string | null;
  /** The body as stored; each editor reads it through its kind's view (bodyViews.ts). */
  body: unknown;
}

export interface Origin { node: string; version: number; overrides?: string }
export interface Merged {
  body: unknown;
  sources: Record<string, Origin>;
  chain: Array<{ node: string; node_name: string; version: number }>;
}
export interface Problem { path: string; message: string }

export const docOf = (r: DraftRecord, body: unknown) => ({
  kind: r.kind, key: r.key, node: r.node_code, mode: r.mode, title: r.title, effective_from: r.effective_from, effective_to: r.effective_to ?? null, body,
});

/** The document the node would get with `body` in place of its own, and what publishing would report; refreshed as the body changes. */
export function useMerged(record: DraftRecord, body: unknown): { merged: Merged | null; problems: Problem[] } {
  const [state, setState] = useState<{ merged: Merged | null; problems: Problem[] }>({ merged: null, problems: [] });
  const text = JSON.stringify(body);
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      apiPost<{ merged: Merged | null; problems: Problem[] }>('/configs/merged', docOf(record, JSON.parse(text)))
        .then((r) => live && setState(r)).catch((e: Error) => live && setState({ merged: null, problems: [{ path: '', message: e.message }] }));
    }, 300);
    return () => { live = false; clearTimeout(t); };
  }, [record.id, record.version, text]); // eslint-disable-line react-hooks/exhaustive-deps
  return state;
}

export const saveDraft = (record: DraftRecord, body: unknown) => apiSend('PUT', `/configs/${record.id}`, { body, version: record.version });

/** A node's effective document of a kind (null when nothing is in force). */
export function useEffective(node: string, kind: string, key = 'default', date?: string): Merged | null {
  const [doc, setDoc] = useState<Merged | null>(null);
  useEffect(() => {
    let live = true;
    apiGet<Merged>(`/regions/${node}/effective/${kind}?key=${key}${date ? `&date=${date}` : ''}`).then((d) => live && setDoc(d)).catch(() => live && setDoc(null));
    return () => { live = false; };
  }, [node, kind, key, date]);
  return doc;
}

export const yuanOf = (fen: number) => (fen / 100).toFixed(2);
export const fenOf = (yuan: string) => Math.round(Number(yuan) * 100);
