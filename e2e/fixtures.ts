// What the scenarios need from the demo data, read straight from the database of the running server.
import type { BuiltApp } from '../core/app.js';

/** A 包头 worker's clear ID number (demo classes end within 30 days, so a class starting later cannot clash). */
export async function freeBaotouWorkerId(built: BuiltApp): Promise<string> {
  const { knex } = built.services.db;
  const row = await knex('workers').where('region_code', 'like', '1502%').orderBy('id').first('id_number_enc');
  if (!row) throw new Error('no free 包头 worker in the demo data');
  return built.services.pii.decrypt(row.id_number_enc);
}

/** A submitted 包头 claim the rules did not refuse, held by no open risk case: one a reviewer can approve. */
export async function approvableBaotouClaim(built: BuiltApp): Promise<number> {
  const { knex } = built.services.db;
  const held = knex('risk_case_claims').join('risk_cases', 'risk_cases.id', 'risk_case_claims.case_id')
    .whereIn('risk_cases.status', ['open', 'investigating']).select('risk_case_claims.claim_id');
  const row = await knex('claims').where('region_code', 'like', '1502%').whereIn('state', ['submitted', 'under_review'])
    .whereIn('outcome', ['eligible', 'needs_review']).whereNotIn('id', held).orderBy('id').first('id');
  if (!row) throw new Error('no approvable 包头 claim in the demo data');
  return Number(row.id);
}

/** A paid 包头 claim whose history holds a reviewer's approval: the claim a reviewer reads the history of. */
export async function paidBaotouClaim(built: BuiltApp): Promise<number> {
  const { knex } = built.services.db;
  const approvedByReviewer = knex('audit_log').where({ resource: 'claims', action: 'transition', role: 'reviewer' }).select('record_id');
  // knex takes a Raw as the column at run time; its types name only strings
  const row = await knex('claims').where('region_code', 'like', '1502%').where('state', 'paid')
    .whereIn(knex.raw('cast(id as char)') as unknown as string, approvedByReviewer).orderBy('id').first('id');
  if (!row) throw new Error('no paid 包头 claim approved by a reviewer in the demo data');
  return Number(row.id);
}

/** How many 包头 wishes the 培训需求台账 lists for a channel (the ledger's permanent filter and the clerk's one). */
export async function baotouTrainingWishes(built: BuiltApp, channel: string): Promise<number> {
  const { knex } = built.services.db;
  const row = await knex('intentions').where('region_code', 'like', '1502%').where({ wants_training: true, channel }).count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}
