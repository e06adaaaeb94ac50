// Login sessions as opaque bearer tokens; only their hash is stored, so any replica can check them and logout revokes.
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { AuthUser } from '../http/context.js';
import type { PasswordState } from './password-age.js';

export function tokenId(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export async function createSession(knex: Knex, userId: number, ttlHours: number, ip: string | null): Promise<{ token: string; sessionId: string; expiresAt: string }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttlHours * 3600_000).toISOString();
  const sessionId = tokenId(token);
  await knex('sessions').insert({ id: sessionId, user_id: userId, created_at: now.toISOString(), expires_at: expiresAt, revoked_at: null, ip });
  return { token, sessionId, expiresAt };
}

/** The user behind a token, when the session is live and the user active, with the state of their password. */
export async function userForToken(knex: Knex, token: string): Promise<{ user: AuthUser; sessionId: string; password: PasswordState } | null> {
  const sessionId = tokenId(token);
  const row = await knex('sessions')
    .join('users', 'users.id', 'sessions.user_id')
    .join('regions', 'regions.id', 'users.region_code')
    .where('sessions.id', sessionId)
    .whereNull('sessions.revoked_at')
    .where('sessions.expires_at', '>', new Date().toISOString())
    .where('users.active', true)
    .first('users.id', 'users.username', 'users.display_name', 'users.role', 'users.region_code', 'users.institution_id', 'regions.path as region_path',
      'users.must_change_password', 'users.password_changed_at');
  if (!row) return null;
  return {
    sessionId,
    password: { must_change_password: row.must_change_password, password_changed_at: row.password_changed_at },
    user: {
      id: Number(row.id), username: row.username, display_name: row.display_name, role: row.role,
      region_code: row.region_code, region_path: row.region_path, institution_id: row.institution_id === null ? null : Number(row.institution_id),
    },
  };
}

export async function revokeSession(knex: Knex, sessionId: string): Promise<void> {
  await knex('sessions').where({ id: sessionId }).update({ revoked_at: new Date().toISOString() });
}

export async function revokeUserSessions(knex: Knex, userId: number, exceptSessionId?: string): Promise<void> {
  const q = knex('sessions').where({ user_id: userId }).whereNull('revoked_at');
  if (exceptSessionId) q.whereNot({ id: exceptSessionId });
  await q.update({ revoked_at: new Date().toISOString() });
}
