// The password policy: 12+ characters of three kinds (or a 20+ character passphrase) that a dictionary-backed estimate (zxcvbn-ts) rates hard to guess.
import type { Knex } from 'knex';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import { zxcvbnZh } from './zxcvbn-zh.js';
import { CHINESE_COMMON, CHINESE_NAMES, DOMAIN_WORDS } from './password-words.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** A passphrase this long needs no mix of character kinds: length does the work. */
export const PASSPHRASE_LENGTH = 20;
/**
 * zxcvbn's score 3 and at least 10^9 estimated guesses: far beyond what the lockout and rate
 * limits let anyone try online, and slow against the scrypt hash of a stolen table.
 */
const MIN_SCORE = 3;
const MIN_GUESSES_LOG10 = 9;

/** What the policy knows about the person, to refuse passwords built from it. */
export interface PasswordContext {
  username?: string | null;
  displayName?: string | null;
  /** Names and pinyin slugs of the user's region and its ancestors (包头市, baotou, 内蒙古自治区 …). */
  regionWords?: string[];
  /** The password being replaced: the new one must not be it or a variant of it. */
  current?: string | null;
}

let estimator: ZxcvbnFactory | null = null;

/** Built on first use (about a third of a second): the dictionaries are large. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: zxcvbnZh,
    graphs: zxcvbnCommon.adjacencyGraphs,
    dictionary: {
      ...zxcvbnCommon.dictionary,
      ...zxcvbnEn.dictionary,
      'steppe-domain': DOMAIN_WORDS,
      'chinese-common': CHINESE_COMMON,
      'chinese-names': CHINESE_NAMES,
    },
  });
  return estimator;
}

/** Kinds of character: lower, upper, digits, symbols, and letters of other scripts (汉字, ᠮᠣᠩᠭᠣᠯ). */
function kinds(password: string): number {
  // eslint-disable-next-line no-control-regex -- a range that starts at NUL: "anything outside ASCII"
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/, /[^\x00-\x7f]/].filter((r) => r.test(password)).length;
}

/** The words of a user's name, handle and region, whole and in parts (`zhang.wei_01` → zhang, wei), and the current password whole. */
function userWords(ctx: PasswordContext): string[] {
  const words = [ctx.username, ctx.displayName, ...(ctx.regionWords ?? [])].filter((w): w is string => typeof w === 'string' && w.length > 0);
  const parts = words.flatMap((w) => w.split(/[^\p{L}\p{N}]+/u)).filter((p) => p.length >= 3);
  return [...new Set([...words, ...parts, ...(ctx.current ? [ctx.current] : [])].map((w) => w.toLowerCase()))];
}

/**
 * Why a password is refused (in Chinese, for the person choosing it), or null when it may be used.
 *
 * @example
 * passwordProblem('password123') // '密码至少需要 12 个字符'
 * passwordProblem('Baotou-2024!!', { regionWords: ['baotou'] }) // '密码强度不足：…'
 */
export function passwordProblem(password: string, ctx: PasswordContext = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符`;
  if (length > PASSWORD_MAX_LENGTH) return `密码最多 ${PASSWORD_MAX_LENGTH} 个字符`;
  if (password.trim().length === 0) return '密码不能全是空格';
  if (length < PASSPHRASE_LENGTH && kinds(password) < 3) {
    return `密码需包含大写字母、小写字母、数字和符号中的至少三类（${PASSPHRASE_LENGTH} 个字符以上的长句可不受此限）`;
  }
  if (ctx.current && password.toLowerCase() === ctx.current.toLowerCase()) return '新密码不能与当前密码相同（不区分大小写）';
  const lower = password.toLowerCase();
  if (ctx.username && ctx.username.length >= 3 && lower.includes(ctx.username.toLowerCase())) return '密码不能包含用户名';
  const words = userWords(ctx);
  // zxcvbn prices "Baotou-2026!!" as a word plus seven random characters: what is left once the user's own words are taken out must be strong by itself.
  // eslint-disable-next-line no-control-regex -- "outside ASCII", the range starts at NUL
  const used = words.filter((w) => [...w].length >= (/[^\x00-\x7f]/.test(w) ? 2 : 4) && lower.includes(w));
  if (used.length > 0) {
    const rest = used.reduce((text, w) => text.split(w).join(''), lower);
    if (Math.log10(zxcvbn().check(rest, words).guesses) < MIN_GUESSES_LOG10) return '密码不能以用户名、姓名、所属地区或当前密码为主要内容，请换用与您无关的词语';
  }
  const result = zxcvbn().check(password, words);
  if (result.score >= MIN_SCORE && Math.log10(result.guesses) >= MIN_GUESSES_LOG10) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join('；');
  return `密码强度不足，容易被猜到${advice ? `：${advice}` : ''}。请换用更长、更少见的组合，例如几个不相关的词语加数字和符号`;
}

/** The region words (names and pinyin slugs of the node and its ancestors) of a user at `regionCode`. */
export async function regionWords(knex: Knex | Knex.Transaction, regionCode: string | null | undefined): Promise<string[]> {
  if (!regionCode) return [];
  const node = await knex('regions').where({ id: regionCode }).first('path');
  if (!node) return [];
  const ids = String(node.path).split('/').filter(Boolean);
  const rows = await knex('regions').whereIn('id', ids).select('name', 'slug');
  return rows.flatMap((r: { name: string; slug: string | null }) => [r.name, r.name.replace(/(市|盟|区|旗|县|自治区)$/u, ''), r.slug ?? '']).filter(Boolean);
}
