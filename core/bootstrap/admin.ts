// The first administrator: password from ADMIN_PASSWORD (checked against the policy), or generated, shown once and changed at first login.
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { generatePassword } from '../auth/passwords.js';
import { passwordProblem } from '../auth/password-policy.js';

const ADMIN = { username: 'admin', display_name: '平台管理员', role: 'platform_admin', region_code: '150000' } as const;

export async function ensureAdmin(services: Services, ctx: RequestContext): Promise<{ created: boolean; generatedPassword?: string }> {
  const any = await services.db.knex('users').first('id');
  if (any) return { created: false };
  const chosen = services.env.ADMIN_PASSWORD;
  if (chosen) {
    const problem = passwordProblem(chosen, { username: ADMIN.username, displayName: ADMIN.display_name, regionWords: ['内蒙古自治区', '内蒙古', 'nei-mongol'] });
    if (problem) throw new Error(`ADMIN_PASSWORD does not satisfy the password policy: ${problem}`);
  }
  const password = chosen ?? generatePassword();
  const admin = await services.resources.get('users').create(ctx, { ...ADMIN, password });
  // A generated password has been on a screen: its owner replaces it before doing anything else.
  if (!chosen && services.env.PASSWORD_CHANGE_AT_FIRST_LOGIN) await services.db.knex('users').where({ id: admin.id }).update({ must_change_password: true });
  return { created: true, generatedPassword: chosen ? undefined : password };
}
