// The claim workflow: submit (evaluated at once) → review → approve (reserves budget) | reject → pay (spends it).
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { ApiError, badRequest, conflict, forbidden } from '../http/errors.js';
import { budgetFor, release, reserve, spend, yuan } from './money.js';
import { openCasesForClaims, runRiskScan, type RiskScanDeps } from '../risk/index.js';
import { keepEntitlementOnPayment, releaseEntitlement, takeEntitlement } from './entitlements.js';
import { requireNotFrozen, requireStanding } from './standing.js';
import type { TransactOptions } from '../db/transact.js';
import { CLAIM_STEPS, DECIDERS, MAKERS, PAYERS } from './claim-steps.js';
import type { Claim } from '../entities/claims.js';

export const CLAIM_STATE_LABELS: Record<string, string> = {
  draft: '草稿', submitted: '已提交', under_review: '审核中', approved: '已批准', rejected: '已驳回', paid: '已支付',
};

/** A stored row of `claims` (columns as the database returns them) or a set of columns to write. */
type Row = Record<string, unknown>;

function requireRole(ctx: RequestContext, roles: Set<string>, what: string): void {
  if (ctx.user && !roles.has(ctx.user.role)) throw forbidden(`当前角色无权${what}`);
}

function requireState(claim: Row, allowed: string[], what: string): void {
  const state = String(claim.state);
  if (!allowed.includes(state)) {
    throw conflict(`申请 ${claim.id} 当前为「${CLAIM_STATE_LABELS[state]}」，不能${what}（需为：${allowed.map((s) => CLAIM_STATE_LABELS[s]).join('、')}）`, 'state');
  }
}

/** Maker–checker: nobody decides a claim they created or submitted, or one of their own institution. */
function requireChecker(ctx: RequestContext, claim: Row): void {
  const u = ctx.user;
  if (!u) return;
  if (Number(claim.created_by) === u.id || Number(claim.submitted_by) === u.id) throw forbidden('不能审核自己创建或提交的申请（经办与审核分离）');
  if (u.institution_id !== null && Number(claim.institution_id) === u.institution_id) throw forbidden('不能审核本机构的申请（经办与审核分离）');
}

/**
 * Money cannot move while a risk case holds the claim or the institution's standing does not allow it (suspended,
 * revoked, not approved, lapsed 遴选: see standing.ts). Re-checked at approval and at payment, whatever the
 * decision said at submission.
 */
