// A rule set's amount block (base × scale, capped, rounded, explained) as fields a clerk edits, written back in its own key order.

export interface FactRef { fact: string; path: string }
export interface Amount {
  base: FactRef;
  scale_by?: FactRef;
  cap_fen?: number;
  rounding: 'fen' | 'yuan';
  explanation: string;
}

const KEYS = ['base', 'scale_by', 'cap_fen', 'rounding', 'explanation'];

/**
 * The amount with `patch` applied; keys keep the order they were written in (new ones follow the schema's order),
 * and a key patched to undefined is dropped — so an unchanged amount gives the same JSON, byte for byte.
 */
export function patchAmount(prev: Amount | Record<string, unknown>, patch: Partial<Record<keyof Amount, unknown>>): Amount {
  const values: Record<string, unknown> = { ...prev, ...patch };
  const order = [...Object.keys(prev), ...KEYS.filter((k) => !(k in prev))];
  const out: Record<string, unknown> = {};
  for (const k of order) if (values[k] !== undefined) out[k] = values[k];
  return out as unknown as Amount;
}

/** A fact reference from the builder's field id `fact|$.path`, in the schema's key order. */
export const refOf = (id: string): FactRef => {
  const at = id.indexOf('|');
  return { fact: id.slice(0, at), path: id.slice(at + 1) };
};
export const idOf = (ref: FactRef | undefined) => (ref ? `${ref.fact}|${ref.path}` : '');

/** Yuan typed by a clerk → fen stored; empty → no cap. Refuses what is not a non-negative amount with at most two decimals. */
export function capFenOf(yuan: string): number | undefined | null {
  const t = yuan.trim();
  if (t === '') return undefined;
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}
export const capYuanOf = (fen: number | undefined) => (fen === undefined ? '' : (fen / 100).toFixed(2).replace(/\.00$/, ''));

/** The amount in words: 「补贴标准 × 出勤完成率，最高 5,000.00 元，按元取整」, fields named by `label`. */
export function amountWords(a: Amount, label: (ref: FactRef) => string): string {
  const cap = a.cap_fen === undefined ? '' : `，最高 ${(a.cap_fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
  return `${label(a.base)}${a.scale_by ? ` × ${label(a.scale_by)}` : ''}${cap}，${a.rounding === 'yuan' ? '按元取整' : '精确到分'}`;
}
