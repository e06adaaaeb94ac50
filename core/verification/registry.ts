// Loading the reference registry for data comparison (大数据比对) from a file an administrator has: IDs kept only as blind index.
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { parseResidentId } from '../validation/resident-id.js';
import { badRequest } from '../http/errors.js';
import { LEVELS } from '../schemas/common.js';
import { VERIFICATION_CHECKS, type VerificationCheck } from './checks.js';
import { transact } from '../db/transact.js';

export const CHECKS = VERIFICATION_CHECKS;
export type Check = VerificationCheck;

export interface RegistryRow {
  id_number: string;
  status?: 'confirmed' | 'refuted';
  occupation_code?: string | null;
  level?: string | null;
  valid_from?: string | null;
  valid_to?: string | null;
}

/** Parses `公民身份号码,状态,职业编码,等级,起始日期,截止日期` lines (header optional, status 是/否 or confirmed/refuted). */
export function parseCsv(text: string): RegistryRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length && !/^\d/.test(lines[0])) lines.shift();
  return lines.map((line) => {
    const [id_number, status, occupation_code, level, valid_from, valid_to] = line.split(',').map((c) => c.trim());
    return {
      id_number, status: ['否', 'refuted', 'no', '0'].includes(status ?? '') ? 'refuted' : 'confirmed',
      occupation_code: occupation_code || null, level: level || null, valid_from: valid_from || null, valid_to: valid_to || null,
    };
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Loads rows as one batch; bad rows are reported and skipped, good ones stored in one transaction. */
export async function loadRegistry(services: Services, ctx: RequestContext, check: string, rows: RegistryRow[], source = 'manual-file') {
  if (!CHECKS.includes(check as Check)) throw badRequest(`比对类型只能是：${CHECKS.join('、')}`, 'check');
  const batch = `${check}-${new Date().toISOString()}`;
  const rejected: Array<{ row: number; message: string }> = [];
  const good: Record<string, unknown>[] = [];
  const now = new Date().toISOString();
  rows.forEach((r, i) => {
    const parsed = parseResidentId(String(r.id_number ?? ''));
    if ('error' in parsed) return rejected.push({ row: i + 1, message: parsed.error });
    if (check === 'certificate_registry' && (!r.occupation_code || !r.level || !(LEVELS as readonly string[]).includes(r.level))) {
      return rejected.push({ row: i + 1, message: '证书比对数据须填写职业编码和等级（5/4/3/2/1/special）' });
    }
    if ((r.valid_from && !DATE.test(r.valid_from)) || (r.valid_to && !DATE.test(r.valid_to))) return rejected.push({ row: i + 1, message: '日期应为 YYYY-MM-DD' });
    good.push({
      check, id_idx: services.pii.blindIndex(parsed.number), status: r.status === 'refuted' ? 'refuted' : 'confirmed',
      occupation_code: r.occupation_code ?? null, level: r.level ?? null, valid_from: r.valid_from ?? null, valid_to: r.valid_to ?? null,
      source, batch, loaded_at: now, loaded_by: ctx.user?.id ?? null,
    });
  });
  await transact(services.db.knex, async (trx) => {
    for (let i = 0; i < good.length; i += 500) await trx('verification_registry').insert(good.slice(i, i + 500));
    await services.audit.append(trx, ctx, { action: 'import', resource: 'verification_registry', recordId: batch, changes: { check, loaded: good.length, rejected: rejected.length, source } });
  });
  return { batch, loaded: good.length, rejected };
}
