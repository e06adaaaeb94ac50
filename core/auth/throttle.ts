// The per-user lockout, held in the database with conditional UPDATEs so parallel guesses on any replica are all counted.
import type { Knex } from 'knex';

export interface LockoutSettings {
  /** Attempts in a row (failed or still being checked) that lock the user. */
  maxFailures: number;
  lockMinutes: number;
}

export type Reservation =
  | { ok: true; attempt: number; locksNow: boolean }
  | { ok: false; lockedUntil: string | null };

/**
 * Takes one attempt for a user before the password is checked. One UPDATE counts it
 * (`failed_logins = failed_logins + 1`) and, when it is the last one allowed, sets the lock in
 * the same statement; it only succeeds while the user is not locked. So however many guesses
 * arrive at once, on however many replicas, at most `maxFailures` are checked per lock period:
 * the others find the lock and are refused unchecked. A right password clears both (`succeeded`).
 */
export async function reserveAttempt(knex: Knex, userId: number, s: LockoutSettings, now = new Date()): Promise<Reservation> {
  const nowIso = now.toISOString();
  // A lock that has run out is lifted, and its count with it (only while it is still the expired one).
  await knex('users').where({ id: userId }).whereNotNull('locked_until').where('locked_until', '<=', nowIso)
    .update({ failed_logins: 0, locked_until: null });
  const until = new Date(now.getTime() + s.lockMinutes * 60_000).toISOString();
  const taken = await knex('users').where({ id: userId }).whereNull('locked_until').update({
    // Order matters: MySQL evaluates SET from left to right, so locked_until must read failed_logins before it is
    // incremented (SQLite reads the old values throughout, which is the same).
    locked_until: knex.raw('CASE WHEN failed_logins + 1 >= ? THEN ? ELSE NULL END', [s.maxFailures, until]),
    failed_logins: knex.raw('failed_logins + 1'),
  });
  const row = await knex('users').where({ id: userId }).first('failed_logins', 'locked_until');
  if (taken !== 1) return { ok: false, lockedUntil: row?.locked_until ?? null };
  return { ok: true, attempt: Number(row?.failed_logins ?? 1), locksNow: !!row?.locked_until };
}

/** The password was right: the count and any lock this attempt set are cleared. */
export async function succeeded(knex: Knex, userId: number, now = new Date()): Promise<void> {
  await knex('users').where({ id: userId }).update({ failed_logins: 0, locked_until: null, last_login_at: now.toISOString() });
}
