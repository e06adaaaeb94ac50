// Test support of the public API: anonymous calls from a chosen client address, every answer kept for the personal-data scan.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { solveChallenge } from './abuse.js';
import { idNumber } from '../test/fixtures.js';
import { checkCharacter } from '../validation/resident-id.js';
import type { LooseJson } from '../test/loose-json.js';

export interface PublicReply { status: number; body: LooseJson; text: string; headers: Record<string, string | string[] | number | undefined> }

/** Every public answer of a test file, to scan at its end. */
export const answers: Array<{ url: string; text: string }> = [];

export async function pub(app: FastifyInstance, method: 'GET' | 'POST', url: string, body?: unknown, ip = '198.51.100.1', headers: Record<string, string> = {}): Promise<PublicReply> {
  const res = await app.inject({
    method, url, remoteAddress: ip,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
  answers.push({ url, text: res.body });
  let parsed: unknown = res.body;
  try { parsed = JSON.parse(res.body); } catch { /* HTML */ }
  return { status: res.statusCode, body: parsed, text: res.body, headers: res.headers };
}

let n = 500;
/** A wish body that passes every check; a fresh ID number each call unless given. */
export const wishBody = (over: Record<string, unknown> = {}) => ({
  id_number: idNumber('150203', '19900101', ++n), name: '示例·公开登记', phone: `135${String(10_000_000 + n).slice(-8)}`, region_code: '150203',
  category: 'returnee', wants_training: true, wants_job: false, occupation_code: '6-18-02-04', training_kind: 'employment_skills', consent: true, ...over,
});

/** A solved challenge from the API, for the attempt after `PUBLIC_CHALLENGE_AFTER`. */
export async function solved(app: FastifyInstance, ip: string): Promise<{ token: string; nonce: string }> {
  const c = await pub(app, 'GET', '/api/public/challenge?action=wish', undefined, ip);
  expect(c.status).toBe(200);
  return { token: c.body.token, nonce: solveChallenge(c.body.token, c.body.bits) };
}

/** Resident ID numbers (18 characters, valid or not), mainland mobile numbers and the given names, wherever they appear. */
export function personalData(text: string, names: string[]): string[] {
  const found: string[] = [];
  // An ID number is 18 characters whose last is its check character: a run of 18 digits inside a random hex token
  // (a challenge) is not one, and counting it made the check fail about once in a hundred runs.
  for (const m of text.matchAll(/(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/g)) {
    if (checkCharacter(m[0].slice(0, 17)) === m[0][17].toUpperCase()) found.push(`ID ${m[0]}`);
  }
  for (const m of text.matchAll(/(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g)) found.push(`phone ${m[0]}`);
  for (const name of names) if (text.includes(name)) found.push(`name ${name}`);
  return found;
}
