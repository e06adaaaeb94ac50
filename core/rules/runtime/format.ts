// Values in Chinese text, money in yuan, and the `{{fact.path}}` placeholders of rule messages.
import { factReader, readFact } from './read.js';

/** A value as a clerk reads it: 是/否, 无 for a missing value, lists joined with 、. */
export function show(v: unknown): string {
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'string') return v === '' ? '无' : v;
  if (v === undefined || v === null || v === '') return '无';
  if (v === true) return '是';
  if (v === false) return '否';
  if (Array.isArray(v)) return v.length === 0 ? '（空）' : v.map(show).join('、');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** `.0001` to `.9999` without trailing zeros, and '' for 0: the decimals of `numberText`, made once. */
const DECIMALS = Array.from({ length: 10_000 }, (_, d) => (d === 0 ? '' : '.' + String(d).padStart(4, '0').replace(/0+$/, '')));

/**
 * `String(n)`, the same text, quicker for numbers of at most 4 decimals below 100,000 in size
 * (ratios and rates, in most explanations): V8 writes a decimal that is not in its small cache
 * in about 200 ns. Such an `n` is exactly the double nearest to k / 10^4, and no other decimal
 * of as few digits lies within a double's spacing of it (two such decimals are 10^-4 apart), so
 * that decimal is also the shortest text reading back as `n`, which is what `String` writes.
 */
export function numberText(n: number): string {
  if (n > -1e5 && n < 1e5) {
    const k = Math.round(n * 10_000);
    if (k / 10_000 === n) {
      const a = k < 0 ? -k : k; // below 10^9: small integers
      const whole = (a / 10_000) | 0;
      return (k < 0 ? '-' : '') + whole + DECIMALS[a - whole * 10_000];
    }
  }
  return String(n);
}

/** The compared value as written after an operator: `16～60` for between, the list for in. */
export function showExpected(operator: string, v: unknown): string {
  if (operator.endsWith('between') && Array.isArray(v) && v.length === 2) return `${show(v[0])}～${show(v[1])}`;
  return show(v);
}

/** 1234567 → `1,234,567` (toLocaleString is slow on hot paths). */
export function thousands(n: number | bigint): string {
  if (typeof n === 'bigint') return thousandsOf(String(n < 0n ? -n : n), n < 0n);
  const abs = n < 0 ? -n : n;
  if (abs < 1000) return String(n);
  // whole numbers in groups of three from the right, each group's text made once; below 2^31 in
  // 32-bit integers, whose remainder is one instruction (a double's is a call to fmod)
  if (abs < 2_147_483_648 && Number.isInteger(abs)) {
    let rest = abs | 0;
    let out = GROUPS[rest % 1000];
    rest = (rest / 1000) | 0;
    while (rest >= 1000) {
      out = GROUPS[rest % 1000] + ',' + out;
      rest = (rest / 1000) | 0;
    }
    return (n < 0 ? '-' : '') + rest + ',' + out;
  }
  if (Number.isInteger(abs) && abs < 1e15) {
    let out = GROUPS[abs % 1000];
    let rest = (abs - (abs % 1000)) / 1000;
    while (rest >= 1000) {
      out = GROUPS[rest % 1000] + ',' + out;
      rest = (rest - (rest % 1000)) / 1000;
    }
    return (n < 0 ? '-' : '') + rest + ',' + out;
  }
  return thousandsOf(String(abs), n < 0);
}

const GROUPS = Array.from({ length: 1000 }, (_, g) => String(g).padStart(3, '0'));

function thousandsOf(digits: string, negative: boolean): string {
  // the first group holds 1 to 3 digits, every later one 3
  let at = digits.length % 3 || 3;
  let out = (negative ? '-' : '') + digits.slice(0, at);
  for (; at < digits.length; at += 3) out += ',' + digits.slice(at, at + 3);
  return out;
}

/** 127500 → `1,275.00 元` */
export function yuan(fen: number): string {
  const abs = Math.abs(Math.trunc(fen));
  if (abs < 2_147_483_648) {
    // 32-bit integers (21 million yuan): no fmod, as in `thousands`
    const whole = abs | 0;
    const yuanPart = (whole / 100) | 0;
    return (fen < 0 ? '-' : '') + thousands(yuanPart) + CENTS[whole - yuanPart * 100];
  }
  return (fen < 0 ? '-' : '') + thousands(Math.floor(abs / 100)) + CENTS[abs % 100];
}

/** `.00 元` to `.99 元`: the tail of every amount, made once. */
const CENTS = Array.from({ length: 100 }, (_, c) => `.${String(c).padStart(2, '0')} 元`);

// The same syntax the ruleset meta-schema accepts: {{fact}} or {{fact.a.0.b}}
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z0-9_]+)*)\s*\}\}/g;

/** Fills `{{subsidyHistory.priorClaims.0.id}}` from the snapshot (`.0` is an array index). */
export function fillPlaceholders(text: string, snapshot: Record<string, unknown>): string {
  return text.replace(PLACEHOLDER, (_m, fact: string, dotted: string) => {
    const path = dotted ? '$' + dotted.replace(/\.([0-9]+)(?=\.|$)/g, '[$1]') : undefined;
    return show(readFact(snapshot, fact, path));
  });
}

/** `fillPlaceholders` with the text split and its paths parsed once: a function of the snapshot (a text without placeholders costs nothing). */
export function compileTemplate(text: string): (snapshot: Record<string, unknown>) => string {
  const texts: string[] = [];
  const reads: Array<(snapshot: Record<string, unknown>) => unknown> = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    texts.push(text.slice(last, m.index));
    reads.push(factReader(m[1], m[2] ? '$' + m[2].replace(/\.([0-9]+)(?=\.|$)/g, '[$1]') : undefined));
    last = m.index + m[0].length;
  }
  if (reads.length === 0) return () => text;
  const tail = text.slice(last);
  return (snapshot) => {
    let out = '';
    for (let i = 0; i < reads.length; i++) out += texts[i] + show(reads[i](snapshot));
    return out + tail;
  };
}

/** The facts named by placeholders in a text. */
export function placeholderFacts(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
