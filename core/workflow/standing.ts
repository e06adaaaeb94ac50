// An institution's standing when money moves: its claims follow it. Checked again at approval and payment, since
// the institution may have been suspended, revoked or its 遴选 window changed after the claim was submitted.
//
// What each standing does to the institution's claims (README: "Institution standing"):
//   approved, window covering the training and today → claims are submitted, approved and paid as usual;
//   suspended (暂停) or revoked (撤销) → every unpaid claim is frozen: no submission, approval or payment
//     (a reviewer may still reject); paid claims stand, recovery goes through a risk case;
//   pending (待遴选) → nothing is approved or paid (the rules already judge such claims ineligible);
//   lapsed 遴选 — today is after approved_to or before approved_from — holds the unpaid claims: approval and
//     payment are refused naming the window, nothing is rejected, and a renewed window (new approved_from/_to
//     covering both the training and today) releases them. Lapsing is not a sanction, so submission stays open:
//     the rules judge the claim on whether the window covered the training;
//   a window that does not cover the training dates (edited after submission) refuses approval and payment:
//     only training delivered while the institution was approved is subsidised.
import type { Knex } from 'knex';
import { conflict } from '../http/errors.js';

type Row = Record<string, unknown>;

/** When the claimed training ran: the class's dates, else the claim's period (base rewards); null when unknown. */
async function trainingDates(trx: Knex.Transaction, claim: Row): Promise<{ from: string; to: string } | null> {
  if (claim.program_id) {
    const p = await trx('programs').where({ id: claim.program_id }).first('start_date', 'end_date');
    if (p?.start_date && p.end_date) return { from: p.start_date, to: p.end_date };
  }
  return claim.period_from && claim.period_to ? { from: String(claim.period_from), to: String(claim.period_to) } : null;
}

interface Institution { name: string; approval_status: string; approved_from: string | null; approved_to: string | null }

const institutionOf = (trx: Knex.Transaction, claim: Row): Promise<Institution | undefined> =>
  trx('institutions').where({ id: claim.institution_id }).first('name', 'approval_status', 'approved_from', 'approved_to');

function refuseFrozen(inst: Institution, what: string): void {
  if (inst.approval_status === 'suspended') throw conflict(`培训机构「${inst.name}」已被暂停补贴性培训资格，其未支付的补贴申请已冻结，不能${what}`, 'institution_id');
  if (inst.approval_status === 'revoked') throw conflict(`培训机构「${inst.name}」的补贴性培训资格已被撤销，其未支付的补贴申请已冻结，不能${what}`, 'institution_id');
}

/** Suspended or revoked: the institution's unpaid claims are frozen (submission included). */
export async function requireNotFrozen(trx: Knex.Transaction, claim: Row, what: string): Promise<void> {
  const inst = claim.institution_id ? await institutionOf(trx, claim) : undefined;
  if (inst) refuseFrozen(inst, what);
}

/** The institution's standing today allows money to move for this claim; else a 409 naming what stands in the way. */
export async function requireStanding(trx: Knex.Transaction, claim: Row, what: string, today: string): Promise<void> {
  const inst = claim.institution_id ? await institutionOf(trx, claim) : undefined;
  if (!inst) return;
  refuseFrozen(inst, what);
  if (inst.approval_status !== 'approved') throw conflict(`培训机构「${inst.name}」尚未通过遴选（认定）承担补贴性培训，不能${what}`, 'institution_id');
  const { approved_from: from, approved_to: to } = inst;
  if (!from || !to) throw conflict(`培训机构「${inst.name}」没有遴选（认定）有效期，不能${what}`, 'institution_id');
  const dates = await trainingDates(trx, claim);
  if (dates && (dates.from < from || dates.to > to)) {
    throw conflict(`培训机构「${inst.name}」的遴选（认定）有效期（${from} 至 ${to}）未覆盖培训期间（${dates.from} 至 ${dates.to}），不能${what}`, 'institution_id');
  }
  if (today > to) throw conflict(`培训机构「${inst.name}」的遴选（认定）有效期已于 ${to} 届满，其未支付的补贴申请暂缓${what}，待重新遴选（续期）后办理`, 'institution_id');
  if (today < from) throw conflict(`培训机构「${inst.name}」的遴选（认定）有效期自 ${from} 起，尚未生效，其未支付的补贴申请暂缓${what}`, 'institution_id');
}
