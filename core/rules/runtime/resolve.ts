// Resolves a claim's rule set or guide recording every document read, and re-resolves a recorded set for replay.
import type { Knex } from 'knex';
import { databaseSource, resolveFrom, type EffectiveDocument } from '../../configs/resolve.js';
import type { ConfigKind } from '../../configs/kinds/index.js';
import { pinnedSource, recordingSource } from './sources.js';
import type { ChainEntry } from './types.js';

export interface Resolution<K extends ConfigKind = ConfigKind> {
  doc: EffectiveDocument<K>;
  chain: ChainEntry[];
  documents: ChainEntry[];
}

/** Keeps the four fields a decision records of each document of a chain. */
export function chainEntries(chain: ReadonlyArray<ChainEntry>): ChainEntry[] {
  return chain.map((c) => ({ node: c.node, node_name: c.node_name, config_id: Number(c.config_id), version: Number(c.version) }));
}

/** The document in force (published versions, read through `db`), with every document it was merged from. */
export async function resolveRecorded<K extends ConfigKind>(db: Knex | Knex.Transaction, node: string, kind: K, key: string, date: string): Promise<Resolution<K> | null> {
  const recorder = recordingSource(databaseSource(db));
  const doc = await resolveFrom(recorder.source, node, kind, key, date);
  return doc ? { doc, chain: chainEntries(doc.chain), documents: recorder.documents() } : null;
}

/** The same resolution from exactly the recorded documents (null if they no longer resolve). */
export async function resolvePinned<K extends ConfigKind>(db: Knex | Knex.Transaction, documents: ChainEntry[], node: string, kind: K, key: string, date: string): Promise<Resolution<K> | null> {
  const doc = await resolveFrom(pinnedSource(db, documents), node, kind, key, date);
  return doc ? { doc, chain: chainEntries(doc.chain), documents } : null;
}
