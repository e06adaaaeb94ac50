// Rules for opening and running a class (R4, R6): an approved institution, a catalog entry in force, states in order.
import type { Knex } from 'knex';
import type { HookArgs } from '../resources/definition.js';
import { badRequest, conflict } from '../http/errors.js';
import { regionChain } from '../configs/resolve.js';
import type { CatalogEntry } from '../configs/kinds/catalog.js';

/** Allowed next states of a class. */
export const PROGRAM_FLOW: Record<string, string[]> = {
  draft: ['open', 'closed'],
  open: ['running', 'closed'],
  running: ['finished'],
  finished: ['closed'],
  closed: [],
};
const STATUS_LABELS: Record<string, string> = { draft: '草稿', open: '招生中', running: '开班中', finished: '已结业', closed: '已关闭' };

/** The 盟市 (or the node itself when it is one) a node belongs to. */
export async function leagueOf(knex: Knex | Knex.Transaction, node: string): Promise<string> {
  const chain = await regionChain(knex, node);
  return chain.length >= 2 ? chain[chain.length - 2].id : node;
}

/** Checks a class against its institution's approval and the catalog in force; fills the occupation name. */
/** The class fields the check reads, as the entity schema validated them (or as stored). */
interface ProgramFields {
  status: string; institution_id: number; region_code: string; occupation_code: string; level: string;
  start_date: string; end_date: string; subsidised?: boolean | number | null; hours: number | string;
}

export async function checkProgram(row: Record<string, unknown>, stored: Record<string, unknown> | null, { trx, services }: HookArgs): Promise<Record<string, unknown>> {
  const before = stored as (ProgramFields & Record<string, unknown>) | null;
  const changes = row as Partial<ProgramFields> & Record<string, unknown>;
  const p = { ...before, ...changes } as ProgramFields;
  if (before && changes.status !== undefined && changes.status !== before.status) {
    if (!PROGRAM_FLOW[before.status]?.includes(changes.status)) {
      throw conflict(`培训班不能从「${STATUS_LABELS[before.status]}」改为「${STATUS_LABELS[changes.status]}」；可改为：${PROGRAM_FLOW[before.status].map((s) => STATUS_LABELS[s]).join('、') || '（无）'}`, 'status');
    }
  }
  const relevant = !before || ['institution_id', 'region_code', 'occupation_code', 'level', 'start_date', 'end_date', 'subsidised', 'hours'].some((f) => row[f] !== undefined && row[f] !== before[f]);
  if (!relevant) return row;
  const inst = await trx('institutions').where({ id: p.institution_id }).first();
  if (!inst) throw badRequest(`培训机构 ${p.institution_id} 不存在`, 'institution_id');
  if (p.subsidised ?? true) {
    if (inst.approval_status === 'suspended') throw conflict(`培训机构「${inst.name}」已被暂停补贴性培训资格，不能开设补贴性培训班`, 'institution_id');
    if (inst.approval_status !== 'approved') throw conflict(`培训机构「${inst.name}」尚未被认定承担补贴性培训，不能开设补贴性培训班`, 'institution_id');
    if (!inst.approved_from || !inst.approved_to || inst.approved_from > p.start_date || inst.approved_to < p.end_date) {
      throw conflict(`培训机构「${inst.name}」的认定有效期（${inst.approved_from ?? '?'} 至 ${inst.approved_to ?? '?'}）未覆盖开班期间（${p.start_date} 至 ${p.end_date}）`, 'start_date');
    }
    if ((await leagueOf(trx, inst.region_code)) !== (await leagueOf(trx, p.region_code))) {
      throw badRequest(`培训机构「${inst.name}」只能在其所在盟市开设补贴性培训班`, 'region_code');
    }
  }
  const catalog = await services.configs.effective(p.region_code, 'catalog', 'default', p.start_date, trx);
  const entries: CatalogEntry[] = catalog?.body.entries ?? [];
  const entry = entries.find((e) => e.code === p.occupation_code);
  if (!entry) throw badRequest(`职业（工种）${p.occupation_code} 不在 ${p.region_code} 于 ${p.start_date} 生效的培训需求指导目录中`, 'occupation_code');
  const standard = entry.levels?.[p.level as keyof CatalogEntry['levels']];
  if (!standard) throw badRequest(`目录中「${entry.name}」没有该等级（${p.level}）的补贴标准，可选等级：${Object.keys(entry.levels).join('、')}`, 'level');
  if (Number(p.hours) < Number(standard.min_hours)) throw badRequest(`「${entry.name}」该等级的最低学时为 ${standard.min_hours}，本班课时 ${p.hours} 不足`, 'hours');
  return { ...row, occupation_name: entry.name };
}

/** Capacity left in a class (enrolments not withdrawn). */
export async function seatsTaken(trx: Knex.Transaction, programId: number): Promise<number> {
  const r = await trx('enrollments').where({ program_id: programId }).whereNot('status', 'withdrawn').count({ n: '*' }).first();
  return Number(r?.n ?? 0);
}
