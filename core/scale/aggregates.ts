// Counts and amounts per region node, recomputed from indexed GROUP BYs into `scope_counts` at most a minute apart:
// the dashboard and the totals of large lists read these few hundred rows instead of grouping millions.
import type { Knex } from 'knex';
import { fillLeagueCodes, LEAGUE_TABLES, type LeagueTable } from './league.js';

export const REFRESH_MS = 60_000;

type Db = Knex | Knex.Transaction;

/** Every subject kept: a GROUP BY of one table by region and one key, with the sums it needs. */
function subjects(knex: Knex): Array<{ subject: string; query: () => Knex.QueryBuilder }> {
  const month = (col: string) => knex.raw(`substr(${col}, 1, 7)`);
  const rows = (table: LeagueTable) => ({
    subject: `${table}.rows`,
    query: () => (table === 'enrollments'
      ? knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id').groupBy('programs.region_code').select({ region_code: 'programs.region_code', key: knex.raw("''") })
      : table === 'certificates'
        ? knex('certificates').join('workers', 'workers.id', 'certificates.worker_id').groupBy('workers.region_code').select({ region_code: 'workers.region_code', key: knex.raw("''") })
        : knex(table).groupBy(`${table}.region_code`).select({ region_code: `${table}.region_code`, key: knex.raw("''") })).count({ n: '*' }),
  });
  return [
    ...(Object.keys(LEAGUE_TABLES) as LeagueTable[]).map(rows),
    { subject: 'workers.category', query: () => knex('workers').groupBy('region_code', 'category').select('region_code', { key: 'category' }).count({ n: '*' }) },
    {
      subject: 'claims.state',
      query: () => knex('claims').groupBy('region_code', 'state').select('region_code', { key: 'state' }).count({ n: '*' })
        .select(knex.raw('sum(coalesce(decided_fen, requested_fen)) as amount_fen')),
    },
    {
      subject: 'claims.month',
      query: () => knex('claims').groupBy('region_code', month('claim_date')).select('region_code', { key: month('claim_date') }).count({ n: '*' })
        .select(knex.raw("sum(case when state in ('approved','paid') then decided_fen else 0 end) as approved_fen"))
        .select(knex.raw("sum(case when state = 'paid' then decided_fen else 0 end) as paid_fen")),
    },
    {
      subject: 'enrollments.month',
      query: () => knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id')
        .groupBy('programs.region_code', month('enrollments.enrolled_on')).select({ region_code: 'programs.region_code', key: month('enrollments.enrolled_on') }).count({ n: '*' }),
    },
  ];
}

/**
 * Recomputes every subject and replaces its rows in one transaction, so a reader sees the old figures or the new,
 * never half. Also gives rows written without their 盟市 code (a path that bypassed the resource service) their code.
 */
export async function refreshAggregates(knex: Knex): Promise<{ rows: number; ms: number }> {
  const started = Date.now();
  for (const table of Object.keys(LEAGUE_TABLES) as LeagueTable[]) await fillLeagueCodes(knex, table);
  const out: Record<string, unknown>[] = [];
  for (const { subject, query } of subjects(knex)) {
    for (const r of await query()) {
      out.push({ subject, region_code: r.region_code, key: String(r.key ?? '') || '', n: Number(r.n ?? 0), amount_fen: Number(r.amount_fen ?? 0), approved_fen: Number(r.approved_fen ?? 0), paid_fen: Number(r.paid_fen ?? 0) });
    }
  }
  const now = new Date().toISOString();
  await knex.transaction(async (trx) => {
    await trx('scope_counts').delete();
    for (let i = 0; i < out.length; i += 500) await trx('scope_counts').insert(out.slice(i, i + 500));
    const state = await trx('scope_counts_state').where({ id: 'main' }).first();
    if (state) await trx('scope_counts_state').where({ id: 'main' }).update({ refreshed_at: now });
    else await trx('scope_counts_state').insert({ id: 'main', refreshed_at: now, lease_until: null });
  });
  return { rows: out.length, ms: Date.now() - started };
}

/** When the figures were last recomputed, or null when never. */
export async function refreshedAt(db: Db): Promise<string | null> {
  return (await db('scope_counts_state').where({ id: 'main' }).first('refreshed_at'))?.refreshed_at ?? null;
}

/**
 * Refreshes when the figures are older than REFRESH_MS. One replica does it at a time: it takes a lease with a
 * conditional update (works on every node of a cluster; the loser simply reads the figures the winner writes).
 */
export async function refreshIfStale(knex: Knex, now = Date.now(), maxAgeMs = REFRESH_MS): Promise<boolean> {
  const state = await knex('scope_counts_state').where({ id: 'main' }).first();
  if (state?.refreshed_at && now - Date.parse(state.refreshed_at) < maxAgeMs) return false;
  if (!state) {
    try {
      await knex('scope_counts_state').insert({ id: 'main', refreshed_at: null, lease_until: null });
    } catch { /* another replica inserted it */ }
  }
  const until = new Date(now + REFRESH_MS).toISOString();
  const nowIso = new Date(now).toISOString();
  const taken = await knex('scope_counts_state').where({ id: 'main' })
    .where((w) => w.whereNull('lease_until').orWhere('lease_until', '<', nowIso)).update({ lease_until: until });
  if (taken !== 1) return false;
  try {
    await refreshAggregates(knex);
  } finally {
    await knex('scope_counts_state').where({ id: 'main' }).update({ lease_until: null });
  }
  return true;
}

type Sum = number | string | null;

/** Sums of a subject over the regions in a subtree (all regions for the root), grouped by key. */
export async function sumsBy(db: Db, subject: string, regionPath: string | null): Promise<Array<{ key: string; n: number; amount_fen: number; approved_fen: number; paid_fen: number }>> {
  const q = db('scope_counts').where('scope_counts.subject', subject).groupBy('scope_counts.key').select({ key: 'scope_counts.key' })
    .sum({ n: 'scope_counts.n', amount_fen: 'scope_counts.amount_fen', approved_fen: 'scope_counts.approved_fen', paid_fen: 'scope_counts.paid_fen' });
  if (regionPath) q.whereIn('scope_counts.region_code', db('regions').select('id').where('path', 'like', `${regionPath}%`));
  // Sums come back as numbers or numeric strings depending on the driver.
  return ((await q) as Array<{ key: string; n: Sum; amount_fen: Sum; approved_fen: Sum; paid_fen: Sum }>).map((r) => ({ key: r.key, n: Number(r.n ?? 0), amount_fen: Number(r.amount_fen ?? 0), approved_fen: Number(r.approved_fen ?? 0), paid_fen: Number(r.paid_fen ?? 0) }));
}

/**
 * Keeps the aggregates at most `seconds` old on a running server (any replica may do it; the lease makes it one at a
 * time). The first refresh waits for the first tick, so starting a server costs nothing; 0 turns it off.
 */
export function scheduleAggregates(app: { addHook(name: 'preClose', fn: () => Promise<void>): unknown }, knex: Knex, seconds: number, log: { error(obj: object, msg: string): void }): void {
  if (seconds <= 0) return;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => refreshIfStale(knex, Date.now(), seconds * 1000)).catch((err: Error) => log.error({ err }, 'refreshing the dashboard figures failed'));
  }, Math.max(1000, (seconds * 1000) / 2));
  timer.unref();
  app.addHook('preClose', async () => {
    clearInterval(timer);
    await running;
  });
}
