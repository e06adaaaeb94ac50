// One batch of roster rows: each row checked as POST /api/workers checks it (outside the transaction), then the good
// rows inserted together with one audit entry naming each of them, inside the job's batch transaction.
import type { Knex } from 'knex';
import { leagueMapOf } from '../scale/league.js';
import type { RequestContext } from '../http/context.js';
import { ApiError } from '../http/errors.js';
import { maskIdNumber, maskText } from '../pii/mask.js';
import type { Services } from '../services.js';
import type { BulkMemo, StoredRow } from '../resources/service.js';
import type { BatchOutcome, RowError } from '../jobs/types.js';
import { DUPLICATE_WORKER, registeredBy, workers } from '../resources/definitions/workers.js';
import { ROSTER_FIELDS } from './roster.js';
import { CellError } from './roster-values.js';
import { coreFields, extraFields, maskedValues, type RosterLayout } from './roster-row.js';
import type { SheetRow } from './read-stream.js';
import { checkRow } from './validate-row.js';

interface Prepared {
  row: number;
  record: StoredRow;
  /** The record's blind index of its ID number (id_number_idx), the key rows are matched by. */
  idx: string;
  idNumber: string;
  cells: string[];
}

export interface RosterSheet {
  headers: string[];
  layout: RosterLayout;
  defaultRegion: string | undefined;
}

const OUT_OF_SCOPE = '不能在您的权限范围之外新建人员';

/** Rows the importer could not see once inserted (outside their scope): the savepoint is rolled back. */
export class OutOfScope extends Error {
  constructor(readonly hidden: Set<string>) { super('rows outside the importer\'s scope'); }
}

export class RosterBatch {
  private readonly service;

  constructor(private readonly services: Services, private readonly ctx: RequestContext, private readonly sheet: RosterSheet) {
    this.service = services.resources.get('workers');
  }

  /** Region code → its 盟市, read by the first batch (regions do not move while a roster is imported). */
  private leagues: Map<string, string> | null = null;

  /** Blind indexes of rows refused as outside the importer's scope, remembered for the batch's second try. */
  readonly outOfScope = new Set<string>();

  private headerOf = (field: string) => this.sheet.headers[this.sheet.layout.fields.indexOf(field)] || ROSTER_FIELDS[field]?.[0];

  private error(r: SheetRow, field: string | null, message: string): RowError {
    return { row: r.row, field, message: maskText(message), cells: maskedValues(this.sheet.layout, r.cells) };
  }

  /** Reads and checks one row; the worker row ready to insert, or why not. */
  private async prepare(r: SheetRow, memo: BulkMemo): Promise<Prepared | RowError> {
    const { layout, headers, defaultRegion } = this.sheet;
    try {
      const body = coreFields(layout, headers, r.cells);
      body.region_code ??= defaultRegion;
      const region = typeof body.region_code === 'string' ? body.region_code : null;
      if (region && !memo.forms.has(region)) memo.forms.set(region, this.services.configs.effective(region, 'form', 'worker', this.services.today()).catch(() => null));
      const extra = extraFields(region ? await memo.forms.get(region)! : null, layout, headers, r.cells);
      if (Object.keys(extra).length > 0) body.extra = extra;
      const checked = checkRow(workers.create!, body, this.headerOf);
      if ('problem' in checked) return this.error(r, checked.problem.field, checked.problem.message);
      const record = await this.service.prepareBulkRow(this.ctx, checked.body, memo);
      return { row: r.row, record, idx: String(record.id_number_idx), idNumber: String(body.id_number ?? '').trim().toUpperCase(), cells: r.cells };
    } catch (err) {
      if (err instanceof CellError || err instanceof ApiError) return this.error(r, err.field ?? null, err.message);
      this.services.log.error({ err }, 'import row failed');
      return this.error(r, null, '服务器内部错误，该行未导入，请稍后重试');
    }
  }

