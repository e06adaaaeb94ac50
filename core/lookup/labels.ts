// How each resource's record is named to a person (「姓名 · 班级名称」 for an enrolment): one list, read by the lookup
// endpoint that pickers and reference fields use, and searched by the same columns.
import type { Knex } from 'knex';
import type { SearchMode } from '../resources/search.js';

export interface LabelSpec {
  /** Joins the tables the label reads (left joins: a label never hides its record). */
  join?(qb: Knex.QueryBuilder): void;
  /** Columns read, in order, as l0, l1, …; each qualified with its table. */
  columns: string[];
  /** Columns a typed name is matched against (LIKE), server-side. */
  search: string[];
  /** Anywhere in the text (the default) or by prefix (core/resources/search.ts). */
  searchBy?: SearchMode;
  /** The label from the columns' values. */
  format(values: unknown[]): string;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const dot = (...parts: unknown[]) => parts.map(text).filter(Boolean).join(' · ');
const worker = (table: string) => (qb: Knex.QueryBuilder) => { qb.leftJoin('workers as lw', 'lw.id', `${table}.worker_id`); };
const named = (table: string, column = 'name'): LabelSpec => ({ columns: [`${table}.${column}`], search: [`${table}.${column}`], format: ([n]) => text(n) });

export const LABELS: Record<string, LabelSpec> = {
  regions: { columns: ['regions.name', 'regions.id'], search: ['regions.name', 'regions.id'], format: ([n]) => text(n) },
  users: named('users', 'display_name'),
  institutions: named('institutions'),
  workers: { ...named('workers'), searchBy: 'prefix' },
  bases: named('bases'),
  programs: named('programs'),
  fund_sources: named('fund_sources'),
  issuers: named('issuers'),
  risk_cases: named('risk_cases', 'title'),
  job_postings: { columns: ['job_postings.title', 'job_postings.employer'], search: ['job_postings.title', 'job_postings.employer'], format: ([t, e]) => dot(t, e) },
  configs: { columns: ['configs.title', 'configs.key', 'configs.doc_version'], search: ['configs.title', 'configs.key'], format: ([t, k, v]) => `${text(t) || text(k)} v${text(v)}` },
  enrollments: {
    join: (qb) => { qb.leftJoin('workers as lw', 'lw.id', 'enrollments.worker_id').leftJoin('programs as lp', 'lp.id', 'enrollments.program_id'); },
    columns: ['lw.name', 'lp.name'], search: ['lw.name', 'lp.name'], format: ([w, p]) => dot(w, p),
  },
  attendance: {
    join: (qb) => { qb.leftJoin('enrollments as le', 'le.id', 'attendance.enrollment_id').leftJoin('workers as lw', 'lw.id', 'le.worker_id'); },
    columns: ['lw.name', 'attendance.session_date'], search: ['lw.name'], format: ([w, d]) => dot(w, d),
  },
  certificates: { join: worker('certificates'), columns: ['lw.name', 'certificates.number'], search: ['lw.name', 'certificates.number'], format: ([w, n]) => dot(w, n) },
  intentions: { join: worker('intentions'), columns: ['lw.name', 'intentions.stated_on'], search: ['lw.name'], format: ([w, d]) => dot(w, d) },
  follow_ups: { join: worker('follow_ups'), columns: ['lw.name', 'follow_ups.due_on'], search: ['lw.name'], format: ([w, d]) => dot(w, d) },
  claims: {
    join: (qb) => { qb.leftJoin('workers as lw', 'lw.id', 'claims.worker_id').leftJoin('bases as lb', 'lb.id', 'claims.base_id'); },
    columns: ['claims.id', 'lw.name', 'lb.name'], search: ['lw.name', 'lb.name'], format: ([id, w, b]) => dot(`申请 #${text(id)}`, w || b),
  },
  budgets: {
    join: (qb) => { qb.leftJoin('fund_sources as lf', 'lf.id', 'budgets.fund_source_id').leftJoin('regions as lr', 'lr.id', 'budgets.region_code'); },
    columns: ['budgets.year', 'lr.name', 'lf.name'], search: ['lr.name', 'lf.name'], format: ([y, r, f]) => dot(`${text(y)}年`, r, f),
  },
};
