// Abuse controls of the public worker actions: attempts counted per address and per ID number in the database, and a proof-of-work challenge.
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import { ApiError } from '../http/errors.js';

export type PublicAction = 'wish' | 'code' | 'verify' | 'pow';

/**
 * A keyed hash of what an attempt is counted by (a client address, an ID number): the table never holds
 * either in clear, and the same subject always gives the same key on every replica.
 */
export function subjectKey(services: Services, kind: 'ip' | 'id' | 'pow', value: string): string {
  return services.pii.blindIndex(`public:${kind}:${value}`);
}

const since = (ms: number) => new Date(Date.now() - ms).toISOString();

/** Attempts of an action by a subject within the last `windowMs`. */
export async function attempts(db: Knex | Knex.Transaction, action: PublicAction, subject: string, windowMs: number): Promise<number> {
  const row = await db('public_attempts').where({ action, subject }).where('at', '>=', since(windowMs)).count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

export async function recordAttempt(db: Knex | Knex.Transaction, action: PublicAction, subject: string): Promise<void> {
  await db('public_attempts').insert({ action, subject, at: new Date().toISOString() });
}

/** Forgets attempts older than two days (the longest window): called now and then by the public actions. */
export async function pruneAttempts(db: Knex): Promise<void> {
  await db('public_attempts').where('at', '<', since(2 * 86_400_000)).delete();
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The 429 of a public action, in Chinese, with Retry-After in `details`. */
export function tooManyAttempts(message: string): ApiError {
  return new ApiError(429, message, undefined, undefined, 'rate_limited');
}

// ---- proof of work -------------------------------------------------------------------------------

/** A challenge: solve `sha256(token + ":" + nonce)` with `bits` leading zero bits. Valid 10 minutes, once. */
export interface Challenge { token: string; bits: number; expires_at: string }

const CHALLENGE_TTL_MS = 10 * 60_000;

function sign(services: Services, payload: string): string {
  return services.pii.blindIndex(`pow:${payload}`).slice(0, 32);
}

/** A new signed challenge: stateless until solved (the server keeps nothing for challenges never answered). */
export function newChallenge(services: Services): Challenge {
  const bits = services.env.PUBLIC_CHALLENGE_BITS;
  const expires = new Date(Date.now() + CHALLENGE_TTL_MS).toISOString();
  const payload = `${crypto.randomBytes(12).toString('hex')}.${bits}.${Date.parse(expires)}`;
  return { token: `${payload}.${sign(services, payload)}`, bits, expires_at: expires };
}

/** Leading zero bits of a digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) { bits += 8; continue; }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Solves a challenge (tests and scripts; the public page does the same in the browser). */
export function solveChallenge(token: string, bits: number): string {
  for (let n = 0; ; n++) {
    if (leadingZeroBits(crypto.createHash('sha256').update(`${token}:${n}`).digest()) >= bits) return String(n);
  }
}

/**
 * Checks a solved challenge and spends it: a forged, expired, too easy, wrong or already used answer is a
 * 400 naming `challenge` (code `challenge_required`), so the page asks for a new one. The use is recorded
 * first and counted after, so two requests racing with one answer both see it used.
 */
export async function spendChallenge(services: Services, answer: ChallengeAnswer | undefined): Promise<void> {
  const refuse = (why: string) => new ApiError(400, `安全验证未通过：${why}，请完成验证后再提交`, 'challenge', undefined, 'challenge_required');
  if (!answer?.token || !answer.nonce) throw refuse('尝试次数较多，需要先完成安全验证');
  const parts = answer.token.split('.');
  if (parts.length !== 4) throw refuse('验证信息格式不对');
  const [random, bitsText, expires, mac] = parts;
  const expected = sign(services, `${random}.${bitsText}.${expires}`);
  if (mac.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) throw refuse('验证信息无效');
  if (Number(expires) < Date.now()) throw refuse('验证已过期');
  const bits = Number(bitsText);
  if (bits < services.env.PUBLIC_CHALLENGE_BITS) throw refuse('验证难度不足');
  if (leadingZeroBits(crypto.createHash('sha256').update(`${answer.token}:${answer.nonce}`).digest()) < bits) throw refuse('验证答案不正确');
  const key = subjectKey(services, 'pow', answer.token);
  await recordAttempt(services.db.knex, 'pow', key);
  if (await attempts(services.db.knex, 'pow', key, 2 * CHALLENGE_TTL_MS) > 1) throw refuse('该验证已使用过');
}

export interface ChallengeAnswer { token?: string; nonce?: string }

/**
 * Counts an attempt of a public action by a subject (an address, an ID number) and refuses it beyond
 * `limit` in the window. Recorded before anything else is checked and committed on its own, so refused
 * and failed attempts count too; counted after recording, so parallel attempts see each other.
 * Returns how many attempts came before this one.
 */
export async function countAttempt(services: Services, action: 'wish' | 'code' | 'verify', subject: string, limit: number, windowMs: number, message: string): Promise<number> {
  const knex = services.db.knex;
  await recordAttempt(knex, action, subject);
  const n = await attempts(knex, action, subject, windowMs);
  if (n > limit) throw tooManyAttempts(message);
  if (Math.random() < 0.01) await pruneAttempts(knex);
  return n - 1;
}

/**
 * The address's attempt of a public action: refused beyond `limit` an hour, and after
 * `PUBLIC_CHALLENGE_AFTER` attempts only with a solved challenge.
 */
export async function guardAddress(services: Services, action: 'wish' | 'code', ip: string, limit: number, challenge: ChallengeAnswer | undefined): Promise<void> {
  const before = await countAttempt(services, action, subjectKey(services, 'ip', ip), limit, HOUR, `本网络地址提交过于频繁（每小时最多 ${limit} 次），请稍后再试`);
  if (before >= services.env.PUBLIC_CHALLENGE_AFTER) await spendChallenge(services, challenge);
}

/** Whether the address's next attempt of an action needs a solved challenge (the page asks for one in advance). */
export async function challengeNeeded(services: Services, action: 'wish' | 'code', ip: string): Promise<boolean> {
  return await attempts(services.db.knex, action, subjectKey(services, 'ip', ip), HOUR) >= services.env.PUBLIC_CHALLENGE_AFTER;
}
