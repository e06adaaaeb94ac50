// When a user must change their password before doing anything else: a password set for them, or one older than PASSWORD_MAX_AGE_DAYS.

export type PasswordChangeReason = 'first_login' | 'expired';

export interface PasswordState {
  must_change_password: boolean | number | null;
  password_changed_at: string | null;
}

/** The day a password runs out, or null when passwords do not age (maxAgeDays 0) or the date is unknown. */
export function passwordExpiresAt(changedAt: string | null, maxAgeDays: number): string | null {
  if (!changedAt || maxAgeDays <= 0) return null;
  return new Date(new Date(changedAt).getTime() + maxAgeDays * 86_400_000).toISOString();
}

/** Why the user must change their password now, or null. */
export function passwordChangeReason(state: PasswordState, maxAgeDays: number, now = new Date()): PasswordChangeReason | null {
  if (state.must_change_password) return 'first_login';
  const expires = passwordExpiresAt(state.password_changed_at, maxAgeDays);
  return expires && expires <= now.toISOString() ? 'expired' : null;
}

/** The refusal every other call gets meanwhile, in words the person can act on. */
export function passwordChangeMessage(reason: PasswordChangeReason, maxAgeDays: number): string {
  return reason === 'first_login'
    ? '您的密码由管理员设置或系统生成，请先修改密码后再继续使用'
    : `您的密码已超过 ${maxAgeDays} 天未修改，请先修改密码后再继续使用`;
}
