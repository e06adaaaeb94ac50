// Password hashing with scrypt (memory-hard), the constant-cost check for unknown users, and generated passwords.
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import { passwordProblem } from './password-policy.js';

const scrypt = promisify(crypto.scrypt) as (pw: string, salt: Buffer, len: number, opts: crypto.ScryptOptions) => Promise<Buffer>;
const PARAMS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(password, salt, 32, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: PARAMS.maxmem });
  return crypto.timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | null = null;

/**
 * Spends what checking a real password costs and answers false: an unknown or disabled user
 * takes as long as a wrong password, so timing does not tell which usernames exist.
 */
export async function verifyNobody(password: string): Promise<false> {
  dummy ??= hashPassword(crypto.randomBytes(18).toString('base64'));
  await verifyPassword(password, await dummy);
  return false;
}

// Letters and digits a person reads back without confusing them (no l/I/1, O/0), and symbols any keyboard has.
const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const SYMBOLS = '-_.#%+=@';

/** A random password of 18 characters with every kind of character, always accepted by the policy. */
export function generatePassword(): string {
  for (;;) {
    const bytes = crypto.randomBytes(18);
    const chars = [...bytes].map((b, i) => (i % 6 === 5 ? SYMBOLS[b % SYMBOLS.length] : ALPHABET[b % ALPHABET.length]));
    const password = chars.join('');
    if (/[a-z]/.test(password) && /[A-Z]/.test(password) && /\d/.test(password) && !passwordProblem(password)) return password;
  }
}
