// Reads a fact (with an optional JSONPath of the supported subset) from a snapshot, as the engine does.
import { makeWalker, parsePath } from '../compiler/path.js';

const walkers = new Map<string, ((root: object) => unknown) | null>();

/**
 * The value json-rules-engine would compare: a missing fact is `undefined`; a path applies only
 * to a non-null object (on a number or string the value itself is returned). An unsupported
 * path reads `undefined`.
 */
export function readFact(snapshot: Record<string, unknown>, fact: string, path?: string | null): unknown {
  if (!Object.hasOwn(snapshot, fact)) return undefined;
  const v = snapshot[fact];
  if (!path || v === null || typeof v !== 'object') return v;
  let walk = walkers.get(path);
  if (walk === undefined) {
    const segments = parsePath(path);
    walk = typeof segments === 'string' ? null : makeWalker(segments);
    if (walkers.size > 10_000) walkers.clear();
    walkers.set(path, walk);
  }
  return walk ? walk(v) : undefined;
}

/** JSON's view of a value: what storing and reading it back gives (`undefined` members dropped). */
export function asJson<T>(value: T): T {
  return value === undefined ? (null as T) : JSON.parse(JSON.stringify(value));
}
