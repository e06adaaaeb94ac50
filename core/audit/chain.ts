// One entry of the audit chain: the fields its hash covers, and the keyed hash that links it to the one before.
import crypto from 'node:crypto';

export interface ChainedFields {
  seq: number; at: string; user_id: number | null; username: string | null; role: string | null;
  region_code: string | null; action: string; resource: string | null; record_id: string | null;
  changes: string | null; request_id: string | null; ip: string | null; prev_hash: string;
}

const HASHED_FIELDS: Array<keyof ChainedFields> = [
  'seq', 'at', 'user_id', 'username', 'role', 'region_code', 'action', 'resource', 'record_id', 'changes', 'request_id', 'ip', 'prev_hash',
];

/** Keyed (HMAC) so that someone with write access to the database cannot rebuild the chain. */
export function entryHash(key: Buffer, e: ChainedFields): string {
  const canonical = JSON.stringify(HASHED_FIELDS.map((k) => (e[k] === undefined ? null : e[k])));
  return crypto.createHmac('sha256', key).update(canonical).digest('hex');
}
