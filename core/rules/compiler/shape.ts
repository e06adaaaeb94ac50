// Compile-time helpers that build the frozen, plain-JSON parts of result shapes.

/** A deep copy of a JSON-like value, frozen, with `undefined` object members dropped. */
export function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map((v) => frozenCopy(v))) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) define(out, key, frozenCopy(v));
    }
    return Object.freeze(out) as T;
  }
  return value;
}

/** Own properties of `raw` except `omit`, each frozen-copied: the static part of a node. */
export function staticProps(raw: Record<string, unknown>, omit: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (omit.includes(key) || raw[key] === undefined) continue;
    define(out, key, frozenCopy(raw[key]));
  }
  return out;
}

// `out.__proto__ = v` would set the prototype; JSON.parse makes `__proto__` an own key
function define(out: Record<string, unknown>, key: string, v: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  else out[key] = v;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
