// A readable diff of two resolved bodies of one kind: entries, rules, fields or services added, removed or changed.
import type { ConfigKind } from './kinds/index.js';

export interface DiffEntry {
  change: 'added' | 'removed' | 'changed';
  /** Catalog entry code, rule id, form field or guide service id; `(document)` for top-level fields. */
  id: string;
  name?: string;
  before?: unknown;
  after?: unknown;
}

function items(kind: ConfigKind, body: any): Map<string, any> {
  if (!body) return new Map();
  if (kind === 'catalog') return new Map(body.entries.map((e: any) => [e.code, e]));
  if (kind === 'ruleset') return new Map(body.rules.map((r: any) => [r.id, r]));
  if (kind === 'form') return new Map(Object.entries(body.schema.properties));
  if (kind === 'param') return new Map(body.params.map((p: any) => [p.name, p]));
  if (kind === 'case') return new Map();
  return new Map(body.services.map((s: any) => [s.id, s]));
}

function rest(kind: ConfigKind, body: any): unknown {
  if (!body) return null;
  const { entries: _e, rules: _r, services: _s, params: _p, ...top } = body;
  if (kind === 'form') return { required: body.schema.required ?? [], ui_schema: body.ui_schema ?? {} };
  return top;
}

const nameOf = (kind: ConfigKind, item: any): string | undefined => (kind === 'param' ? item.label : item.name ?? item.title);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffBodies(kind: ConfigKind, before: any, after: any): DiffEntry[] {
  const a = items(kind, before), b = items(kind, after);
  const out: DiffEntry[] = [];
  for (const [id, item] of b) {
    if (!a.has(id)) out.push({ change: 'added', id, name: nameOf(kind, item), after: item });
    else if (!same(a.get(id), item)) out.push({ change: 'changed', id, name: nameOf(kind, item), before: a.get(id), after: item });
  }
  for (const [id, item] of a) if (!b.has(id)) out.push({ change: 'removed', id, name: nameOf(kind, item), before: item });
  if (!same(rest(kind, before), rest(kind, after))) out.push({ change: 'changed', id: '(document)', before: rest(kind, before), after: rest(kind, after) });
  return out;
}
