// The resource definition of core/entities/workers.ts (its schema): who may read and write it, its scope, the checks on each write.
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource, type HookArgs } from '../definition.js';
import { regionColumn } from '../scope.js';
import { badRequest, conflict } from '../../http/errors.js';
import { validateWorkerId } from '../../validation/resident-id.js';
import type { RequestContext } from '../../http/context.js';
import { clerkInstitution, settleWithinLeague } from '../../workflow/scope-fields.js';
import { Worker } from '../../entities/workers.js';

export const DUPLICATE_WORKER = '该公民身份号码已登记，请勿重复登记';

/** The institution whose clerk registers the worker (a clerk then sees them), or null. Bulk writers set it too. */
export function registeredBy(ctx: RequestContext): number | null {
  return ctx.user?.role === 'institution_staff' ? ctx.user.institution_id : null;
}

/** Normalises and checks phone and account numbers (clear values, before encryption). */
function checkContact(input: Record<string, unknown>) {
  if (typeof input.phone === 'string' && input.phone !== '') {
    const phone = input.phone.replace(/[\s-]/g, '');
    input.phone = phone;
    if (!/^1[3-9]\d{9}$/.test(phone)) throw badRequest('手机号码应为11位数字，以1开头', 'phone');
  }
  if (typeof input.payee_account === 'string' && input.payee_account !== '') {
    const account = input.payee_account.replace(/\s/g, '');
    input.payee_account = account;
    if (!/^\d{12,30}$/.test(account)) throw badRequest('收款账号应为12至30位数字', 'payee_account');
  }
}

/**
 * Where a worker is registered: an institution's clerk registers (and moves) people within the institution's 盟市
 * only, the institution's node when left out; anyone else names the node (their scope bounds it).
 */
async function workerScope(input: Record<string, unknown>, { trx, ctx }: HookArgs): Promise<void> {
  const clerk = await clerkInstitution(trx, ctx);
  if (clerk) await settleWithinLeague(trx, input, 'region_code', clerk.region_code, '所在地区', `本机构「${clerk.name}」`);
  if (!input.region_code) throw badRequest('请填写所在地区（region_code）', 'region_code');
}

export const workers = defineResource({
  name: 'workers',
  table: 'workers',
  form: 'worker',
  label: '人员',
  schema: Worker,
  // region_code: an institution's clerk registers people of the institution's 盟市; left out, the institution's node.
  create: createSchema(Worker, ['gender', 'birth_date', 'home_region_code', 'form_version'], ['region_code']),
  update: updateSchema(Worker),
  readOnly: ['id_number', 'gender', 'birth_date', 'home_region_code', 'form_version'],
  pii: { id_number: 'id', phone: 'phone', payee_account: 'account' },
  storedMasks: true,
  unique: { id_number_idx: '该公民身份号码已登记，请勿重复登记' },
  search: ['name'],
  // By prefix: a range of the (league_code, name) index at any size (core/resources/search.ts).
  searchBy: 'prefix',
  virtualFilters: {
    // Exact lookup by the full ID number, through the blind index.
    id_number: (qb, value, services) => { qb.where('workers.id_number_idx', services.pii.blindIndex(String(value))); },
    phone: (qb, value, services) => { qb.where('workers.phone_idx', services.pii.blindIndex(String(value))); },
  },
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'rcu', auditor: 'r' },
  leagueColumn: 'workers.league_code',
  scopeRegion: regionColumn('workers.region_code'),
  scopeInstitution: (qb, institutionId, knex) => {
    qb.where((w) => w
      .where('workers.registered_by_institution_id', institutionId)
      .orWhereIn('workers.id', knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id').where('programs.institution_id', institutionId).select('enrollments.worker_id')));
  },
  async prepare(input, op, args) {
    const { services } = args;
    checkContact(input);
    if (op === 'create') await workerScope(input, args);
    if (op === 'create') {
      const parsed = validateWorkerId(String(input.id_number ?? ''), services.today());
      if ('error' in parsed) throw badRequest(parsed.error, 'id_number');
      Object.assign(input, { id_number: parsed.number, birth_date: parsed.birthDate, gender: parsed.gender, home_region_code: parsed.regionCode });
      input.traits ??= [];
    }
    return input;
  },
  async beforeUpdate(row, before, args) {
    // A move, not the node sent back unchanged (a clerk may edit a worker registered elsewhere and enrolled with them).
    if (row.region_code !== undefined && row.region_code !== before.region_code) await workerScope(row, args);
    return row;
  },
  async beforeCreate(row, { ctx, trx }) {
    if (await trx('workers').where({ id_number_idx: row.id_number_idx }).first('id')) throw conflict(DUPLICATE_WORKER, 'id_number');
    return { ...row, registered_by_institution_id: registeredBy(ctx) };
  },
});
