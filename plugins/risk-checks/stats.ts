// Robust statistics for peer comparison: median, median absolute deviation and the modified z-score.

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median absolute deviation from the median. */
export function mad(values: number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}

/**
 * Iglewicz and Hoaglin's modified z-score, 0.6745 · (x − median) / MAD: unlike the mean and standard
 * deviation, one cheating institution cannot drag the yardstick towards itself. When more than half
 * the peers are identical the MAD is 0; then the mean absolute deviation scaled by 1.253314 (σ ÷ mean
 * absolute deviation for normal data) stands in, a common convention. 0 when all values are equal.
 */
export function modifiedZ(x: number, values: number[]): { median: number; mad: number; z: number } {
  const m = median(values);
  const d = mad(values);
  if (d > 0) return { median: m, mad: d, z: (0.6745 * (x - m)) / d };
  const meanAd = values.reduce((s, v) => s + Math.abs(v - m), 0) / values.length;
  return { median: m, mad: d, z: meanAd > 0 ? (x - m) / (1.253314 * meanAd) : 0 };
}

/** Rounded for evidence: stable between scans and readable. */
export const round = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits;
