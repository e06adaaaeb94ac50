// The generic resource service: scoped list/read/create/update/delete with audit, PII and optimistic locking.
import type { Knex } from 'knex';
import { ApiError, badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/context.js';
import type { Services } from '../services.js';
import { can, type HookArgs, type ResourceDefinition } from './definition.js';
import { fieldsOf } from './fields.js';
import { applyFilter, parseRange, parseSort, type ListParams } from './query.js';
import { applyLegacyScope, applyScope, seesWholeTable } from './scope.js';
import { PageAnchors, whereAfter } from './page-anchors.js';
import { listTotal } from '../scale/list-total.js';
import { maskAccount, maskIdNumber, maskPhone } from '../pii/mask.js';
import { BOOKKEEPING_FIELDS, MAX_ID } from '../schemas/common.js';
import { translateDbError } from './db-errors.js';
import { diff } from './diff.js';
import type { EffectiveDocument } from '../configs/resolve.js';
import { transact, type TransactOptions } from '../db/transact.js';
import { fieldName } from '../http/field-labels.js';
import { propagateLeague, withLeague } from '../scale/league.js';
import { ID_ORDER_TABLES, idOrderIndex, isMissingIndex } from '../scale/id-order.js';

const MASKS = { id: maskIdNumber, phone: maskPhone, account: maskAccount };

/** An id as the audit trail records it (as text): whatever the caller named, a missing one as null. */
const auditId = (id: unknown): string | number | null => (typeof id === 'number' || typeof id === 'string' ? id : id === undefined || id === null ? null : String(id));
export const REVEAL_ROLES = new Set(['platform_admin', 'region_admin', 'reviewer']);

/** What bulk writers cache across the rows of a batch: reference checks by `resource:id`, forms by region. */
export interface BulkMemo {
  references: Map<string, boolean>;
  forms: Map<string, Promise<EffectiveDocument<'form'> | null>>;
}

/** A row as the database returns it (knex reads untyped rows): columns, with `<field>_enc` for personal data. */
export type StoredRow = Record<string, unknown>;
/** A stored row read back by id. */
export type FoundRow = StoredRow & { id: number | string };

/** A record as the API returns it: the fields of the resource's schema. */
export type ApiRecord = Record<string, unknown>;

export interface ListResult<R extends ApiRecord = ApiRecord> {
  records: R[];
  total: number;
  start: number;
  /** The total is an estimate (a large result): the console shows it as 「约」. */
  estimated?: boolean;
}

/**
 * The stored columns toRecord needs for `fields` of `def` (masked, not revealed): what an export selects instead of
 * every column. With stored masks, the encrypted value is read only where no mask is stored (rows from before masks).
 */
export function readColumns(def: ResourceDefinition, knex: Knex, fields: Iterable<string>): Array<string | Knex.Raw> {
  const t = def.table;
  const all = fieldsOf(def);
  const out: Array<string | Knex.Raw> = [];
  for (const f of new Set(fields)) {
    if (def.pii?.[f]) {
      if (!def.storedMasks) { out.push(`${t}.${f}_enc`); continue; }
      out.push(`${t}.${f}_mask`, knex.raw('CASE WHEN ?? IS NULL THEN ?? END AS ??', [`${t}.${f}_mask`, `${t}.${f}_enc`, `${f}_enc`]));
    } else if (all.get(f)?.column) out.push(`${t}.${f}`);
  }
  return out;
}

/**
 * The service of one resource. `R` is its record, `C` and `U` the bodies its POST and PUT validate (the Static<> of the
 * definition's `create` and `update`): core/resources/records.ts gives each core resource's.
 */
/**
 * What a resource service uses: the database, the audit trail, the cipher of personal data, the forms in force
 * (configs), the other resources (references in scope) and today; `env` only for its hooks (HookServices).
 */
export type ResourceDeps = Pick<Services, 'env' | 'db' | 'audit' | 'pii' | 'configs' | 'resources' | 'today'>;

export class ResourceService<R extends ApiRecord = ApiRecord, C extends ApiRecord = ApiRecord, U extends ApiRecord = ApiRecord> {
  /** Keyset anchors of the pages this service served (deep pages). */
  readonly anchors = new PageAnchors();

  constructor(readonly def: ResourceDefinition, private readonly services: ResourceDeps) {}

  private get knex(): Knex {
    return this.services.db.knex;
  }

  /** What the definition's hooks receive: the write's context and transaction, and the services they use (HookServices). */
  private hookArgs(ctx: RequestContext, trx: Knex.Transaction): HookArgs {
    return { ctx, trx, services: this.services };
  }

  /** A query of the table narrowed to what the context may see. */
  scoped(ctx: RequestContext, knex: Knex | Knex.Transaction = this.knex): Knex.QueryBuilder {
    const qb = knex(this.def.table);
    if (ctx.user) applyScope(this.def, qb, ctx.user, this.knex);
    return qb;
  }

  /** Refuses (and audits the refusal) when the role lacks the verb. */
  async authorize(ctx: RequestContext, verb: 'r' | 'c' | 'u' | 'd', recordId?: unknown): Promise<void> {
    if (!ctx.user) return; // system context
    if (can(this.def, ctx.user.role, verb)) return;
    const verbs = { r: '查看', c: '新建', u: '修改', d: '删除' };
    await this.services.audit.appendNow(this.knex, ctx, {
      action: 'denied', resource: this.def.name, recordId: auditId(recordId), changes: { verb },
    });
    throw forbidden(`当前角色无权${verbs[verb]}${this.def.label}`);
  }

  async list(ctx: RequestContext, params: ListParams): Promise<ListResult<R>> {
    await this.authorize(ctx, 'r');
    const [sortField, order] = parseSort(this.def, params.sort);
    const [start, end] = parseRange(params.range);
    const base = this.scoped(ctx);
    const filtered = applyFilter(this.def, base, params.filter, this.services);
    const t = this.def.table;
    const whole = seesWholeTable(this.def, ctx.user) && filtered.length === 0;
    const ids = await this.pageIds(ctx, base, whole, params.filter, sortField, order, start, end - start + 1);
    const rows: StoredRow[] = ids.length ? await this.knex(t).whereIn(`${t}.id`, ids).select(this.listColumns()) : [];
    const byId = new Map<string, StoredRow>(rows.map((r) => [String(r.id), r]));
    const records = ids.flatMap((id): StoredRow[] => { const row = byId.get(String(id)); return row ? [row] : []; }).map((r) => this.toRecord(r));
    const { total, estimated } = await listTotal(this.services, this.def, ctx, base, filtered, () => this.scoped(ctx));
    return { records, total, start, estimated };
  }

  /**
   * The ids of a page. Deferred join: they come from the index that serves scope, filter and sort; only those rows are
   * read afterwards. A deep page starts from the nearest keyset anchor a page before left (core/resources/page-anchors.ts).
   * `whole`: the query is the whole table (no scope, no filter), which MySQL walks in id order by its (id) index.
   */
  private async pageIds(ctx: RequestContext, base: Knex.QueryBuilder, whole: boolean, filter: string | undefined, sortField: string, order: 'asc' | 'desc', start: number, size: number): Promise<Array<string | number>> {
    const t = this.def.table;
    const [column, idColumn] = [`${t}.${sortField}`, `${t}.id`];
    const list = JSON.stringify([ctx.user?.id ?? null, filter ?? '', sortField, order]);
    const near = start > 0 ? this.anchors.nearest(list, start) : undefined;
    // From an anchor, or by OFFSET with the row before the page read too: it anchors this page for a revisit.
    const skip = near ? start - near.at : Math.max(0, start - 1);
    const read = (source: Knex.QueryBuilder): Promise<Array<{ id: string | number; sort_value: unknown }>> => {
      const qb = source.select({ id: idColumn, sort_value: column }).orderBy(column, order).orderBy(idColumn, order);
      if (near) whereAfter(qb, column, idColumn, order, near.anchor.value, near.anchor.id);
      return qb.offset(skip).limit(size + (near || start === 0 ? 0 : 1));
    };
    const byIdIndex = whole && !near && skip > 0 && sortField === 'id' && this.services.db.dialect === 'mysql' && ID_ORDER_TABLES.has(t);
    const rows = byIdIndex
      // Without the index (a bulk load has set it aside) the same rows come by the primary key, only slower.
      ? await read(this.knex.from(this.knex.raw('?? FORCE INDEX (??)', [t, idOrderIndex(t)]))).catch((err: unknown) => (isMissingIndex(err) ? read(base.clone()) : Promise.reject(err)))
      : await read(base.clone());
    const page = !near && start > 0 ? rows.slice(1) : rows;
    if (!near && start > 0 && rows.length > 0) this.anchors.remember(list, start, rows[0].sort_value, rows[0].id);
    const last = page[page.length - 1];
    if (page.length === size && last) this.anchors.remember(list, start + size, last.sort_value, last.id);
    return page.map((r) => r.id);
  }

  /** The columns a list row carries: every field but the large ones the record's own page reads. */
  listColumns(): Array<string | Knex.Raw> {
    const omit = new Set(this.def.listOmit ?? []);
    if (!omit.size) return [`${this.def.table}.*`];
    return readColumns(this.def, this.knex, [...fieldsOf(this.def).keys()].filter((f) => !omit.has(f)));
  }

  /** The list as it was read before the 盟市 code and the deferred join (subtree scope, OFFSET, full count): for the tests that compare. */
  async legacyList(ctx: RequestContext, params: ListParams): Promise<ListResult<R>> {
    const [sortField, order] = parseSort(this.def, params.sort);
    const [start, end] = parseRange(params.range);
    const base = this.knex(this.def.table);
    if (ctx.user) applyLegacyScope(this.def, base, ctx.user, this.knex);
    applyFilter(this.def, base, params.filter, this.services);
    const countRow = await base.clone().clearSelect().count({ n: '*' }).first();
    const rows = await base.select(`${this.def.table}.*`).orderBy(`${this.def.table}.${sortField}`, order).orderBy(`${this.def.table}.id`, order).offset(start).limit(end - start + 1);
    return { records: rows.map((r: StoredRow) => this.toRecord(r)), total: Number(countRow?.n ?? 0), start };
  }

  /** The stored row when visible to the context, else a 404 (no probing out of scope). */
  async findRow(ctx: RequestContext, id: unknown, trx?: Knex.Transaction): Promise<FoundRow> {
    const key = this.parseId(id);
    const qb = this.scoped(ctx, trx).where(`${this.def.table}.id`, key).select(`${this.def.table}.*`);
    const row = await (trx && this.services.db.dialect === 'mysql' ? qb.forUpdate() : qb).first();
    if (!row) throw notFound(this.def.label, id);
    return row;
  }

  async get(ctx: RequestContext, id: unknown, opts: { reveal?: boolean } = {}): Promise<R> {
    await this.authorize(ctx, 'r', id);
    const row = await this.findRow(ctx, id);
    if (opts.reveal && this.def.pii) {
      if (ctx.user && !REVEAL_ROLES.has(ctx.user.role)) {
        await this.services.audit.appendNow(this.knex, ctx, { action: 'denied', resource: this.def.name, recordId: row.id, changes: { verb: 'reveal' } });
        throw forbidden('当前角色无权查看完整的个人信息');
      }
      await this.services.audit.appendNow(this.knex, ctx, {
        action: 'reveal', resource: this.def.name, recordId: row.id, changes: { fields: Object.keys(this.def.pii) },
      });
      return this.toRecord(row, true);
    }
    return this.toRecord(row);
  }

  async create(ctx: RequestContext, input: C, opts: { idempotencyKey?: string } = {}): Promise<R & { replayed?: boolean }> {
    await this.authorize(ctx, 'c');
    // A retried POST with the same key returns the record the first one created.
    const key = this.def.idempotent && opts.idempotencyKey ? `${ctx.user?.id ?? 'system'}:${opts.idempotencyKey}`.slice(0, 128) : null;
    if (key) {
      const existing = await this.scoped(ctx).where(`${this.def.table}.idempotency_key`, key).select(`${this.def.table}.*`).first();
      if (existing) return { ...this.toRecord(existing), replayed: true };
    }
    const attempt = () => this.write((trx) => this.createIn(trx, ctx, input, key), 'write', key ? {} : this.receipt(ctx, 'create'));
    try {
      return await attempt();
    } catch (err) {
      // Two requests with one key raced: the loser answers with the winner's record.
      if (key && err instanceof ApiError && err.statusCode === 409) {
        const existing = await this.scoped(ctx).where(`${this.def.table}.idempotency_key`, key).select(`${this.def.table}.*`).first();
        if (existing) return { ...this.toRecord(existing), replayed: true };
      }
      throw err;
    }
  }

  /**
   * The create inside a caller's transaction (a class session writes many attendance rows as one unit): the same
   * checks, hooks, scope check and audit entry as `create`; the caller authorizes first and owns the retries.
   */
  async createIn(trx: Knex.Transaction, ctx: RequestContext, input: C, key: string | null = null): Promise<R> {
    const args = this.hookArgs(ctx, trx);
    const fields = this.writable(input, 'create');
    let row = this.toRow(this.def.prepare ? await this.def.prepare(fields, 'create', args) : fields);
    await this.checkForm(ctx, row, null, trx);
    await this.checkReferences(ctx, row, trx);
    if (this.def.beforeCreate) row = await this.def.beforeCreate(row, args);
    const now = new Date().toISOString();
    Object.assign(row, { created_at: now, updated_at: now, created_by: ctx.user?.id ?? null, updated_by: ctx.user?.id ?? null, version: 1 });
    if (key) row.idempotency_key = key;
    await withLeague(trx, this.def.table, row);
    const id = await this.insert(trx, row);
    // A record created outside one's own scope is refused, and the insert rolled back.
    const stored = await this.scoped(ctx, trx).where(`${this.def.table}.id`, id).select(`${this.def.table}.*`).first();
    if (!stored) throw forbidden(`不能在您的权限范围之外新建${this.def.label}`);
    const record = this.toRecord(stored);
    await this.services.audit.append(trx, ctx, { action: 'create', resource: this.def.name, recordId: id, changes: diff({}, record) });
    if (!this.def.afterWrite) return record;
    await this.def.afterWrite(record, 'create', args);
    // The hook may have filled in the new row (an enrolment learns the wish it placed): answer with what is stored.
    return this.toRecord(await trx(this.def.table).where('id', id).first());
  }

  /**
   * The row a create would insert, checked as create checks it (fields, prepare hook, form, references in scope),
   * outside any transaction, for bulk writers (the roster import). `memo` caches reference checks and forms across
   * the rows of a batch. Not run: beforeCreate, the insert and its audit entry — the bulk writer does those per batch.
   */
  async prepareBulkRow(ctx: RequestContext, input: C, memo: BulkMemo): Promise<StoredRow> {
    const args = this.hookArgs(ctx, this.knex as unknown as Knex.Transaction);
    const fields = this.writable(input, 'create');
    const row = this.toRow(this.def.prepare ? await this.def.prepare(fields, 'create', args) : fields);
    if (this.def.form) {
      const region = row.region_code as string;
      const today = this.services.today();
      if (!memo.forms.has(region)) memo.forms.set(region, this.services.configs.effective(region, 'form', this.def.form, today));
      const extra = row.extra === undefined || row.extra === null ? {} : JSON.parse(row.extra as string);
      row.form_version = this.services.configs.checkExtraAgainst(await memo.forms.get(region)!, region, extra, today, { role: ctx.user?.role });
    }
    await this.checkReferences(ctx, row, undefined, memo.references);
    return row;
  }

  async update(ctx: RequestContext, id: unknown, input: U): Promise<R> {
    await this.authorize(ctx, 'u', id);
    return this.write((trx) => this.updateIn(trx, ctx, id, input), 'write', this.receipt(ctx, 'update', id));
  }

  /** The update inside a caller's transaction: the same version check, hooks, scope check and audit entry as `update`. */
  async updateIn(trx: Knex.Transaction, ctx: RequestContext, id: unknown, input: U): Promise<R> {
    const before = await this.findRow(ctx, id, trx);
    const expected = Number(input.version);
    if (!Number.isInteger(expected)) throw badRequest('修改时必须提交读取到的 version（版本号）', 'version');
    if (expected !== Number(before.version)) {
      throw conflict(`该${this.def.label}已被他人修改（当前版本 ${before.version}，您提交的版本 ${expected}），请刷新后重试`, 'version');
    }
    const args = this.hookArgs(ctx, trx);
    this.refuseReadOnlyChanges(input, before);
    const fields = this.unchangedMasksRemoved(this.writable(input, 'update'), before);
    let row = this.toRow(this.def.prepare ? await this.def.prepare(fields, 'update', args) : fields);
    await this.checkForm(ctx, row, before, trx);
    await this.checkReferences(ctx, row, trx);
    if (this.def.beforeUpdate) row = await this.def.beforeUpdate(row, before, args);
    Object.assign(row, { updated_at: new Date().toISOString(), updated_by: ctx.user?.id ?? null, version: expected + 1 });
    await withLeague(trx, this.def.table, row, before);
    const n = await trx(this.def.table).where({ id: before.id, version: expected }).update(row);
    if (n !== 1) throw conflict(`该${this.def.label}已被他人修改，请刷新后重试`, 'version');
    await propagateLeague(trx, this.def.table, before.id, row, before);
    const stored = await this.scoped(ctx, trx).where(`${this.def.table}.id`, before.id).select(`${this.def.table}.*`).first();
    if (!stored) throw forbidden(`不能把${this.def.label}移出您的权限范围`);
    const record = this.toRecord(stored);
    await this.services.audit.append(trx, ctx, { action: 'update', resource: this.def.name, recordId: before.id, changes: diff(this.toRecord(before), record) });
    if (this.def.afterWrite) await this.def.afterWrite(record, 'update', args);
    return record;
  }

  async remove(ctx: RequestContext, id: unknown): Promise<R> {
    await this.authorize(ctx, 'd', id);
    return this.write((trx) => this.removeIn(trx, ctx, id), 'delete', this.receipt(ctx, 'delete', id));
  }

  /** The delete inside a caller's transaction: the same hooks, scope and audit entry as `remove`. */
  async removeIn(trx: Knex.Transaction, ctx: RequestContext, id: unknown): Promise<R> {
    const before = await this.findRow(ctx, id, trx);
    if (this.def.beforeDelete) await this.def.beforeDelete(before, this.hookArgs(ctx, trx));
    await trx(this.def.table).where({ id: before.id }).delete();
    const record = this.toRecord(before);
    if (this.def.afterWrite) await this.def.afterWrite(record, 'delete', this.hookArgs(ctx, trx));
    await this.services.audit.append(trx, ctx, { action: 'delete', resource: this.def.name, recordId: before.id, changes: diff(record, {}) });
    return record;
  }

  /**
   * With the client's Idempotency-Key a write is a named unit: the same request sent again (its answer was lost)
   * gets the first answer (header Idempotent-Replayed) instead of being applied twice or refused as stale.
   */
  private receipt(ctx: RequestContext, op: string, id?: unknown): TransactOptions {
    if (!ctx.idempotencyKey) return {};
    return {
      receipt: `${ctx.user?.id ?? 'system'}:${ctx.idempotencyKey}:${op}:${this.def.name}:${id === undefined ? '' : String(id)}`,
      onReplay: () => { ctx.replayed = true; },
    };
  }

  /**
   * Runs a write as one retryable unit (transact: retried whole on conflicts and lost nodes, applied once) and turns
   * database constraint errors into clear 409/400s.
   */
  async write<T>(fn: (trx: Knex.Transaction) => Promise<T>, op: 'write' | 'delete' = 'write', opts: TransactOptions = {}): Promise<T> {
    try {
      return await transact(this.knex, fn, opts);
    } catch (err) {
      throw this.translateDbError(err, op);
    }
  }

  private async insert(trx: Knex.Transaction, row: StoredRow): Promise<string | number> {
    if (this.def.idKind === 'string') {
      await trx(this.def.table).insert(row);
      return row.id as string;
    }
    const [id] = await trx(this.def.table).insert(row);
    return typeof id === 'object' && id !== null ? (id as { id: number }).id : (id as number);
  }

  parseId(id: unknown): string | number {
    if (this.def.idKind === 'string') return String(id);
    // Digits only: Number() would also take "1e3", "0x10" and " 7", and 1e20 is no INT.
    const n = /^[1-9]\d{0,9}$/.test(String(id)) ? Number(id) : NaN;
    if (!(n <= MAX_ID)) throw notFound(this.def.label, id);
    return n;
  }

  /** Keeps the fields a client may write; ignores read-only ones that react-admin sends back. */
  private writable(input: ApiRecord, op: 'create' | 'update'): ApiRecord {
    const fields = fieldsOf(this.def);
    const skip = new Set([...BOOKKEEPING_FIELDS, ...(op === 'update' ? this.def.readOnly ?? [] : [])]);
    if (op === 'update' || this.def.idKind !== 'string') skip.add('id');
    const out: ApiRecord = {};
    for (const [k, v] of Object.entries(input)) {
      if (skip.has(k) || v === undefined) continue;
      if (fields.has(k) || (op === 'create' && this.def.create?.properties[k]) || (op === 'update' && this.def.update?.properties[k])) out[k] = v;
    }
    return out;
  }

  /** Read-only fields may come back unchanged (react-admin sends the whole record), never changed. */
  private refuseReadOnlyChanges(input: ApiRecord, before: StoredRow): void {
    const current = this.toRecord(before);
    for (const field of this.def.readOnly ?? []) {
      if (input[field] === undefined || this.def.volatile?.includes(field)) continue;
      // Personal data comes back masked, or in clear after a reveal: either is unchanged; anything else is a change.
      if (this.def.pii?.[field]) {
        const clear = before[`${field}_enc`] ? this.services.pii.decrypt(before[`${field}_enc`] as string) : null;
        const sent = typeof input[field] === 'string' ? input[field].trim().toUpperCase() : input[field];
        if (sent === current[field] || sent === clear?.toUpperCase() || (sent ?? null) === clear) continue;
        throw badRequest(`${fieldName(this.def.name, field)}不能通过修改直接变更`, field);
      }
      if (JSON.stringify(input[field]) !== JSON.stringify(current[field] ?? null)) {
        throw badRequest(`${fieldName(this.def.name, field)}不能通过修改直接变更${field === 'state' || field === 'status' ? '，请使用相应的办理操作' : ''}`, field);
      }
    }
  }

  /** A masked value sent back unchanged (react-admin's edit form) keeps the stored clear value. */
  private unchangedMasksRemoved(input: ApiRecord, before: StoredRow): ApiRecord {
    for (const [field, kind] of Object.entries(this.def.pii ?? {})) {
      const v = input[field];
      if (kind && typeof v === 'string' && v.includes('*')) {
        const current = before[`${field}_enc`] ? MASKS[kind](this.services.pii.decrypt(before[`${field}_enc`] as string)) : null;
        if (v === current) delete input[field];
        else throw badRequest(`「${field}」含有遮挡字符 *，请输入完整的值`, field);
      }
    }
    return input;
  }

  /** API fields → columns: personal data encrypted and indexed, JSON serialised, booleans kept. */
  toRow(input: ApiRecord): StoredRow {
    const fields = fieldsOf(this.def);
    const row: StoredRow = {};
    for (const [k, v] of Object.entries(input)) {
      const kind = this.def.pii?.[k];
      if (kind) {
        const clear = v === null || v === '' ? null : String(v).trim();
        row[`${k}_enc`] = clear === null ? null : this.services.pii.encrypt(clear);
        row[`${k}_idx`] = clear === null ? null : this.services.pii.blindIndex(clear);
        if (this.def.storedMasks) row[`${k}_mask`] = clear === null ? null : MASKS[kind](clear);
        continue;
      }
      const info = fields.get(k);
      row[k] = info?.kind === 'json' && v !== null ? JSON.stringify(v) : v;
    }
    return row;
  }

  /**
   * How toRecord reads `field` from a stored row, the one place that says so: personal data as its stored mask, else
   * decrypted and masked (in clear when revealing); JSON parsed, booleans and numbers converted; undefined where the row
   * lacks the column. An export reads its few fields through these readers without building whole records.
   */
  fieldReader(field: string, reveal = false): (row: StoredRow) => unknown {
    const pii = this.def.pii?.[field];
    if (pii) {
      const encColumn = `${field}_enc`;
      const maskColumn = `${field}_mask`;
      const cipher = this.services.pii;
      const mask = MASKS[pii];
      if (reveal) return (row) => { const enc = row[encColumn]; return enc === null || enc === undefined ? null : cipher.decrypt(enc as string); };
      return (row) => {
        // A stored mask exists only beside a stored value (toRow writes both or neither).
        const stored = row[maskColumn];
        if (stored) return stored;
        const enc = row[encColumn];
        return enc === null || enc === undefined ? null : mask(cipher.decrypt(enc as string));
      };
    }
    switch (fieldsOf(this.def).get(field)?.kind) {
      case 'json': return (row) => { const v = row[field]; return typeof v === 'string' ? JSON.parse(v) : v; };
      case 'boolean': return (row) => { const v = row[field]; return v === null || v === undefined ? v : Boolean(v); };
      case 'integer':
      case 'number': return (row) => { const v = row[field]; return v === null || v === undefined ? v : Number(v); };
      default: return (row) => row[field];
    }
  }

  /** Each field's reader, masked and revealing, made once: toRecord runs for every row of a list. */
  private readers?: Array<[string, (row: StoredRow) => unknown]>;
  private revealingReaders?: Array<[string, (row: StoredRow) => unknown]>;

  /** Columns → API record (fieldReader for every field of the schema): masks personal data unless revealing. */
  toRecord(row: StoredRow, reveal = false): R {
    const readers = reveal
      ? (this.revealingReaders ??= [...fieldsOf(this.def).keys()].map((f) => [f, this.fieldReader(f, true)]))
      : (this.readers ??= [...fieldsOf(this.def).keys()].map((f) => [f, this.fieldReader(f)]));
    const out: ApiRecord = {};
    for (const [name, read] of readers) {
      const v = read(row);
      // A column the query did not select stays out of the record (personal fields read null instead).
      if (v !== undefined) out[name] = v;
    }
    // Built from exactly the fields of def.schema, converted to their kinds: the shape R names.
    return out as R;
  }

  /**
   * Extra fields must satisfy the region's form in force today, and a field the form shows only to other roles keeps its
   * stored value; the form document is recorded with the row.
   */
  private async checkForm(ctx: RequestContext, row: StoredRow, before: StoredRow | null, trx: Knex.Transaction): Promise<void> {
    if (!this.def.form) return;
    if (before && row.extra === undefined && row.region_code === undefined) return;
    const region = (row.region_code ?? before?.region_code) as string;
    const extra = row.extra !== undefined ? (row.extra === null ? {} : JSON.parse(row.extra as string)) : before?.extra ? JSON.parse(before.extra as string) : {};
    const stored = before?.extra ? (typeof before.extra === 'string' ? JSON.parse(before.extra) : before.extra) : {};
    row.form_version = await this.services.configs.checkExtra(this.def.form, region, extra, this.services.today(), trx, { role: ctx.user?.role, before: stored });
  }

  /** Referenced records must exist within the caller's scope; a region code must name a node of the tree. */
  private async checkReferences(ctx: RequestContext, row: StoredRow, trx?: Knex.Transaction, memo?: Map<string, boolean>): Promise<void> {
    const regionFields = this.def.name === 'regions' ? [] : ['region_code', 'node_code'].filter((f) => fieldsOf(this.def).get(f)?.column);
    const references = { ...Object.fromEntries(regionFields.map((f) => [f, 'regions'])), ...this.def.references };
    for (const [column, resource] of Object.entries(references)) {
      const value = row[column];
      if (value === undefined || value === null || !resource) continue;
      const target = this.services.resources.get(resource);
      const key = `${resource}:${value}`;
      let found = memo?.get(key);
      if (found === undefined) {
        found = !!(await target.scoped(ctx, trx).where(`${target.def.table}.id`, value).first(`${target.def.table}.id`));
        memo?.set(key, found);
      }
      if (!found) throw badRequest(`${fieldName(this.def.name, column)}引用的${target.def.label} ${value} 不存在或不在您的权限范围内`, column);
    }
  }

  translateDbError(err: unknown, op: 'write' | 'delete' = 'write'): unknown {
    return translateDbError(this.def, err, op);
  }
}
