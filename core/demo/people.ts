// Fictional people for the demo: obviously made-up names (示例·…) and checksum-valid resident IDs.
import { checkCharacter } from '../validation/resident-id.js';
import { creditCheckCharacter } from '../validation/credit-code.js';
import type { Random } from './random.js';
import { DEMO_NAME_MARKER } from '../resources/search.js';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '孙', '马', '郭', '何', '高', '乌', '包', '白', '云', '韩'];
const GIVEN = ['建国', '秀英', '志强', '丽娟', '海军', '春梅', '国华', '晓燕', '永军', '桂兰', '文博', '雅琴', '宏伟', '玉兰', '俊杰', '思远'];
const MONGOLIAN = ['巴特尔', '其其格', '苏和', '乌云', '额尔敦', '萨仁', '朝鲁', '斯琴', '宝音', '塔娜', '孟和', '娜仁', '呼和', '图雅'];

/** A name nobody could mistake for a real person's record. */
export function demoName(rnd: Random): string {
  const name = rnd.chance(0.35) ? rnd.pick(MONGOLIAN) : rnd.pick(SURNAMES) + rnd.pick(GIVEN);
  return `${DEMO_NAME_MARKER}${name}`;
}

/** A valid 18-digit ID for someone born in `regionCode`, aged between minAge and maxAge on `today`. */
export function demoResidentId(rnd: Random, regionCode: string, today: string, minAge: number, maxAge: number, gender?: 'male' | 'female'): string {
  const year = Number(today.slice(0, 4)) - rnd.int(minAge + 1, maxAge - 1);
  const month = rnd.int(1, 12);
  const day = rnd.int(1, 28);
  let seq = rnd.int(0, 999);
  if (gender) seq = seq - (seq % 2) + (gender === 'male' ? 1 : 0);
  const first17 = `${regionCode}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(Math.min(seq, 999)).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

export function demoPhone(rnd: Random): string {
  return `1${rnd.pick(['38', '39', '50', '51', '58', '87', '88', '99'])}${String(rnd.int(0, 99999999)).padStart(8, '0')}`;
}

export function demoAccount(rnd: Random): string {
  return `6228${String(rnd.int(0, 999999999)).padStart(9, '0')}${String(rnd.int(0, 999999)).padStart(6, '0')}`;
}

/** A checksum-valid 统一社会信用代码 for an organisation registered in `regionCode`. */
export function demoCreditCode(rnd: Random, regionCode: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '';
  for (let i = 0; i < 9; i++) body += alphabet[rnd.int(0, alphabet.length - 1)];
  const first17 = `52${regionCode}${body}`;
  return first17 + creditCheckCharacter(first17);
}
