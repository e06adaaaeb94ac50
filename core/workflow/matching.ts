// Job matching (R5): postings for a certified worker, and certified workers for a posting, by occupation, level and region.
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { levelRank } from './follow-ups.js';
import { leagueOf } from './classes.js';

/** Open postings in the worker's 盟市 whose occupation the worker is certified in, at or above the posting's level. */
export async function recommendationsFor(services: Services, ctx: RequestContext, workerId: unknown) {
  const worker = await services.resources.get('workers').get(ctx, workerId);
  const { knex } = services.db;
  const certs = await knex('certificates').where({ worker_id: worker.id }).select('occupation_code', 'level', 'number', 'kind');
  if (certs.length === 0) return { worker_id: worker.id, certificates: [], postings: [] };
  const league = await leagueOf(knex, worker.region_code);
  const postings: Array<Record<string, unknown> & { occupation_code: string; min_level: string }> = await services.resources.get('job_postings').scoped(ctx)
    .whereIn('occupation_code', certs.map((c) => c.occupation_code))
    .whereIn('region_code', knex('regions').select('id').where('path', 'like', `%/${league}/%`))
    .where((q) => q.whereNull('valid_to').orWhere('valid_to', '>=', services.today()))
    .orderBy('wage_max_fen', 'desc').select('job_postings.*');
  const matched = postings.filter((p) => certs.some((c) => c.occupation_code === p.occupation_code && levelRank(c.level) >= levelRank(p.min_level)));
  return { worker_id: worker.id, certificates: certs, postings: matched.map((p) => services.resources.get('job_postings').toRecord(p)) };
}

/** Workers within the caller's scope holding a certificate for the posting's occupation at or above its level. */
export async function matchingWorkers(services: Services, ctx: RequestContext, postingId: unknown) {
  const posting = await services.resources.get('job_postings').get(ctx, postingId);
  const workers = services.resources.get('workers');
  const league = await leagueOf(services.db.knex, posting.region_code);
  const rows: Array<Record<string, unknown> & { certificate_level: string; certificate_number: string }> = await workers.scoped(ctx)
    .join('certificates', 'certificates.worker_id', 'workers.id')
    .where('certificates.occupation_code', posting.occupation_code)
    .whereIn('workers.region_code', services.db.knex('regions').select('id').where('path', 'like', `%/${league}/%`))
    .select('workers.*', 'certificates.level as certificate_level', 'certificates.number as certificate_number');
  const ok = rows.filter((r) => levelRank(r.certificate_level) >= levelRank(posting.min_level));
  return {
    posting_id: posting.id,
    workers: ok.map((r) => ({ ...workers.toRecord(r), certificate_level: r.certificate_level, certificate_number: r.certificate_number })),
  };
}
