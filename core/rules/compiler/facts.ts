// Readers of a fact (with its optional path) from a static snapshot, with the engine's timing.
import { fail, type Site } from './errors.js';
import { compilePath, makeWalker } from './path.js';
import type { EvalState } from './node.js';

/**
 * Reads a fact value as json-rules-engine's `Almanac.factValue` does for constant facts,
 * and leaves in `st.t` how many microtask levels the almanac's promise would take (0 or 1):
 * - a fact absent from the snapshot is `undefined` (allowUndefinedFacts), path or not, at 0;
 * - without a path (or with `''`) the value itself, at 0;
 * - with a path, at 1: the path is applied only when the value is a non-null object,
 *   otherwise the whole value is returned (`path` on a number gives the number).
 */
export type FactReader = (st: EvalState) => unknown;

const hasOwn = Object.hasOwn;

export function compileFactReader(fact: unknown, path: unknown, site: Site, factKey: string, pathKey: string): FactReader {
  if (typeof fact !== 'string' || fact === '') fail(site, `"${factKey}" must be a non-empty string`, '/' + factKey);
  if (path !== undefined && typeof path !== 'string') fail(site, `"${pathKey}" must be a string`, '/' + pathKey);
  const id = fact;
  // names such as `constructor` or `toString` would be found on Object.prototype
  const inherited = id in Object.prototype;
  if (!path) {
    if (inherited) return (st) => { st.t = 0; return hasOwn(st.facts, id) ? st.facts[id] : undefined; };
    return (st) => { st.t = 0; return st.facts[id]; };
  }
  const walk = makeWalker(compilePath(path, { owner: site.owner, pointer: site.pointer + '/' + pathKey }));
  return (st) => {
    const facts = st.facts;
    const v = facts[id];
    if ((v === undefined || inherited) && !hasOwn(facts, id)) {
      st.t = 0;
      return undefined;
    }
    st.t = 1;
    return v != null && typeof v === 'object' ? walk(v) : v;
  };
}