async function requireClearToPay(trx: Knex.Transaction, claim: Row, what: string, today: string): Promise<void> {
  const cases = (await openCasesForClaims(trx, [Number(claim.id)])).get(Number(claim.id)) ?? [];
  if (cases.length > 0) {
    throw new ApiError(409, `申请 ${claim.id} 有未处理的风险案件，不能${what}：${cases.map((c) => `#${c.id}「${c.title}」`).join('、')}；请先核查并解除`, 'risk_cases', { risk_cases: cases });
  }
  await requireStanding(trx, claim, what, today);
}

/**
 * With the client's Idempotency-Key the step is a named unit: sent again (the answer was lost), it is answered with
 * the first result instead of a 409 "already approved" — and never applied twice either way.
 */
function receipt(ctx: RequestContext, action: string, id: unknown): TransactOptions {
  if (!ctx.idempotencyKey) return {};
  return { receipt: `${ctx.user?.id ?? 'system'}:${ctx.idempotencyKey}:${action}:${String(id)}`, onReplay: () => { ctx.replayed = true; } };
}

/**
 * What the workflow uses: the claims resource (scoped reads, one write transaction), the audit trail, the rules
 * runtime (a submitted claim is decided at once: `rules.evaluateClaim`), the risk scan's needs and today.
 */
export type ClaimWorkflowDeps = Pick<Services, 'resources' | 'audit' | 'rules' | 'today'> & RiskScanDeps;

export class ClaimWorkflow {
  constructor(private readonly services: ClaimWorkflowDeps) {}

  private get claims() {
    return this.services.resources.get('claims');
  }

  /** Locks the claim row (MySQL) inside the transaction, scoped to the caller. */
  private load(ctx: RequestContext, id: unknown, trx: Knex.Transaction): Promise<Row> {
    return this.claims.findRow(ctx, id, trx);
  }

  private async transition(trx: Knex.Transaction, ctx: RequestContext, claim: Row, to: string, set: Row, detail: Row = {}): Promise<Claim> {
    const n = await trx('claims').where({ id: claim.id, version: claim.version, state: claim.state })
      .update({ ...set, state: to, version: Number(claim.version) + 1, updated_at: new Date().toISOString(), updated_by: ctx.user?.id ?? null });
    if (n !== 1) throw conflict(`申请 ${claim.id} 刚被他人处理，请刷新后重试`, 'version');
    const decision = typeof claim.decision === 'string' ? JSON.parse(claim.decision) : claim.decision;
    await this.services.audit.append(trx, ctx, {
      action: 'transition', resource: 'claims', recordId: Number(claim.id),
      changes: {
        state: [claim.state, to], ...detail,
        decision: decision ? { outcome: decision.outcome, amount_fen: decision.amount_fen, ruleset: decision.ruleset?.chain, failed_rules: (decision.rules ?? []).filter((r: Row) => !r.passed).map((r: Row) => r.id) } : null,
      },
    });
    return this.claims.toRecord(await trx('claims').where({ id: claim.id }).first());
  }

  /**
   * Submits a draft and evaluates it by the rules in the same transaction, so a claim is never `submitted` without a
   * decision: when the evaluation fails, the claim stays a draft and the error says why. Then checks it for risks.
   * Idempotent: submitting a submitted claim returns it (and evaluates it if an earlier version left it undecided).
   */
  async submit(ctx: RequestContext, id: unknown): Promise<Claim> {
    requireRole(ctx, MAKERS, '提交补贴申请');
    const submitted = await this.claims.write(async (trx) => {
      const claim = await this.load(ctx, id, trx);
      if (claim.state !== 'draft') {
        if (claim.submitted_at && (claim.decision || claim.state !== 'submitted')) return { record: this.claims.toRecord(claim), fresh: false };
        if (!claim.submitted_at) requireState(claim, CLAIM_STEPS.submit.states, '提交');
      }
      await requireNotFrozen(trx, claim, '提交');
      const record = claim.state === 'draft'
        ? await this.transition(trx, ctx, claim, 'submitted', { submitted_at: new Date().toISOString(), submitted_by: ctx.user?.id ?? null })
        : this.claims.toRecord(claim);
      await this.services.rules.evaluateClaim(ctx, record.id, { trx });
      return { record, fresh: true };
    }, 'write', receipt(ctx, 'submit', id));
    if (!submitted.fresh) return submitted.record;
    // The same request sent again (Idempotency-Key): it was checked for risks the first time.
    if (ctx.replayed) return this.claims.get(ctx, submitted.record.id);
    await runRiskScan(this.services, ctx, { regionCode: submitted.record.region_code, claimIds: [submitted.record.id] });
    return this.claims.get(ctx, submitted.record.id);
  }

  async startReview(ctx: RequestContext, id: unknown): Promise<Claim> {
    requireRole(ctx, DECIDERS, '审核补贴申请');
    return this.claims.write(async (trx) => {
      const claim = await this.load(ctx, id, trx);
      requireState(claim, CLAIM_STEPS.review.states, '开始审核');
      requireChecker(ctx, claim);
      return this.transition(trx, ctx, claim, 'under_review', {});
    }, 'write', receipt(ctx, 'review', id));
  }

  /**
   * Approves, takes the person's entitlement and reserves the amount in the budget that funds it, in one
   * transaction whose invariants the database enforces (unique entitlement key, conditional budget update).
   */
  async approve(ctx: RequestContext, id: unknown, body: { fund_source_id?: number; amount_fen?: number }): Promise<Claim> {
    requireRole(ctx, DECIDERS, '批准补贴申请');
    return this.claims.write(async (trx) => {
      const claim = await this.load(ctx, id, trx);
      requireState(claim, CLAIM_STEPS.approve.states, '批准');
      requireChecker(ctx, claim);
      const decision = claim.decision ? JSON.parse(String(claim.decision)) : null;
      if (!decision) throw conflict('该申请尚无规则判定结果，请先执行规则判定', 'decision');
      if (decision.outcome === 'ineligible') throw conflict('规则判定该申请不符合条件，不能批准，只能驳回', 'outcome');
      await requireClearToPay(trx, claim, '批准', this.services.today());
      const limit = Number(decision.amount_fen);
      const amount = body.amount_fen ?? limit;
      if (!Number.isInteger(amount) || amount <= 0) throw badRequest('批准金额必须是大于 0 的整数（分）', 'amount_fen');
      if (amount > limit) throw badRequest(`批准金额 ${yuan(amount)} 超过规则核定金额 ${yuan(limit)}`, 'amount_fen');
      const fundSourceId = body.fund_source_id ?? claim.fund_source_id;
      if (!fundSourceId) throw badRequest('请选择资金来源（fund_source_id）', 'fund_source_id');
      const year = Number(String(claim.claim_date).slice(0, 4));
      const budget = await budgetFor(trx, String(claim.region_code), Number(fundSourceId), year);
      if (!budget) throw conflict(`${claim.region_code} 及其上级在 ${year} 年没有该资金来源的预算`, 'fund_source_id');
      await takeEntitlement(trx, claim, ctx.user?.id ?? null);
      await reserve(trx, budget, amount);
      return this.transition(trx, ctx, claim, 'approved', {
        decided_fen: amount, decided_at: new Date().toISOString(), decided_by: ctx.user?.id ?? null, fund_source_id: fundSourceId, budget_id: budget.id,
      }, { amount_fen: amount, budget_id: budget.id, fund_source_id: fundSourceId });
    }, 'write', receipt(ctx, 'approve', id));
  }

  async reject(ctx: RequestContext, id: unknown, reason: string | undefined): Promise<Claim> {
    requireRole(ctx, DECIDERS, '驳回补贴申请');
    if (!reason || !reason.trim()) throw badRequest('驳回时必须填写驳回理由', 'reason');
    return this.claims.write(async (trx) => {
      const claim = await this.load(ctx, id, trx);
      requireState(claim, CLAIM_STEPS.reject.states, '驳回');
      requireChecker(ctx, claim);
      if (claim.state === 'approved') {
        if (claim.budget_id) await release(trx, Number(claim.budget_id), Number(claim.decided_fen));
        await releaseEntitlement(trx, Number(claim.id));
      }
      return this.transition(trx, ctx, claim, 'rejected', {
        rejection_reason: reason.trim(), decided_at: new Date().toISOString(), decided_by: ctx.user?.id ?? null,
      }, { reason: reason.trim() });
    }, 'write', receipt(ctx, 'reject', id));
  }

  /** Records the payment: the reservation becomes spending and the entitlement is kept, in the same transaction as the state change. */
  async pay(ctx: RequestContext, id: unknown): Promise<Claim> {
    requireRole(ctx, PAYERS, '登记支付');
    return this.claims.write(async (trx) => {
      const claim = await this.load(ctx, id, trx);
      requireState(claim, CLAIM_STEPS.pay.states, '支付');
      await requireClearToPay(trx, claim, '支付', this.services.today());
      await keepEntitlementOnPayment(trx, claim);
      await spend(trx, Number(claim.budget_id), Number(claim.decided_fen));
      return this.transition(trx, ctx, claim, 'paid', { paid_at: new Date().toISOString(), paid_by: ctx.user?.id ?? null }, { amount_fen: Number(claim.decided_fen), budget_id: claim.budget_id });
    }, 'write', receipt(ctx, 'pay', id));
  }

  /** Approves many claims, each on its own; one refusal does not stop the others. */
  async approveMany(ctx: RequestContext, ids: number[], body: { fund_source_id?: number }): Promise<Array<{ id: number; ok: boolean; message: string; state?: string }>> {
    const results = [];
    for (const id of ids) {
      try {
        const r = await this.approve(ctx, id, { fund_source_id: body.fund_source_id });
        results.push({ id, ok: true, message: `已批准 ${yuan(Number(r.decided_fen))}`, state: r.state });
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        results.push({ id, ok: false, message: err.message });
      }
    }
    return results;
  }
}
