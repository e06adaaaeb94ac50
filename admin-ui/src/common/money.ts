// Integer fen ↔ yuan text conversions, with no floating-point arithmetic on stored amounts.

/** `123450` → `'1234.50'` (no grouping, no sign symbol; what a money input shows). */
export const fenToYuanText = (fen: number): string => {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

/** `123450` → `'¥1,234.50'` (what a money field shows). */
export const formatFen = (fen: number): string => {
  const [yuan, jiao] = fenToYuanText(Math.abs(fen)).split('.');
  const grouped = yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}¥${grouped}.${jiao}`;
};

const YUAN = /^(\d{1,12})(?:\.(\d{0,2}))?$/;
/** Thousands separators only where they belong: `1,600` and `12,345,678.9`, never `1,60` or `16,00`. */
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;

/** `'1,234.5'` → `123450`; `''` → `null`; anything not a non-negative amount with ≤ 2 decimals → `undefined`. */
export const yuanTextToFen = (text: string): number | null | undefined => {
  const bare = text.replace(/[\s¥￥]/g, '').replace(/，/g, ',');
  if (bare.includes(',') && !GROUPED.test(bare)) return undefined;
  const clean = bare.replace(/,/g, '');
  if (clean === '') return null;
  const match = YUAN.exec(clean);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
};
