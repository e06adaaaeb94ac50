// Keeps clear resident ID numbers and mobile numbers out of a fact snapshot: masked as the console shows them.
import { checkCharacter } from '../../validation/resident-id.js';
import { maskIdNumber, maskPhone } from '../../pii/mask.js';

const ID_CANDIDATE = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])/g;
const MOBILE = /(?<![0-9])(\+?86[\s-]?)?1[3-9][0-9][\s-]?[0-9]{4}[\s-]?[0-9]{4}(?![0-9])/g;

/** A GB 11643 number: valid check character and a plausible birth date. */
function isResidentId(candidate: string): boolean {
  const id = candidate.toUpperCase();
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && checkCharacter(id.slice(0, 17)) === id[17];
}

/** The text with every resident ID number and mobile number masked (`150102********1234`, `138****5678`). */
export function maskPiiText(text: string): string {
  return text
    .replace(ID_CANDIDATE, (m) => (isResidentId(m) ? maskIdNumber(m) : m))
    .replace(MOBILE, (m) => maskPhone(m.replace(/[\s-]/g, '').replace(/^\+?86/, '')));
}

/**
 * A copy of a JSON value with personal numbers masked in every string, and the paths masked
 * (`$.note`, `$.list[1].phone`); the value itself when nothing was found.
 */
export function maskPii(value: unknown, at = '$', found: string[] = []): { value: unknown; masked: string[] } {
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === 'string') {
      const m = maskPiiText(v);
      if (m !== v) found.push(path);
      return m;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, `${path}.${k}`)]));
    return v;
  };
  const out = walk(value, at);
  return { value: found.length ? out : value, masked: found };
}
