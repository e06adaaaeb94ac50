// Cell values of a spreadsheet: money in yuan from integer fen, booleans as 是/否, objects as JSON text.

/** 123456 → "1234.56", -5 → "-0.05": integer arithmetic, no floats. */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** What a cell holds: a number, a string or nothing. Money stays a number (yuan) so Excel can sum it. */
export function cellValue(value: unknown, money = false): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (money) {
    const n = Number(value);
    return Number.isFinite(n) ? Number(fenToYuanText(n)) : String(value);
  }
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A character that needs quoting anywhere, or a formula's first character: the one test most fields pass. */
const SPECIAL = /[",\r\n]|^[=+\-@\t]/;

/** A CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused with a leading '. */
export function csvField(value: string | number | null, money = false): string {
  if (value === null) return '';
  if (typeof value === 'number') return money ? fenToYuanText(Math.round(value * 100)) : String(value);
  if (!SPECIAL.test(value)) return value;
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