  /** Checks every row of the batch (no transaction is open meanwhile). */
  async check(rows: SheetRow[]): Promise<{ good: Prepared[]; errors: RowError[] }> {
    const memo: BulkMemo = { references: new Map(), forms: new Map() };
    const good: Prepared[] = [];
    const errors: RowError[] = [];
    const firstRowOf = new Map<string, number>();
    for (const r of rows) {
      const p = await this.prepare(r, memo);
      if (!('record' in p)) { errors.push(p); continue; }
      const earlier = firstRowOf.get(p.idx);
      if (earlier !== undefined) { errors.push(this.error(r, 'id_number', `该公民身份号码已登记（本文件第 ${earlier} 行），请勿重复登记`)); continue; }
      firstRowOf.set(p.idx, r.row);
      good.push(p);
    }
    return { good, errors };
  }

  /** Inserts the rows and reads back, in one query, the ids of those the importer can see: every row, or OutOfScope. */
  private async insert(trx: Knex.Transaction, rows: Prepared[]): Promise<Map<string, number>> {
    if (rows.length === 0) return new Map();
    const now = new Date().toISOString();
    const userId = this.ctx.user?.id ?? null;
    const by = registeredBy(this.ctx);
    // The 盟市 code the scoped lists filter on (core/scale/league.ts), as the resource service sets it.
    this.leagues ??= await leagueMapOf(trx);
    const leagues = this.leagues;
    const values = rows.map((p) => ({ ...p.record, league_code: leagues.get(String(p.record.region_code)) ?? null, registered_by_institution_id: by, created_at: now, updated_at: now, created_by: userId, updated_by: userId, version: 1 }));
    for (let i = 0; i < values.length; i += 500) await trx('workers').insert(values.slice(i, i + 500));
    // Ids read back by blind index: on a Galera cluster the auto-increment ids of one insert need not be consecutive.
    const ids = new Map<string, number>();
    for (let i = 0; i < rows.length; i += 1000) {
      const idx = rows.slice(i, i + 1000).map((p) => p.idx);
      for (const r of await this.service.scoped(this.ctx, trx).whereIn('workers.id_number_idx', idx).select('workers.id', 'workers.id_number_idx')) ids.set(r.id_number_idx, Number(r.id));
    }
    // As create does: a record the importer could not see once written is outside their scope. The batch is rolled back and
    // written again without those rows, which are reported.
    if (ids.size !== rows.length) throw new OutOfScope(new Set(rows.map((p) => p.idx).filter((idx) => !ids.has(idx))));
    return ids;
  }

  /** Inside the batch transaction: refuses numbers already registered, inserts the rest, one audit entry for all. */
  async write(trx: Knex.Transaction, batchNo: number, jobId: number, rows: SheetRow[], checked: { good: Prepared[]; errors: RowError[] }): Promise<BatchOutcome> {
    const errors = [...checked.errors];
    const existing = new Set((await trx('workers').whereIn('id_number_idx', checked.good.map((p) => p.idx)).select('id_number_idx')).map((r) => r.id_number_idx));
    let fresh: Prepared[] = [];
    for (const p of checked.good) {
      if (existing.has(p.idx)) errors.push(this.error({ row: p.row, cells: p.cells }, 'id_number', DUPLICATE_WORKER));
      else fresh.push(p);
    }
    // Rows found outside the importer's scope by an earlier try of this batch (see OutOfScope).
    for (const p of fresh.filter((f) => this.outOfScope.has(f.idx))) errors.push(this.error({ row: p.row, cells: p.cells }, null, OUT_OF_SCOPE));
    fresh = fresh.filter((f) => !this.outOfScope.has(f.idx));
    const ids = await this.insert(trx, fresh);
    const written = fresh.map((p) => [p.row, ids.get(p.idx)!] as [number, number]);
    if (written.length > 0) {
      await this.services.audit.append(trx, this.ctx, {
        action: 'create', resource: 'workers',
        changes: { job_id: jobId, batch: batchNo, rows: fresh.map((p) => ({ row: p.row, id: ids.get(p.idx), id_number: maskIdNumber(p.idNumber), name: p.record.name })) },
      });
    }
    errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return {
      processed: rows.length, succeeded: written.length, failed: errors.length,
      firstRow: rows[0]?.row, lastRow: rows.at(-1)?.row, written, errors,
    };
  }
}
