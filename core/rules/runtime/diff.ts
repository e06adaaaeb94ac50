// Where two JSON values differ, as JSON pointers with both values (for replay reports).
export interface Difference {
  path: string;
  stored: unknown;
  replayed: unknown;
}

/** Up to `max` differences between two JSON values, depth first; `ignore` lists top-level keys to skip. */
export function jsonDifferences(a: unknown, b: unknown, ignore: string[] = [], max = 50): Difference[] {
  const out: Difference[] = [];
  const walk = (x: unknown, y: unknown, path: string, top: boolean) => {
    if (out.length >= max) return;
    if (Object.is(x, y)) return;
    const bothArrays = Array.isArray(x) && Array.isArray(y);
    const bothObjects = !bothArrays && x !== null && y !== null && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y);
    if (bothArrays) {
      const [xs, ys] = [x as unknown[], y as unknown[]];
      for (let i = 0; i < Math.max(xs.length, ys.length); i++) walk(xs[i], ys[i], `${path}/${i}`, false);
      return;
    }
    if (bothObjects) {
      const [xo, yo] = [x as Record<string, unknown>, y as Record<string, unknown>];
      for (const k of new Set([...Object.keys(xo), ...Object.keys(yo)])) {
        if (top && ignore.includes(k)) continue;
        walk(xo[k], yo[k], `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, false);
      }
      return;
    }
    out.push({ path: path || '/', stored: x === undefined ? null : x, replayed: y === undefined ? null : y });
  };
  walk(a, b, '', true);
  return out;
}
