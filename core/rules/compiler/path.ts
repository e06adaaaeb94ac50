// Compile-time parser of the JSONPath subset rules use (`$.a.b`, `$.a[0]`, `$['x']`) into accessors.
import { fail, type Site } from './errors.js';

/**
 * The segments of a supported path, or the error text for an unsupported one.
 * Supported: `$` followed by any of `.name`, `[digits]`, `['quoted name']`, `["quoted name"]`,
 * where a name is letters, digits, `_` and `-` (quoted names may also hold spaces and dots).
 * Everything else (`..`, `*`, filters, unions, slices, negative indexes, paths not starting
 * with `$`) is rejected: jsonpath-plus would return arrays or evaluate scripts for those.
 */
export function parsePath(path: string): string[] | string {
  if (!path.startsWith('$')) return 'a path must start with "$"';
  const segments: string[] = [];
  const re = /\.([\p{L}\p{N}_-]+)|\[(\d+)\]|\['([\p{L}\p{N}_\- .]+)'\]|\["([\p{L}\p{N}_\- .]+)"\]/uy;
  re.lastIndex = 1;
  while (re.lastIndex < path.length) {
    const at = re.lastIndex;
    const m = re.exec(path);
    if (!m) return `unsupported syntax at offset ${at} ("${path.slice(at)}")`;
    segments.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  }
  return segments;
}

/** Parses `path` or throws a compile error naming it. */
export function compilePath(path: string, site: Site): string[] {
  const parsed = parsePath(path);
  if (typeof parsed === 'string') fail(site, `unsupported path "${path}": ${parsed}`);
  return parsed;
}

const hasOwn = Object.hasOwn;

/**
 * Walks `segments` from `root` the way jsonpath-plus follows plain property names: a step
 * is taken only when the current value is truthy and has the key as an own property (so
 * `length` of arrays and strings and characters of strings are reachable); otherwise the
 * path has no match and the result is `undefined`.
 */
export function makeWalker(segments: readonly string[]): (root: object) => unknown {
  if (segments.length === 0) return (root) => root;
  if (segments.length === 1) {
    const [a] = segments;
    return (root) => (hasOwn(root, a) ? (root as Record<string, unknown>)[a] : undefined);
  }
  return (root) => {
    let v: unknown = root;
    for (let i = 0; i < segments.length; i++) {
      const key = segments[i];
      if (v && hasOwn(v as object, key)) v = (v as Record<string, unknown>)[key];
      else return undefined;
    }
    return v;
  };
}
