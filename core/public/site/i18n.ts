// The site's languages: Chinese (default) and traditional Mongolian; strings, code labels, numbers, dates and money in each.
import { zh, zhEnums, type StringId } from './locales/zh.js';
import { mn, mnEnums } from './locales/mn.js';

export type Lang = 'zh' | 'mn';
export const LANGS: Lang[] = ['zh', 'mn'];
/** BCP 47 tags of the page: Mongolian in its traditional script. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', mn: 'mn-Mong' };

export const langOf = (q: unknown): Lang => (q === 'mn' ? 'mn' : 'zh');

/** A string with `{name}` placeholders filled (values are not escaped here: the template escapes). */
export function t(lang: Lang, id: StringId, vars: Record<string, string | number> = {}): string {
  const text = lang === 'mn' ? mn[id].text : zh[id];
  return text.replace(/\{(\w+)\}/g, (_, k) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** The label of a code (category, level, claim state …); Chinese when a Mongolian one is missing, the code itself when both are. */
export function label(lang: Lang, group: string, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return (lang === 'mn' ? mnEnums[group]?.[code]?.text : undefined) ?? zhEnums[group]?.[code] ?? code;
}

/** Digits grouped by thousands (both languages write Western digits; in vertical Mongolian they run sideways). */
export const fmtInt = (n: number) => Math.trunc(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function fmtMoney(lang: Lang, fen: number): string {
  const yuan = `${fmtInt(Math.floor(fen / 100))}.${String(fen % 100).padStart(2, '0')}`;
  return t(lang, 'format.money', { amount: yuan });
}

export const fmtRate = (rate: number) => `${(rate * 100).toFixed(1)}%`;

/** 2026-03-15 → 2026年3月15日 / 2026 ᠣᠨ ᠤ 3 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 15. */
export function fmtDate(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return t(lang, 'format.date', { y, m, d });
}

/** 2026-03 → 2026年3月 / 2026 ᠣᠨ ᠤ 3 ᠰᠠᠷ᠎ᠠ. */
export function fmtMonth(lang: Lang, ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return t(lang, 'format.month', { y, m });
}
