// Fixtures of the cluster suite: budgets, institutions and workers through the API; submitted claims with a stored
// eligible decision written directly (the suite is about money and concurrency, not rules).
import type { Knex } from 'knex';
import { Api, make } from './api.js';
import { institutionBody, programBody, workerBody } from '../../core/test/fixtures.js';
import { leagueOfRegion } from '../../core/scale/league.js';

export interface Fund { id: number }

export async function fundSource(admin: Api): Promise<number> {
  const r = await admin.get(`/api/fund_sources?filter=${encodeURIComponent(JSON.stringify({ code: 'employment_subsidy' }))}`);
  return r.body[0].id;
}

export async function budget(admin: Api, fund: number, region: string, amountFen: number): Promise<number> {
  return (await make(admin, 'budgets', { fund_source_id: fund, region_code: region, year: 2026, amount_fen: amountFen })).id;
}

export async function institution(admin: Api, region: string): Promise<number> {
  return (await make(admin, 'institutions', institutionBody({ region_code: region }))).id;
}

export async function worker(admin: Api, region: string): Promise<number> {
  return (await make(admin, 'workers', workerBody({ region_code: region }))).id;
}

export async function program(admin: Api, institutionId: number, region: string): Promise<{ id: number; occupation_code: string; level: string }> {
  return make(admin, 'programs', programBody(institutionId, { region_code: region }));
}

/** Inserts submitted claims ready for approval and returns their ids. */
export async function submittedClaims(knex: Knex, n: number, c: { worker: number; institution: number; region: string; amountFen: number; program?: number }): Promise<number[]> {
  const now = new Date().toISOString();
  const decision = JSON.stringify({ outcome: 'eligible', amount_fen: c.amountFen, rules: [] });
  const tag = `cluster-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  // written around the resource service, so the 盟市 code its scoped lists read is set here as the service would
  const league = await leagueOfRegion(knex, c.region);
  const rows = Array.from({ length: n }, (_, i) => ({
    type: 'training', worker_id: c.worker, institution_id: c.institution, program_id: c.program ?? null, region_code: c.region, league_code: league, claim_date: '2026-06-01',
    requested_fen: c.amountFen, state: 'submitted', outcome: 'eligible', decision, submitted_at: now, created_at: now, updated_at: now, version: 1,
    idempotency_key: `${tag}-${i}`,
  }));
  await knex.batchInsert('claims', rows, 100);
  return (await knex('claims').where('idempotency_key', 'like', `${tag}-%`).orderBy('id').pluck('id')).map(Number);
}
