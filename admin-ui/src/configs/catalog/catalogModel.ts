// The catalog editor's model: entries merged like the server merges an `extend` document, and the extend body of an edit.
export const LEVELS = ['5', '4', '3', '2', '1', 'special'] as const;

export interface LevelStandard {
  min_hours: number;
  standard_fen: number;
}

export interface Entry {
  code: string;
  name: string;
  sector: string;
  kinds: string[];
  orientation: string[];
  shortage: boolean;
  levels: Record<string, LevelStandard>;
  reference?: string;
}

export interface Removal {
  code: string;
  name?: string;
  remove: true;
}

export interface CatalogBody {
  reference: string;
  note: string;
  entries: Array<Entry | Removal>;
}

const isRemoval = (e: Entry | Removal): e is Removal => 'remove' in e && e.remove === true;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The parent's entries with an extend document applied: override by code (levels level by level), remove, append. */
export function applyExtend(parent: Entry[], child: Array<Entry | Removal>): Entry[] {
  const out = parent.map((e) => ({ ...e, levels: { ...e.levels } }));
  for (const item of child) {
    const at = out.findIndex((e) => e.code === item.code);
    if (isRemoval(item)) {
      if (at >= 0) out.splice(at, 1);
    } else if (at >= 0) {
      out[at] = { ...out[at], ...item, levels: { ...out[at].levels, ...item.levels } };
    } else {
      out.push({ ...item, levels: { ...item.levels } });
    }
  }
  return out;
}

/**
 * The entries an extend document needs so that `applyExtend(parent, result)` gives `edited`: added entries whole,
 * changed ones with only their changed levels (all of them when only other fields changed), removals by code.
 */
export function extendEntries(parent: Entry[], edited: Entry[]): Array<Entry | Removal> {
  const out: Array<Entry | Removal> = [];
  for (const entry of edited) {
    const before = parent.find((p) => p.code === entry.code);
    if (!before) {
      out.push(entry);
      continue;
    }
    if (same(entry, before)) continue;
    const levels = Object.fromEntries(Object.entries(entry.levels).filter(([level, std]) => !same(std, before.levels[level])));
    out.push({ ...entry, levels: Object.keys(levels).length > 0 ? levels : entry.levels });
  }
  for (const p of parent) {
    if (!edited.some((e) => e.code === p.code)) out.push({ code: p.code, name: p.name, remove: true });
  }
  return out;
}

/** Where a level's standard comes from, relative to the parent's document. */
export type LevelOrigin = 'inherited' | 'overridden' | 'added';

export function levelOrigin(parent: Entry[] | null, code: string, level: string, std: LevelStandard): LevelOrigin {
  if (!parent) return 'added';
  const before = parent.find((p) => p.code === code);
  if (!before) return 'added';
  return same(before.levels[level], std) ? 'inherited' : before.levels[level] ? 'overridden' : 'added';
}
