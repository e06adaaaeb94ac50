// The request context: who acts, from where, under which request id. Every write records it.
import type { RoleName } from '../schemas/common.js';

export interface AuthUser {
  id: number;
  username: string;
  display_name: string;
  role: RoleName;
  region_code: string;
  /** The materialised path of the user's node (`/150000/150200/`): the scope of what they see. */
  region_path: string;
  institution_id: number | null;
}

export interface RequestContext {
  user: AuthUser | null;
  requestId: string;
  ip: string | null;
  /** The session id, when the request came with a token. */
  sessionId?: string;
  /** Set when the user must change their password first (every other call is refused meanwhile). */
  passwordChange?: 'first_login' | 'expired' | null;
  /** The client's `Idempotency-Key`: a write it names is applied once, a repeat answered with the first result. */
  idempotencyKey?: string;
  /** Set when the answer is a replay of a write applied before under the same key (header `Idempotent-Replayed`). */
  replayed?: boolean;
}

/** The actor of work that no person started (migrations, seeding, imports on first start). */
export function systemContext(requestId = 'system'): RequestContext {
  return { user: null, requestId, ip: null };
}

export function actorId(ctx: RequestContext): number | null {
  return ctx.user?.id ?? null;
}
