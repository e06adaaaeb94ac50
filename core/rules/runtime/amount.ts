// The amount of a claim: base × scale_by, at most cap_fen, rounded down to fen or whole yuan; exact integer fen.
import type { Amount } from '../../configs/kinds/ruleset.js';
import type { AmountExplanation } from './types.js';
import { pathLabel, type Labels } from './labels.js';
import { factReader } from './read.js';
import { numberText, show, thousands, yuan } from './format.js';

/** Scale factors are taken to 6 decimals (a completion ratio has 4), so the product is exact. */
const UNITS = 1_000_000;

export interface AmountCalc {
  /** The base in whole fen, or null when the snapshot has no usable base. */
  base: number | null;
  rawBase: unknown;
  scale: number | null;
  rawScale: unknown;
  /** base × scale in millionths of a fen, before the cap: an exact integer (a bigint past 2^53). */
  product: number | bigint;
  capped: boolean;
  computed: number;
}

type Reader = (snapshot: Record<string, unknown>) => unknown;

/** The readers of a spec's base and scale, their paths parsed once per spec (specs of prepared rule sets live long). */
const readers = new WeakMap<Amount, { base: Reader; scale: Reader | null }>();

/** The last spec asked for and its readers, in front of the WeakMap (one rule set's amounts are asked for many times in a row). */
let last: { spec: Amount; readers: { base: Reader; scale: Reader | null } } | null = null;

function readersOf(spec: Amount): { base: Reader; scale: Reader | null } {
  if (last !== null && last.spec === spec) return last.readers;
  let hit = readers.get(spec);
  if (!hit) readers.set(spec, (hit = { base: factReader(spec.base.fact, spec.base.path), scale: spec.scale_by ? factReader(spec.scale_by.fact, spec.scale_by.path) : null }));
  last = { spec, readers: hit };
  return hit;
}

/** `a / b` rounded down, for non-negative integers `a` below 2^53: exact, as the remainder is. */
const div = (a: number, b: number) => (a - (a % b)) / b;

/**
 * The numbers only. Rounding is always down (never pay more than the formula gives): `fen`
 * drops fractions of a fen, `yuan` drops the jiao and fen (不足 1 元的部分舍去). A base that is
 * not a non-negative number, or a scale that is not a number, gives 0. A negative scale counts as 0.
 * Integers in doubles are exact below 2^53 (9 × 10^15 millionths of a fen, 900 million yuan);
 * a larger product is computed in BigInt.
 */
export function calcAmount(spec: Amount, snapshot: Record<string, unknown>): AmountCalc {
  const { base: readBase, scale: readScale } = readersOf(spec);
  const rawBase = readBase(snapshot);
  const rawScale = readScale ? readScale(snapshot) : undefined;
  const calc: AmountCalc = { base: null, rawBase, scale: null, rawScale, product: 0, capped: false, computed: 0 };
  if (typeof rawBase !== 'number' || !Number.isFinite(rawBase) || rawBase < 0) return calc;
  const base = Math.floor(rawBase);
  calc.base = base;
  let micro = UNITS;
  if (spec.scale_by) {
    if (typeof rawScale !== 'number' || !Number.isFinite(rawScale)) return calc;
    calc.scale = rawScale;
    micro = Math.max(0, Math.round(rawScale * UNITS));
  }
  const product = base * micro;
  // a rounded product at or above 2^53 means the exact one is too: BigInt then
  if (product > Number.MAX_SAFE_INTEGER) return bigCalc(spec, calc, BigInt(base) * BigInt(micro));
  calc.product = product;
  let amount = product;
  if (spec.cap_fen !== undefined && amount > spec.cap_fen * UNITS) {
    amount = spec.cap_fen * UNITS; // below the product, so exact
    calc.capped = true;
  }
  calc.computed = spec.rounding === 'yuan' ? div(amount, UNITS * 100) * 100 : div(amount, UNITS);
  return calc;
}

/**
 * `calcAmount(spec, snapshot).computed` without the steps: the same arithmetic, nothing
 * allocated below 2^53 millionths of a fen. For outcomes over many snapshots (dry-runs, the
 * bench's reading of a result), where building the steps cost as much as the rest of the amount.
 */
