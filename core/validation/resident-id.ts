// GB 11643 resident ID numbers: check character (ISO 7064 MOD 11-2), birth date, age, region.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

export interface ResidentId {
  number: string;
  regionCode: string;
  birthDate: string;
  gender: 'male' | 'female';
}

/** Parses an 18-character ID; returns a Chinese reason when it is not valid. */
export function parseResidentId(raw: string): ResidentId | { error: string } {
  const number = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(number)) return { error: '公民身份号码应为18位：前17位为数字，最后一位为数字或X' };
  if (checkCharacter(number.slice(0, 17)) !== number[17]) return { error: '公民身份号码校验位不正确，请核对是否录入有误' };
  const y = Number(number.slice(6, 10)), m = Number(number.slice(10, 12)), d = Number(number.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { error: '公民身份号码中的出生日期不是有效日期' };
  }
  return {
    number,
    regionCode: number.slice(0, 6),
    birthDate: `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`,
    gender: Number(number[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/** Whole years between a birth date and a date (both YYYY-MM-DD). */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export const MIN_WORKER_AGE = 16;
export const MAX_WORKER_AGE = 80;

/** Full validation of a worker's ID on registration: format, checksum, date, age range. */
export function validateWorkerId(raw: string, today: string): ResidentId | { error: string } {
  const parsed = parseResidentId(raw);
  if ('error' in parsed) return parsed;
  if (parsed.birthDate > today) return { error: '公民身份号码中的出生日期晚于今天' };
  const age = ageOn(parsed.birthDate, today);
  if (age < MIN_WORKER_AGE || age > MAX_WORKER_AGE) {
    return { error: `按公民身份号码计算年龄为${age}周岁，不在${MIN_WORKER_AGE}至${MAX_WORKER_AGE}周岁之间` };
  }
  return parsed;
}
