// The amount of a claim: base × scale_by, at most cap_fen, rounded down to fen or whole yuan; exact integer fen.
import type { Amount } from '../../configs/kinds/ruleset.js';
import type { AmountExplanation } from './types.js';
import { pathLabel, type Labels } from './labels.js';
import { readFact } from './read.js';
import { show, thousands, yuan } from './format.js';

/** Scale factors are taken to 6 decimals (a completion ratio has 4), so the product is exact. */
const UNITS = 1_000_000n;

export interface AmountCalc {
  /** The base in whole fen, or null when the snapshot has no usable base. */
  base: number | null;
  rawBase: unknown;
  scale: number | null;
  rawScale: unknown;
  /** base × scale in millionths of a fen, before the cap. */
  product: bigint;
  capped: boolean;
  computed: number;
}

/**
 * The numbers only. Rounding is always down (never pay more than the formula gives): `fen`
 * drops fractions of a fen, `yuan` drops the jiao and fen (不足 1 元的部分舍去). A base that is
 * not a non-negative number, or a scale that is not a number, gives 0. A negative scale counts as 0.
 */
export function calcAmount(spec: Amount, snapshot: Record<string, unknown>): AmountCalc {
  const rawBase = readFact(snapshot, spec.base.fact, spec.base.path);
  const rawScale = spec.scale_by ? readFact(snapshot, spec.scale_by.fact, spec.scale_by.path) : undefined;
  const calc: AmountCalc = { base: null, rawBase, scale: null, rawScale, product: 0n, capped: false, computed: 0 };
  if (typeof rawBase !== 'number' || !Number.isFinite(rawBase) || rawBase < 0) return calc;
  calc.base = Math.floor(rawBase);
  let product = BigInt(calc.base) * UNITS;
  if (spec.scale_by) {
    if (typeof rawScale !== 'number' || !Number.isFinite(rawScale)) return calc;
    calc.scale = rawScale;
    product = BigInt(calc.base) * BigInt(Math.max(0, Math.round(rawScale * 1_000_000)));
  }
  calc.product = product;
  let amount = product;
  if (spec.cap_fen !== undefined && amount > BigInt(spec.cap_fen) * UNITS) {
    amount = BigInt(spec.cap_fen) * UNITS;
    calc.capped = true;
  }
  calc.computed = Number(spec.rounding === 'yuan' ? (amount / (UNITS * 100n)) * 100n : amount / UNITS);
  return calc;
}

/** Millionths of a fen as yuan text: `1,274.995 元`. */
function yuanExact(micro: bigint): string {
  const perYuan = UNITS * 100n;
  const frac = (micro % perYuan).toString().padStart(8, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${thousands(micro / perYuan)}.${frac} 元`;
}

const money = (label: string) => label.replace(/（分）$/, '');

/**
 * The amount with its formula in Chinese, the numbers written out.
 *
 * @example
 * computeAmount({ base: { fact: 'catalogEntry', path: '$.standardFen' }, scale_by: { fact: 'attendance', path: '$.completionRatio' },
 *   cap_fen: 500000, rounding: 'yuan', explanation: '…' }, { catalogEntry: { standardFen: 150000 }, attendance: { completionRatio: 0.85 } }, labels)
 * // { base_fen: 150000, scale: 0.85, computed_fen: 127500,
 * //   formula: '目录补贴标准 1,500.00 元 × 出勤完成率 0.85 = 1,275.00 元；未超过封顶 5,000.00 元；按元取整（舍去不足 1 元的部分）：1,275.00 元', ... }
 */
export function computeAmount(spec: Amount, snapshot: Record<string, unknown>, labels: Labels): AmountExplanation {
  const c = calcAmount(spec, snapshot);
  const cap = spec.cap_fen ?? null;
  const baseLabel = money(pathLabel(labels, spec.base.fact, spec.base.path));
  const scaleLabel = spec.scale_by ? pathLabel(labels, spec.scale_by.fact, spec.scale_by.path) : '';
  const out = (formula: string): AmountExplanation => ({
    base_fen: c.base ?? 0, scale: c.scale, cap_fen: cap, rounding: spec.rounding, computed_fen: c.computed, explanation: spec.explanation, formula,
  });
  if (c.base === null) return out(`无法取得补贴基数（${baseLabel}：${show(c.rawBase)}），金额按 0 元计`);
  const first = `${baseLabel} ${yuan(c.base)}`;
  if (spec.scale_by && c.scale === null) return out(`${first}；无法取得${scaleLabel}（${show(c.rawScale)}），金额按 0 元计`);
  const parts = [spec.scale_by ? `${first} × ${scaleLabel} ${c.scale} = ${yuanExact(c.product)}` : first];
  if (cap !== null) parts.push(c.capped ? `超过封顶 ${yuan(cap)}，按 ${yuan(cap)}计` : `未超过封顶 ${yuan(cap)}`);
  parts.push(spec.rounding === 'yuan' ? `按元取整（舍去不足 1 元的部分）：${yuan(c.computed)}` : `精确到分（舍去不足 1 分的部分）：${yuan(c.computed)}`);
  return out(parts.join('；'));
}