export function amountFen(spec: Amount, snapshot: Record<string, unknown>): number {
  const { base: readBase, scale: readScale } = readersOf(spec);
  const rawBase = readBase(snapshot);
  if (typeof rawBase !== 'number' || !Number.isFinite(rawBase) || rawBase < 0) return 0;
  let micro = UNITS;
  if (readScale !== null) {
    const rawScale = readScale(snapshot);
    if (typeof rawScale !== 'number' || !Number.isFinite(rawScale)) return 0;
    micro = Math.max(0, Math.round(rawScale * UNITS));
  }
  const base = Math.floor(rawBase);
  let amount = base * micro;
  if (amount > Number.MAX_SAFE_INTEGER) return calcAmount(spec, snapshot).computed; // BigInt, rare
  if (spec.cap_fen !== undefined && amount > spec.cap_fen * UNITS) amount = spec.cap_fen * UNITS;
  return spec.rounding === 'yuan' ? div(amount, UNITS * 100) * 100 : div(amount, UNITS);
}

function bigCalc(spec: Amount, calc: AmountCalc, product: bigint): AmountCalc {
  const units = BigInt(UNITS);
  calc.product = product;
  let amount = product;
  if (spec.cap_fen !== undefined && amount > BigInt(spec.cap_fen) * units) {
    amount = BigInt(spec.cap_fen) * units;
    calc.capped = true;
  }
  calc.computed = Number(spec.rounding === 'yuan' ? (amount / (units * 100n)) * 100n : amount / units);
  return calc;
}

/** Millionths of a fen as yuan text: `1,274.995 元`. */
function yuanExact(micro: number | bigint): string {
  if (typeof micro === 'bigint') return yuanExactBig(micro);
  // whole fen (the usual case) read as any amount does
  if (micro % UNITS === 0) return yuan(micro / UNITS);
  const whole = div(micro, UNITS * 100);
  // eight digits after the point, trailing zeros dropped (at least one is not zero here)
  let rest = micro % (UNITS * 100);
  let digits = 8;
  while (rest % 10 === 0) {
    rest = div(rest, 10);
    digits--;
  }
  return thousands(whole) + '.' + String(rest).padStart(digits, '0') + ' 元';
}

function yuanExactBig(micro: bigint): string {
  const perYuan = BigInt(UNITS * 100);
  const frac = (micro % perYuan).toString().padStart(8, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${thousands(micro / perYuan)}.${frac} 元`;
}

const money = (label: string) => label.replace(/（分）$/, '');

/** The amount explained, with its labels worked out once: a function of the snapshot. */
export type AmountExplainer = (snapshot: Record<string, unknown>) => AmountExplanation;

/** `computeAmount` for one spec and one set of labels: the labels and fixed texts worked out here, once. */
export function amountExplainer(spec: Amount, labels: Labels): AmountExplainer {
  const cap = spec.cap_fen ?? null;
  const baseLabel = money(pathLabel(labels, spec.base.fact, spec.base.path));
  const scaleLabel = spec.scale_by ? pathLabel(labels, spec.scale_by.fact, spec.scale_by.path) : '';
  const capText = cap === null ? '' : `；超过封顶 ${yuan(cap)}，按 ${yuan(cap)}计`;
  const underCap = cap === null ? '' : `；未超过封顶 ${yuan(cap)}`;
  const rounding = spec.rounding === 'yuan' ? '；按元取整（舍去不足 1 元的部分）：' : '；精确到分（舍去不足 1 分的部分）：';
  // the fixed pieces of the usual formula joined once (each `+` per evaluation costs)
  const [head, times, cappedTail, uncappedTail] = [baseLabel + ' ', ` × ${scaleLabel} `, capText + rounding, underCap + rounding];
  return (snapshot) => {
    const c = calcAmount(spec, snapshot);
    let formula: string;
    if (c.base === null) formula = `无法取得补贴基数（${baseLabel}：${show(c.rawBase)}），金额按 0 元计`;
    else if (spec.scale_by && c.scale === null) formula = `${baseLabel} ${yuan(c.base)}；无法取得${scaleLabel}（${show(c.rawScale)}），金额按 0 元计`;
    else {
      formula = head + yuan(c.base);
      if (spec.scale_by) formula += times + numberText(c.scale!) + ' = ' + yuanExact(c.product);
      formula += (c.capped ? cappedTail : uncappedTail) + yuan(c.computed);
    }
    return { base_fen: c.base ?? 0, scale: c.scale, cap_fen: cap, rounding: spec.rounding, computed_fen: c.computed, explanation: spec.explanation, formula };
  };
}

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
  return amountExplainer(spec, labels)(snapshot);
}
