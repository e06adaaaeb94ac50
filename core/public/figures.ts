// 分地区数据: 愿培尽培, people trained, certificates and subsidy paid per 盟市 or 旗县 and month, small counts suppressed.
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import { badRequest, notFound } from '../http/errors.js';
import { pathCodes, regionByCode } from './regions.js';

/** A count below this (and above zero) is not published, nor anything it could be worked out from. */
export const MIN_CELL = 5;

export interface FigureRow {
  region_code: string;
  region_name: string;
  month: string;
  /** Distinct people who stated a training wish that month (愿培: the denominator). Null: suppressed. */
  willing: number | null;
  /** Of them, people placed in a class (尽培). */
  placed: number | null;
  /** 愿培尽培率 = placed / willing, 4 decimals. */
  rate: number | null;
  /** Distinct people who completed a class that month. */
  trained: number | null;
  /** Certificates issued that month. */
  certificates: number | null;
  /** Subsidy paid that month, in fen, and to how many people. */
  paid_fen: number | null;
  paid_people: number | null;
}

const COUNTS = ['willing', 'placed', 'trained', 'certificates', 'paid_people'] as const;
type Raw = Record<(typeof COUNTS)[number] | 'paid_fen', number>;

const small = (n: number) => n > 0 && n < MIN_CELL;

/**
 * Primary suppression: a count of 1–4 is withheld; so is the rate when the placed or the unplaced
 * are 1–4, and the amount when 1–4 people were paid (one person's subsidy).
 */
export function suppress(raw: Raw): Omit<FigureRow, 'region_code' | 'region_name' | 'month'> {
  const hide = (n: number) => (small(n) ? null : n);
  const rateHidden = small(raw.willing) || small(raw.placed) || small(raw.willing - raw.placed);
  return {
    willing: hide(raw.willing), placed: hide(raw.placed),
    rate: rateHidden ? null : raw.willing ? Math.round((raw.placed / raw.willing) * 10000) / 10000 : null,
    trained: hide(raw.trained), certificates: hide(raw.certificates),
    paid_people: hide(raw.paid_people), paid_fen: small(raw.paid_people) ? null : raw.paid_fen,
  };
}

/**
 * Secondary suppression within one month: with the total published, a single withheld cell could be
 * worked out by subtraction, so the smallest other non-zero cell of that measure is withheld too.
 */
/** The published figures of a row, each a number or null (withheld). */
type Measure = Exclude<keyof FigureRow, 'region_code' | 'region_name' | 'month'>;

export function suppressComplements(rows: FigureRow[]): void {
  const pairs: Array<[Measure, Measure | null]> = [['willing', 'rate'], ['placed', 'rate'], ['trained', null], ['certificates', null], ['paid_people', 'paid_fen']];
  for (const [measure, linked] of pairs) {
    const hidden = rows.filter((r) => r[measure] === null);
    if (hidden.length !== 1) continue;
    const next = rows.filter((r) => typeof r[measure] === 'number' && (r[measure] as number) > 0)
      .sort((a, b) => (a[measure] as number) - (b[measure] as number))[0];
    if (!next) continue;
    next[measure] = null;
    if (linked) next[linked] = null;
    if (measure === 'paid_people') next.paid_fen = null;
  }
}

export interface FigureQuery { league?: string; from?: string; to?: string }

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The figures per month: per 盟市 across the region, or per 旗县 within `league`. Each row and the total
 * of each month pass the suppression; people are counted once per row however many records they have.
 */
