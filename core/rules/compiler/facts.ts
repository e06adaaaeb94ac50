// Readers of a fact (with its optional path) from a static snapshot, with the engine's timing, as generated code.
import type { Emitter } from './emit.js';
import { quote } from './emit.js';
import { fail, type Site } from './errors.js';
import { compilePath } from './path.js';

/**
 * Code that reads a fact value as json-rules-engine's `Almanac.factValue` does for constant
 * facts into the local `value`, and, when `level` is given, how many microtask levels the
 * almanac's promise would take (0 or 1) into the local `level`. `facts` is the snapshot:
 * - a fact absent from the snapshot is `undefined` (allowUndefinedFacts), path or not, at 0;
 * - without a path (or with `''`) the value itself, at 0;
 * - with a path, at 1: the path is applied only when the value is a non-null object,
 *   otherwise the whole value is returned (`path` on a number gives the number).
 */
export type FactReader = (e: Emitter, value: string, level: string | null) => string;

export function compileFactReader(fact: unknown, path: unknown, site: Site, factKey: string, pathKey: string): FactReader {
  if (typeof fact !== 'string' || fact === '') fail(site, `"${factKey}" must be a non-empty string`, '/' + factKey);
  if (path !== undefined && typeof path !== 'string') fail(site, `"${pathKey}" must be a string`, '/' + pathKey);
  const id = quote(fact);
  // names such as `constructor` or `toString` would be found on Object.prototype
  const inherited = fact in Object.prototype;
  if (!path) {
    const read = inherited ? `(hasOwn(facts, ${id}) ? facts[${id}] : undefined)` : `facts[${id}]`;
    return (_e, value, level) => `${value} = ${read};${level ? ` ${level} = 0;` : ''}\n`;
  }
  const segments = compilePath(path, { owner: site.owner, pointer: site.pointer + '/' + pathKey });
  return (e, value, level) => {
    const raw = e.name('f');
    const absent = inherited ? `!hasOwn(facts, ${id})` : `${raw} === undefined && !hasOwn(facts, ${id})`;
    return `{ const ${raw} = facts[${id}];
      if (${absent}) { ${value} = undefined;${level ? ` ${level} = 0;` : ''} }
      else {${level ? ` ${level} = 1;` : ''} ${value} = ${raw} != null && typeof ${raw} === 'object' ? ${walk(e, raw, segments)} : ${raw}; } }\n`;
  };
}

/**
 * An expression walking `segments` from `root` (a non-null object) the way jsonpath-plus follows
 * plain property names: a step is taken only when the current value is truthy and has the key as
 * an own property (so `length` of arrays and strings and characters of strings are reachable);
 * otherwise the path has no match and the result is `undefined`.
 */
function walk(e: Emitter, root: string, segments: readonly string[]): string {
  if (segments.length === 0) return root;
  const key = quote(segments[0]);
  if (segments.length === 1) return `(hasOwn(${root}, ${key}) ? ${root}[${key}] : undefined)`;
  // an arrow called in place, so that the walk stays one expression; V8 inlines it
  const w = e.name('w');
  const steps = segments.map((s) => `if (!(${w} && hasOwn(${w}, ${quote(s)}))) return undefined; ${w} = ${w}[${quote(s)}];`).join(' ');
  return `((${w}) => { ${steps} return ${w}; })(${root})`;
}
