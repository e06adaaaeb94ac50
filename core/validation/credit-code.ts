// GB 32100 统一社会信用代码: 18 characters with a MOD 31 check character.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Returns null when valid, else a Chinese reason. */
export function creditCodeError(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return '统一社会信用代码应为18位';
  if (![...code].every((c) => ALPHABET.includes(c))) return '统一社会信用代码只能包含数字和大写字母（不含I、O、Z、S、V）';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return '统一社会信用代码第3至8位应为行政区划代码';
  if (creditCheckCharacter(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验位不正确，请核对是否录入有误';
  return null;
}