export async function publicFigures(services: Services, q: FigureQuery): Promise<{ level: 'league' | 'county'; parent: { code: string; name: string }; rows: FigureRow[]; totals: FigureRow[]; min_cell: number }> {
  const knex = services.db.knex;
  for (const [field, v] of [['from', q.from], ['to', q.to]] as const) {
    if (v !== undefined && !MONTH.test(v)) throw badRequest(`「${field}」应为年月，格式 YYYY-MM，如 2026-03`, field);
  }
  const root = await knex('regions').whereNull('parent_id').first('id', 'name', 'path');
  let parent = { code: root.id as string, name: root.name as string, path: root.path as string };
  if (q.league) {
    const node = await regionByCode(knex, q.league);
    if (!node || pathCodes(node.path).length !== 2) throw q.league && node ? badRequest(`${node.name}（${node.id}）不是盟市；请选一个盟市`, 'league') : notFound('盟市', q.league);
    parent = { code: node.id, name: node.name, path: node.path };
  }
  const level = q.league ? 'county' : 'league';
  // The 盟市 of a node is the second code of its path, the 旗县 the third (/150000/150200/150203/).
  const unit = knex.raw(`substr(regions.path, ${level === 'league' ? 9 : 16}, 6)`);
  const [byUnit, byMonth] = await Promise.all([
    measures(knex, parent.path, q, (qb, month) => qb.select({ unit, month }).groupBy(unit, month)),
    measures(knex, parent.path, q, (qb, month) => qb.select({ month }).groupBy(month)),
  ]);
  const names = new Map((await knex('regions').whereIn('id', [...new Set(byUnit.map((c) => c.unit))]).select('id', 'name')).map((r) => [r.id, r.name]));
  // The parent's own records (a wish kept at the 盟市 node itself) have no 旗县: they count in the totals only.
  const rows: FigureRow[] = byUnit.filter((c) => c.unit).map((c) => ({ region_code: c.unit, region_name: names.get(c.unit) ?? c.unit, month: c.month, ...suppress(c) }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.region_code.localeCompare(b.region_code));
  for (const m of new Set(rows.map((r) => r.month))) suppressComplements(rows.filter((r) => r.month === m));
  const totals = byMonth.map((c) => ({ region_code: parent.code, region_name: parent.name, month: c.month, ...suppress(c) }))
    .sort((a, b) => a.month.localeCompare(b.month));
  return { level, parent: { code: parent.code, name: parent.name }, rows, totals, min_cell: MIN_CELL };
}

/** The raw counts of the four measures under a path, grouped as `group` says (by month, and by unit when asked). */
async function measures(knex: Knex, path: string, q: FigureQuery, group: (qb: Knex.QueryBuilder, month: Knex.Raw) => Knex.QueryBuilder): Promise<Array<Raw & { unit: string; month: string }>> {
  const on = (qb: Knex.QueryBuilder, regionColumn: string, dateColumn: string) => {
    qb.join('regions', 'regions.id', regionColumn).where('regions.path', 'like', `${path}%`);
    if (q.from) qb.where(dateColumn, '>=', q.from);
    if (q.to) qb.where(dateColumn, '<', nextMonth(q.to));
    return group(qb, knex.raw(`substr(${dateColumn}, 1, 7)`));
  };
  const tables = await Promise.all([
    on(knex('intentions').where('intentions.wants_training', true), 'intentions.region_code', 'intentions.stated_on')
      .select(knex.raw('count(distinct intentions.worker_id) as willing'))
      .select(knex.raw("count(distinct case when intentions.status = 'placed' then intentions.worker_id end) as placed")),
    on(knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id').where('enrollments.status', 'completed').whereNotNull('enrollments.completed_on'), 'programs.region_code', 'enrollments.completed_on')
      .select(knex.raw('count(distinct enrollments.worker_id) as trained')),
    on(knex('certificates').join('workers', 'workers.id', 'certificates.worker_id'), 'workers.region_code', 'certificates.issued_on')
      .count({ certificates: '*' }),
    on(knex('claims').where('claims.state', 'paid').whereNotNull('claims.paid_at'), 'claims.region_code', 'claims.paid_at')
      .select(knex.raw('count(distinct claims.worker_id) as paid_people')).sum({ paid_fen: 'claims.decided_fen' }),
  ]);
  const cells = new Map<string, Raw & { unit: string; month: string }>();
  for (const rows of tables) {
    // Counts come back as numbers or numeric strings depending on the driver; a row has the measures of its table only.
    for (const r of rows as Array<Partial<Record<keyof Raw, number | string | null>> & { unit?: string | null; month: string }>) {
      const key = `${r.unit ?? ''}|${r.month}`;
      const cell = cells.get(key) ?? { unit: r.unit ?? '', month: r.month, willing: 0, placed: 0, trained: 0, certificates: 0, paid_people: 0, paid_fen: 0 };
      for (const f of [...COUNTS, 'paid_fen'] as const) if (r[f] !== undefined) cell[f] = Number(r[f] ?? 0);
      cells.set(key, cell);
    }
  }
  return [...cells.values()];
}

function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}
