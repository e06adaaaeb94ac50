// Keyset anchors for deep pages. react-admin pages by OFFSET (`range=[500000,500024]`), which makes the database walk
// every row before the page (480 ms at row 500,000 of 1 M workers on MariaDB). Each page served leaves the key of the
// row before it and of its last row (sort value, id), per user, list and filter; the next page, the previous one or a
// page revisited then starts from the nearest anchor with a keyset condition (an index seek) and a short OFFSET.
// Anchors live in the process for a few minutes: a miss (another replica, an expired entry, a first jump) reads by
// OFFSET as before. Rows written since an anchor was taken are seen as a keyset reader sees them — the page continues
// after the row the user last saw instead of shifting.
import type { Knex } from 'knex';

export interface Anchor { value: unknown; id: unknown; at: number }

export const PAGE_ANCHORS = {
  /** Lists remembered (LRU), and anchors kept per list. */
  maxLists: 2_000,
  maxPerList: 64,
  /** How long an anchor is used: bounds how far a continued page may drift from what OFFSET would read. */
  ttlMs: 5 * 60_000,
  /** Farthest an anchor may be behind the page start: the rest is read by OFFSET from the anchor. */
  maxGap: 10_000,
};

/** One list's anchors per user, list and filter: kept by the resource's service, so per database and per process. */
export class PageAnchors {
  private readonly lists = new Map<string, Map<number, Anchor>>();

  /** The anchor at or before `start` (within maxGap), if one is fresh. */
  nearest(list: string, start: number, now = Date.now()): { at: number; anchor: Anchor } | undefined {
    const anchors = this.lists.get(list);
    if (!anchors) return undefined;
    let best: number | undefined;
    for (const [at, anchor] of anchors) {
      if (now - anchor.at > PAGE_ANCHORS.ttlMs) anchors.delete(at);
      else if (at <= start && start - at <= PAGE_ANCHORS.maxGap && (best === undefined || at > best)) best = at;
    }
    return best === undefined ? undefined : { at: best, anchor: anchors.get(best)! };
  }

  /** Remembers that the row at position `at` of the list comes right after (value, id). */
  remember(list: string, at: number, value: unknown, id: unknown, now = Date.now()): void {
    if (at <= 0) return;
    let anchors = this.lists.get(list);
    if (anchors) this.lists.delete(list); // re-inserted below: most recently used last
    else anchors = new Map();
    this.lists.set(list, anchors);
    anchors.delete(at);
    anchors.set(at, { value, id, at: now });
    if (anchors.size > PAGE_ANCHORS.maxPerList) anchors.delete(anchors.keys().next().value!);
    if (this.lists.size > PAGE_ANCHORS.maxLists) this.lists.delete(this.lists.keys().next().value!);
  }

  /** Forgets every anchor (tests, and the bench timing a first jump). */
  clear(): void {
    this.lists.clear();
  }
}

/**
 * Rows after (value, id) in the order `sort, id` (both `order`), as the databases order them: NULL sorts first
 * ascending and last descending on MySQL and SQLite alike.
 */
export function whereAfter(qb: Knex.QueryBuilder, column: string, idColumn: string, order: 'asc' | 'desc', value: unknown, id: unknown): void {
  const cmp = order === 'asc' ? '>' : '<';
  // In id order the key is the id alone: one range condition on the primary key.
  if (column === idColumn) {
    qb.where(idColumn, cmp, id as Knex.Value);
    return;
  }
  qb.where((w) => {
    if (value === null || value === undefined) {
      w.where((x) => x.whereNull(column).andWhere(idColumn, cmp, id as Knex.Value));
      if (order === 'asc') w.orWhereNotNull(column);
    } else {
      w.where(column, cmp, value as Knex.Value).orWhere((x) => x.where(column, value as Knex.Value).andWhere(idColumn, cmp, id as Knex.Value));
      if (order === 'desc') w.orWhereNull(column);
    }
  });
}
