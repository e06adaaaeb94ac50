// Names of records for pickers and reference fields: by ids or by a typed name (searched server-side), scoped like the
// records themselves. A role that may not read a resource (a reviewer and users) still gets the display names of the
// people who act on its records: users of its own node, above it or below it — never their other fields.
import type { Knex } from 'knex';
import type { RequestContext } from '../http/context.js';
import { badRequest, forbidden } from '../http/errors.js';
import { can } from '../resources/definition.js';
import { applyFilter } from '../resources/query.js';
import { subtreeIds } from '../resources/scope.js';
import { whereSearch } from '../resources/search.js';
import type { Services } from '../services.js';
import { LABELS } from './labels.js';

export interface LookupQuery {
  ids?: Array<string | number>;
  q?: string;
  /** A react-admin filter (JSON), for a picker narrowed to a class and the like; readable resources only. */
  filter?: string;
  limit?: number;
}

export interface Label { id: string | number; label: string }

export const LOOKUP_LIMIT = 50;

/** The nodes above a user's own (from its materialised path `/150000/150200/`). */
const ancestorsOf = (regionPath: string) => regionPath.split('/').filter(Boolean);

export async function lookup(services: Services, ctx: RequestContext, resource: string, query: LookupQuery): Promise<Label[]> {
  const spec = LABELS[resource];
  if (!spec) throw badRequest(`「${resource}」没有可查询的名称`, 'resource');
  const service = services.resources.get(resource);
  const { def } = service;
  const knex = services.db.knex;
  const user = ctx.user!;
  let qb: Knex.QueryBuilder;
  if (can(def, user.role, 'r')) {
    qb = service.scoped(ctx);
    applyFilter(def, qb, query.filter, services);
  } else if (resource === 'users') {
    if (query.filter) throw badRequest('当前角色只能按姓名查询用户', 'filter');
    const path = (await knex('regions').where({ id: user.region_code }).first('path'))?.path ?? user.region_path;
    qb = knex('users').where((w) => { w.whereIn('users.region_code', ancestorsOf(path)).orWhereIn('users.region_code', subtreeIds(knex, path)); });
  } else {
    throw forbidden(`当前角色无权查看${def.label}`);
  }
  spec.join?.(qb);
  if (query.ids) qb.whereIn(`${def.table}.id`, query.ids);
  const q = query.q?.trim();
  if (q) whereSearch(qb, spec.search, q, spec.searchBy ?? 'contains', services.db.dialect);
  const limit = Math.min(query.ids ? Math.max(query.ids.length, 1) : query.limit ?? 25, LOOKUP_LIMIT);
  const rows: Record<string, unknown>[] = await qb
    .select([`${def.table}.id as id`, ...spec.columns.map((c, i) => `${c} as l${i}`)])
    .orderBy(spec.columns[0], 'asc').orderBy(`${def.table}.id`, 'asc')
    .limit(limit);
  return rows.map((row) => ({ id: row.id as string | number, label: spec.format(spec.columns.map((_c, i) => row[`l${i}`])) }));
}
