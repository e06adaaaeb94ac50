// What a resource is: its entity schemas, table, access per role, row scope and domain hooks.
import type { TObject } from '@sinclair/typebox';
import type { FieldName } from '../schemas/derive.js';
import type { Knex } from 'knex';
import type { SearchMode } from './search.js';
import type { RequestContext } from '../http/context.js';
import type { RoleName } from '../schemas/common.js';
import type { Services } from '../services.js';

/** r = list and read, c = create, u = update, d = delete. */
export type Access = Partial<Record<RoleName, string>>;

export type PiiKind = 'id' | 'phone' | 'account';

/**
 * What the hooks use (those of core/resources/definitions/ and core/workflow/): settings (a password someone else set
 * must be changed; the follow-up months of a completion), the blind index (enrolling by ID number), the catalog in
 * force (classes, claims), linked records within the caller's scope (workflow/scope-fields.ts), and today.
 */
export type HookServices = Pick<Services, 'env' | 'pii' | 'configs' | 'resources' | 'today'>;

/** What a virtual filter uses: the database and the blind index. */
export type FilterServices = Pick<Services, 'db' | 'pii'>;

export interface HookArgs {
  ctx: RequestContext;
  trx: Knex.Transaction;
  services: HookServices;
}

/**
 * A resource, checked against its own record schema `S`: every field it names (read-only, personal data, references,
 * search, sort…) must be one of S's. `C` and `U` are its POST and PUT body schemas (core/schemas/derive.ts).
 */
export interface ResourceDefinition<S extends TObject = TObject, C extends TObject = TObject, U extends TObject = TObject> {
  /** URL segment, audit resource name and i18n key. */
  name: string;
  table: string;
  /** Chinese name of one record, for messages: 工人 → 「人员 12 不存在」. */
  label: string;
  /** The record as the API returns it. */
  schema: S;
  /** The body of POST. */
  create?: C;
  /** The body of PUT: the same fields, all optional, plus the `version` read. */
  update?: U;
  /** Fields that are never written through PUT (set by the server or by workflow actions). */
  readOnly?: readonly FieldName<S>[];
  /** Read-only fields the server changes without a new version (e.g. the last login): a stale copy sent back is ignored, not refused. */
  volatile?: readonly FieldName<S>[];
  /** Personal data fields: stored as `<field>_enc` (AES-GCM) and `<field>_idx` (HMAC), returned masked. */
  pii?: Partial<Record<FieldName<S>, PiiKind>>;
  /** The table also keeps each personal field's mask as `<field>_mask`: reads that show masks need not decrypt. */
  storedMasks?: boolean;
  /** Foreign keys and the resource they point to: the target must be within the caller's scope. */
  references?: Partial<Record<FieldName<S>, string>>;
  /** Friendly 409 messages for unique columns, by column name (a field, or a personal field's blind index `<field>_idx`). */
  unique?: Partial<Record<FieldName<S> | `${FieldName<S>}_idx`, string>>;
  /** POST honours an `Idempotency-Key` header (the table has an `idempotency_key` column). */
  idempotent?: boolean;
  /** The form document (by entity) whose schema the record's `extra` fields must satisfy. */
  form?: 'worker' | 'intention' | 'program' | 'claim';
  /** Fields a list row leaves out (large ones such as a claim's decision): the record's own page reads them. */
  listOmit?: readonly FieldName<S>[];
  /** Columns searched by the `q` filter (LIKE). */
  search?: readonly FieldName<S>[];
  /** How `q` matches them (core/resources/search.ts): anywhere (the default) or, for tables of millions, by prefix. */
  searchBy?: SearchMode;
  /** Filters beyond the columns, e.g. an exact ID number through its blind index. */
  virtualFilters?: Record<string, (qb: Knex.QueryBuilder, value: unknown, services: FilterServices) => void>;
  /** Default sort when the client names none. */
  defaultSort?: readonly [FieldName<S>, 'ASC' | 'DESC'];
  idKind?: 'integer' | 'string';
  access: Access;
  /** Restricts rows to a region subtree (`regionIds` is a subquery of region codes). */
  scopeRegion?(qb: Knex.QueryBuilder, regionIds: Knex.QueryBuilder, knex: Knex): void;
  /**
   * The row's denormalised 盟市 code (core/scale/league.ts): a user below the root is scoped by equality on it, which
   * the (league_code, <sort>) indexes serve; a user below a 盟市 also gets the subtree filter.
   */
  leagueColumn?: string;
  /** Restricts rows to an institution, for institution staff. */
  scopeInstitution?(qb: Knex.QueryBuilder, institutionId: number, knex: Knex): void;
  /** Checks and normalises the API fields (clear values, before encryption); may derive fields. */
  prepare?(input: Record<string, unknown>, op: 'create' | 'update', args: HookArgs): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Domain checks and derived columns before an insert; may throw ApiError. Returns the row to insert. */
  beforeCreate?(row: Record<string, unknown>, args: HookArgs): Promise<Record<string, unknown>>;
  /** Same before an update; `before` is the stored row. */
  beforeUpdate?(row: Record<string, unknown>, before: Record<string, unknown>, args: HookArgs): Promise<Record<string, unknown>>;
  beforeDelete?(before: Record<string, unknown>, args: HookArgs): Promise<void>;
  /** Runs in the write's transaction after it, e.g. to keep derived values in step. */
  afterWrite?(record: Record<string, unknown>, op: 'create' | 'update' | 'delete', args: HookArgs): Promise<void>;
}

/**
 * A definition whose field names are checked against its schema, and whose name and body schemas keep their types: the
 * registry answers `resources.get('workers')` with the workers' record and body types (core/resources/records.ts).
 * @example export const budgets = defineResource({ name: 'budgets', table: 'budgets', label: '预算', schema: Budget, readOnly: ['spent_fen'], access: {} });
 */
export function defineResource<const N extends string, S extends TObject, C extends TObject = never, U extends TObject = never>(
  def: ResourceDefinition<S, C, U> & { name: N },
): ResourceDefinition<S, C, U> & { name: N } {
  return def;
}

export function can(def: ResourceDefinition, role: RoleName | undefined, verb: 'r' | 'c' | 'u' | 'd'): boolean {
  return !!role && (def.access[role] ?? '').includes(verb);
}
