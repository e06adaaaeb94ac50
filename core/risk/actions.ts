// The actions on a risk case (assign, note, investigate, clear, confirm): each checked, transactional and audited.
import type { Knex } from 'knex';
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';
import { badRequest, conflict, forbidden } from '../http/errors.js';
import { diff } from '../resources/diff.js';
import { ACTIVE_STATUSES, type RiskCase, type RiskNote, type RiskStatus } from './cases.js';
import { heldFen, note, parseJson } from './store.js';
import { release } from '../workflow/money.js';
import { releaseEntitlement } from '../workflow/entitlements.js';

export const ACT_ROLES = new Set(['platform_admin', 'region_admin', 'reviewer']);
const STATUS_TEXT: Record<string, string> = { open: '待处理', investigating: '调查中', cleared: '已排除', confirmed: '已查实' };
const MIN_RESOLUTION = 4;

export type Step = 'assign' | 'note' | 'investigate' | 'clear' | 'confirm';

/** The stored risk_cases columns the actions read (JSON columns as stored: text or parsed). */
interface CaseRow {
  id: number | string; version: number | string; status: RiskStatus; region_code: string; title: string;
  assignee_id: number | null; institution_id: number | null; claim_ids: unknown; notes: unknown;
  [column: string]: unknown;
}

interface Applied<E extends Record<string, unknown>> { patch: Record<string, unknown>; extra?: E }

/** Loads the case in scope (404 otherwise), applies one step and writes it with its audit entry in one transaction. */
async function act<E extends Record<string, unknown> = Record<string, never>>(
  services: Services, ctx: RequestContext, id: string | number, step: Step, apply: (row: CaseRow, trx: Knex.Transaction) => Promise<Applied<E>>,
): Promise<{ record: RiskCase; extra: E }> {
  const service = services.resources.get('risk_cases');
  if (!ctx.user || !ACT_ROLES.has(ctx.user.role)) {
    await services.audit.appendNow(services.db.knex, ctx, { action: 'denied', resource: 'risk_cases', recordId: id, changes: { verb: step } });
    throw forbidden('只有管理员和审核员可以处理风险案件');
  }
  return service.write(async (trx) => {
    const row = (await service.findRow(ctx, id, trx)) as CaseRow;
    const { patch, extra } = await apply(row, trx);
    const now = new Date().toISOString();
    const n = await trx('risk_cases').where({ id: row.id, version: row.version })
      .update({ ...patch, updated_at: now, updated_by: ctx.user!.id, version: Number(row.version) + 1 });
    if (n !== 1) throw conflict('该风险案件刚被他人处理，请刷新后重试');
    const after = await trx('risk_cases').where({ id: row.id }).first();
    // toRecord builds the record from the risk_cases schema's own fields.
    const record = service.toRecord(after) as RiskCase;
    await services.audit.append(trx, ctx, { action: `risk_${step}`, resource: 'risk_cases', recordId: row.id, changes: { ...diff(service.toRecord(row), record), ...extra } });
    return { record, extra: extra ?? ({} as E) };
  });
}

function mustBeActive(row: CaseRow, what: string): void {
  if (!ACTIVE_STATUSES.includes(row.status)) throw conflict(`风险案件 #${row.id} 已结案（${STATUS_TEXT[row.status]}），不能再${what}`, 'status');
}

function resolutionOf(text: unknown, what: string): string {
  const r = typeof text === 'string' ? text.trim() : '';
  if (r.length < MIN_RESOLUTION) throw badRequest(`${what}必须写明理由（resolution，至少 ${MIN_RESOLUTION} 个字）`, 'resolution');
  return r;
}

const withNote = (row: CaseRow, n: RiskNote) => JSON.stringify([...parseJson<RiskNote[]>(row.notes, []), n]);

export async function assignCase(services: Services, ctx: RequestContext, id: string | number, assigneeId: number) {
  return act(services, ctx, id, 'assign', async (row, trx) => {
    mustBeActive(row, '指派');
    const user = await trx('users as u').join('regions as r', 'r.id', 'u.region_code').where('u.id', assigneeId).first('u.id', 'u.role', 'u.active', 'u.display_name', 'r.path');
    const region = await trx('regions').where({ id: row.region_code }).first('path');
    if (!user) throw badRequest(`用户 ${assigneeId} 不存在`, 'assignee_id');
    if (!user.active || !ACT_ROLES.has(user.role)) throw badRequest(`用户「${user.display_name}」不是在职的管理员或审核员，不能承办风险案件`, 'assignee_id');
    if (!String(region?.path ?? '').startsWith(user.path)) throw badRequest(`用户「${user.display_name}」的管辖范围不包含该案件所在地区`, 'assignee_id');
    return { patch: { assignee_id: assigneeId } };
  });
}

