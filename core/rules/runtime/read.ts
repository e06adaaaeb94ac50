// Reads a fact (with an optional JSONPath of the supported subset) from a snapshot, as the engine does.
import { makeWalker, parsePath } from '../compiler/path.js';
import { compileRead } from '../compiler/facts.js';

const walkers = new Map<string, ((root: object) => unknown) | null>();

function walkerOf(path: string): ((root: object) => unknown) | null {
  let walk = walkers.get(path);
  if (walk === undefined) {
    const segments = parsePath(path);
    walk = typeof segments === 'string' ? null : makeWalker(segments);
    if (walkers.size > 10_000) walkers.clear();
    walkers.set(path, walk);
  }
  return walk;
}

/**
 * The value json-rules-engine would compare: a missing fact is `undefined`; a path applies only
 * to a non-null object (on a number or string the value itself is returned). An unsupported
 * path reads `undefined`.
 */
export function readFact(snapshot: Record<string, unknown>, fact: string, path?: string | null): unknown {
  if (!Object.hasOwn(snapshot, fact)) return undefined;
  const v = snapshot[fact];
  if (!path || v === null || typeof v !== 'object') return v;
  const walk = walkerOf(path);
  return walk ? walk(v) : undefined;
}

type Reader = (snapshot: Record<string, unknown>) => unknown;

const readers = new Map<string, Reader>();

/**
 * `readFact` for one fact and path, as a function of the snapshot: for code that reads them per
 * evaluation. Generated as the compiled rules read (property loads of fixed names, much faster
 * than looking names up), once per fact and path.
 */
export function factReader(fact: string, path?: string | null): Reader {
  const key = JSON.stringify([fact, path || null]);
  let read = readers.get(key);
  if (!read) {
    read = compileRead(fact, path) ?? interpreted(fact, path);
    if (readers.size > 10_000) readers.clear();
    readers.set(key, read);
  }
  return read;
}

// an empty fact name or an unsupported path (which reads undefined)
function interpreted(fact: string, path?: string | null): Reader {
  if (!path) return (snapshot) => (Object.hasOwn(snapshot, fact) ? snapshot[fact] : undefined);
  const walk = walkerOf(path);
  return (snapshot) => {
    if (!Object.hasOwn(snapshot, fact)) return undefined;
    const v = snapshot[fact];
    if (v === null || typeof v !== 'object') return v;
    return walk ? walk(v) : undefined;
  };
}

/** JSON's view of a value: what storing and reading it back gives (`undefined` members dropped). */
export function asJson<T>(value: T): T {
  return value === undefined ? (null as T) : JSON.parse(JSON.stringify(value));
}
