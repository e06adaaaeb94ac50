// The fund-safety report: per 盟市 (or the caller's own node) and period, cases found, cleared, confirmed, open and money held.
import type { Knex } from 'knex';
import type { AuthUser } from '../http/context.js';
import { badRequest, forbidden } from '../http/errors.js';
import { ACTIVE_STATUSES } from './cases.js';

export interface ReportRow {
  region_code: string;
  name: string;
  level: string;
  /** true for the row of cases filed at the node itself (above league level, e.g. cross-league findings). */
  own_only: boolean;
  found: number;
  cleared: number;
  confirmed: number;
  /** Open or investigating now, among cases found before the end of the period. */
  open: number;
  /** Unpaid claims held right now by those open cases, each claim counted once. */
  held_fen: number;
  /** What the cases confirmed in the period stopped from being paid. */
  confirmed_fen: number;
}

export interface Report {
  region_code: string;
  from: string | null;
  to: string | null;
  rows: ReportRow[];
  total: ReportRow;
}

/** The instant a China-time date starts, as stored timestamps are UTC. */
function startOf(date: string): string {
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

async function figures(knex: Knex, node: { id: string; name: string; level: string; path: string }, ownOnly: boolean, from: string, to: string): Promise<ReportRow> {
  const inNode = (q: Knex.QueryBuilder, column: string) => (ownOnly ? q.where(column, node.id) : q.whereIn(column, knex('regions').select('id').where('path', 'like', `${node.path}%`)));
  const active = ACTIVE_STATUSES.map((s) => `'${s}'`).join(',');
  const counts = await inNode(knex('risk_cases'), 'region_code').first(
    knex.raw('coalesce(sum(case when found_at >= ? and found_at < ? then 1 else 0 end), 0) as found_n', [from, to]),
    knex.raw("coalesce(sum(case when status = 'cleared' and resolved_at >= ? and resolved_at < ? then 1 else 0 end), 0) as cleared_n", [from, to]),
    knex.raw("coalesce(sum(case when status = 'confirmed' and resolved_at >= ? and resolved_at < ? then 1 else 0 end), 0) as confirmed_n", [from, to]),
    knex.raw(`coalesce(sum(case when status in (${active}) and found_at < ? then 1 else 0 end), 0) as open_n`, [to]),
    knex.raw("coalesce(sum(case when status = 'confirmed' and resolved_at >= ? and resolved_at < ? then held_fen else 0 end), 0) as confirmed_fen", [from, to]),
  );
  const holding = inNode(knex('risk_case_claims as l').join('risk_cases as c', 'c.id', 'l.case_id'), 'c.region_code')
    .whereIn('c.status', ACTIVE_STATUSES).where('c.found_at', '<', to).select('l.claim_id');
  const held = await knex('claims').whereIn('id', holding).whereNotIn('state', ['paid', 'rejected'])
    .first(knex.raw('coalesce(sum(coalesce(decided_fen, requested_fen)), 0) as s'));
  return {
    region_code: node.id, name: ownOnly ? `${node.name}（本级）` : node.name, level: node.level, own_only: ownOnly,
    found: Number(counts.found_n), cleared: Number(counts.cleared_n), confirmed: Number(counts.confirmed_n), open: Number(counts.open_n),
    held_fen: Number(held?.s ?? 0), confirmed_fen: Number(counts.confirmed_fen),
  };
}

/** The report for the caller's node (or a node within it): one row per league below it, or one row for a league or lower node. */
export async function riskReport(knex: Knex, user: AuthUser, q: { region_code?: string; from?: string; to?: string }): Promise<Report> {
  const code = q.region_code || user.region_code;
  const node = await knex('regions').where({ id: code }).first('id', 'name', 'level', 'path');
  if (!node) throw badRequest(`行政区划 ${code} 不存在`, 'region_code');
  if (!node.path.startsWith(user.region_path)) throw forbidden('只能查看您权限范围内地区的报表');
  if (q.from && q.to && q.to < q.from) throw badRequest('统计期间的结束日期不能早于开始日期', 'to');
  const from = q.from ? startOf(q.from) : '';
  const to = q.to ? startOf(nextDay(q.to)) : '9999';
  const levelIndex = ['region', 'league'].indexOf(node.level);
  const rows: ReportRow[] = [];
  if (levelIndex === 0) {
    const leagues = await knex('regions').where({ parent_id: node.id, level: 'league' }).orderBy('id').select('id', 'name', 'level', 'path');
    for (const league of leagues) rows.push(await figures(knex, league, false, from, to));
    rows.push(await figures(knex, node, true, from, to));
  } else {
    rows.push(await figures(knex, node, false, from, to));
  }
  return { region_code: node.id, from: q.from ?? null, to: q.to ?? null, rows, total: await figures(knex, node, false, from, to) };
}