export async function addNote(services: Services, ctx: RequestContext, id: string | number, text: string) {
  return act(services, ctx, id, 'note', async (row) => {
    const t = text.trim();
    if (!t) throw badRequest('备注内容不能为空', 'text');
    // Notes are allowed after resolution too: recovery of paid money is followed on the case.
    return { patch: { notes: withNote(row, note(ctx, t)) }, extra: { note: t } };
  });
}

export async function startInvestigation(services: Services, ctx: RequestContext, id: string | number) {
  return act(services, ctx, id, 'investigate', async (row) => {
    if (row.status === 'investigating') throw conflict(`风险案件 #${row.id} 已在调查中`, 'status');
    mustBeActive(row, '开始调查');
    return { patch: { status: 'investigating', assignee_id: row.assignee_id ?? ctx.user!.id } };
  });
}

export async function clearCase(services: Services, ctx: RequestContext, id: string | number, resolution: unknown) {
  return act(services, ctx, id, 'clear', async (row, trx) => {
    mustBeActive(row, '排除');
    const text = resolutionOf(resolution, '排除风险');
    const claims = parseJson<number[]>(row.claim_ids, []);
    // held_fen keeps what the case held until now: the amount released by clearing it.
    return { patch: { status: 'cleared', resolution: text, resolved_at: new Date().toISOString(), resolved_by: ctx.user!.id, held_fen: await heldFen(trx, claims) } };
  });
}

export async function confirmCase(services: Services, ctx: RequestContext, id: string | number, resolution: unknown, suspendInstitution = false) {
  return act(services, ctx, id, 'confirm', async (row, trx) => {
    mustBeActive(row, '查实');
    const text = resolutionOf(resolution, '查实');
    if (suspendInstitution && !row.institution_id) throw badRequest('该风险案件没有关联培训机构，不能暂停机构资格', 'suspend_institution');
    const now = new Date().toISOString();
    const claims = await trx('claims').whereIn('id', parseJson<number[]>(row.claim_ids, [])).orderBy('id');
    const unpaid = claims.filter((c) => c.state !== 'paid' && c.state !== 'rejected');
    const paid = claims.filter((c) => c.state === 'paid');
    const reason = `风险案件 #${row.id}「${row.title}」经查属实：${text}`;
    for (const c of unpaid) {
      // An approved claim has its amount reserved in a budget: rejecting it gives the reservation back.
      if (c.state === 'approved' && c.budget_id) await release(trx, Number(c.budget_id), Number(c.decided_fen ?? c.requested_fen));
      // So does its entitlement: the person may be subsidised for that occupation and level through a proper claim.
      if (c.state === 'approved') await releaseEntitlement(trx, Number(c.id));
      await trx('claims').where({ id: c.id }).update({ state: 'rejected', rejection_reason: reason, decided_at: now, decided_by: ctx.user!.id, updated_at: now, updated_by: ctx.user!.id, version: Number(c.version) + 1 });
      await services.audit.append(trx, ctx, { action: 'transition', resource: 'claims', recordId: c.id, changes: { state: [c.state, 'rejected'], rejection_reason: [c.rejection_reason, reason], risk_case_id: row.id } });
    }
    let suspended = false;
    if (suspendInstitution) {
      const inst = await trx('institutions').where({ id: row.institution_id }).first('id', 'approval_status', 'version');
      if (inst && inst.approval_status !== 'suspended') {
        await trx('institutions').where({ id: inst.id }).update({ approval_status: 'suspended', updated_at: now, updated_by: ctx.user!.id, version: Number(inst.version) + 1 });
        await services.audit.append(trx, ctx, { action: 'update', resource: 'institutions', recordId: inst.id, changes: { approval_status: [inst.approval_status, 'suspended'], risk_case_id: row.id } });
      }
      suspended = !!inst;
    }
    let notes = row.notes;
    // Money already paid cannot be rejected: it is named on the case so that its recovery is followed up.
    if (paid.length) notes = withNote(row, note(ctx, `已支付的补贴申请 ${paid.map((c) => `#${c.id}`).join('、')} 需依法追回资金`));
    const stopped = unpaid.reduce((s, c) => s + Number(c.decided_fen ?? c.requested_fen), 0);
    return {
      patch: { status: 'confirmed', resolution: text, resolved_at: now, resolved_by: ctx.user!.id, held_fen: stopped, notes },
      extra: { rejected_claim_ids: unpaid.map((c) => Number(c.id)), paid_claim_ids: paid.map((c) => Number(c.id)), institution_suspended: suspended },
    };
  });
}
