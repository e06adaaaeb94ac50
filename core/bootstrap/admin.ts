// The first administrator: password from ADMIN_PASSWORD, or generated and shown once. There is no default password.
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { generatePassword } from '../auth/passwords.js';

export async function ensureAdmin(services: Services, ctx: RequestContext): Promise<{ created: boolean; generatedPassword?: string }> {
  const any = await services.db.knex('users').first('id');
  if (any) return { created: false };
  const password = services.env.ADMIN_PASSWORD ?? generatePassword();
  await services.resources.get('users').create(ctx, {
    username: 'admin', display_name: '平台管理员', role: 'platform_admin', region_code: '150000', password,
  });
  return { created: true, generatedPassword: services.env.ADMIN_PASSWORD ? undefined : password };
}
