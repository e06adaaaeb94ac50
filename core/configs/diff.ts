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

type Item = Record<string, unknown>;
/** The parts of a resolved body the diff reads; which of them a body has depends on its kind (core/configs/kinds/). */
interface BodyParts {
  entries?: Item[]; rules?: Item[]; params?: Item[]; services?: Item[];
  schema?: { properties: Record<string, Item>; required?: string[] };
  ui_schema?: unknown;
  [part: string]: unknown;
}

function items(kind: ConfigKind, body: BodyParts | null): Map<string, Item> {
  if (!body) return new Map();
  const keyed = (list: Item[] | undefined, key: string) => new Map((list ?? []).map((x) => [x[key] as string, x]));
  if (kind === 'catalog') return keyed(body.entries, 'code');
  if (kind === 'ruleset') return keyed(body.rules, 'id');
  if (kind === 'form') return new Map(Object.entries(body.schema!.properties));
  if (kind === 'param') return keyed(body.params, 'name');
  if (kind === 'case') return new Map();
  return keyed(body.services, 'id');
}

function rest(kind: ConfigKind, body: BodyParts | null): unknown {
  if (!body) return null;
  const { entries: _e, rules: _r, services: _s, params: _p, ...top } = body;
  if (kind === 'form') return { required: body.schema!.required ?? [], ui_schema: body.ui_schema ?? {} };
  return top;
}

const nameOf = (kind: ConfigKind, item: Item): string | undefined => (kind === 'param' ? item.label : item.name ?? item.title) as string | undefined;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `before` and `after` are resolved bodies of `kind` (or null). */
export function diffBodies(kind: ConfigKind, before: unknown, after: unknown): DiffEntry[] {
  const bodyA = before as BodyParts | null, bodyB = after as BodyParts | null;
  const a = items(kind, bodyA), b = items(kind, bodyB);
  const out: DiffEntry[] = [];
  for (const [id, item] of b) {
    if (!a.has(id)) out.push({ change: 'added', id, name: nameOf(kind, item), after: item });
    else if (!same(a.get(id), item)) out.push({ change: 'changed', id, name: nameOf(kind, item), before: a.get(id), after: item });
  }
  for (const [id, item] of a) if (!b.has(id)) out.push({ change: 'removed', id, name: nameOf(kind, item), before: item });
  if (!same(rest(kind, bodyA), rest(kind, bodyB))) out.push({ change: 'changed', id: '(document)', before: rest(kind, bodyA), after: rest(kind, bodyB) });
  return out;
}
