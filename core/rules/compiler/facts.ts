// Readers of a fact (with its optional path) from a static snapshot, with the engine's timing, as generated code.
import { Emitter, quote } from './emit.js';
import { fail, type Site } from './errors.js';
import { compilePath, parsePath } from './path.js';

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
      else {${level ? ` ${level} = 1;` : ''} if (${raw} === null || typeof ${raw} !== 'object') ${value} = ${raw}; else ${walk(e, raw, value, segments)} } }\n`;
  };
}

/**
 * A statement walking `segments` from `root` (a non-null object) into `value` the way
 * jsonpath-plus follows plain property names: a step is taken only when the current value is
 * truthy and has the key as an own property (so `length` of arrays and strings and characters
 * of strings are reachable); otherwise the path has no match and the result is `undefined`.
 *
 * Why not `hasOwn` at every step: it is a call V8 does not inline, about a fifth of a rule set's
 * evaluation. The key is read first (a plain property load, which also tells V8 the value's map)
 * and a defined result is kept when the value's prototype is `Object.prototype` (every object
 * JSON gives) and `Object.prototype` has no such key: then it can only be the value's own. V8
 * folds both checks into the load's map check. Any other value (arrays, strings, class
 * instances, `Object.create(null)`), or a key such as `constructor`, is asked `hasOwn`. Checked
 * when run, not compiled: a property added to `Object.prototype` later is never read as a fact's.
 * (An inherited getter, which only a non-JSON value has, does run; its value is dropped.)
 */
function walk(e: Emitter, root: string, value: string, segments: readonly string[]): string {
  if (segments.length === 0) return `${value} = ${root};`;
  const [w, x, label] = [e.name('w'), e.name('x'), e.name('walk')];
  const steps = segments.map((s) => {
    const key = quote(s);
    return `if (!${w}) break ${label}; ${x} = ${w}[${key}]; if (${x} !== undefined && !((getProto(${w}) === OP && !(${key} in OP)) || hasOwn(${w}, ${key}))) break ${label}; ${w} = ${x};`;
  });
  return `{ ${value} = undefined; ${label}: { let ${w} = ${root}, ${x}; ${steps.join(' ')} ${value} = ${w}; } }`;
}

/**
 * One fact (and path) read as a function of the snapshot, generated the same way as a
 * comparison's read: for code outside the rules that reads the same values per evaluation
 * (amounts, explanations, message placeholders). Null for a path outside the supported subset.
 */
export function compileRead(fact: string, path?: string | null): ((facts: Record<string, unknown>) => unknown) | null {
  if (fact === '' || (path && typeof parsePath(path) === 'string')) return null;
  const e = new Emitter();
  const read = compileFactReader(fact, path ?? undefined, { owner: 'read', pointer: '' }, 'fact', 'path');
  return e.compile(`return (facts) => { let value;\n${read(e, 'value', null)}return value; };`);
}
