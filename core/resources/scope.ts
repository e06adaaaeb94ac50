// Row scope: which records a user may see, from their node of the region tree and their institution.
import type { Knex } from 'knex';
import type { AuthUser } from '../http/context.js';
import type { ResourceDefinition } from './definition.js';
import { leagueOfPath } from '../scale/league.js';

/** Region codes in the subtree of a node, as a subquery. */
export function subtreeIds(knex: Knex, regionPath: string): Knex.QueryBuilder {
  return knex('regions').select('id').where('path', 'like', `${regionPath}%`);
}

/** The whole tree: no filter needed. */
function isRoot(path: string): boolean {
  return path.split('/').filter(Boolean).length === 1;
}

/** Whether applyScope leaves the table whole for this user: a global resource, or the platform admin at the root. */
export function seesWholeTable(def: ResourceDefinition, user: AuthUser | null | undefined): boolean {
  if (!user) return true;
  if (user.role === 'institution_staff' && def.scopeInstitution) return false;
  return !def.scopeRegion || (user.role === 'platform_admin' && isRoot(user.region_path));
}

/**
 * Narrows a query to the user's scope. Institution staff see what their institution owns;
 * every other role sees its region subtree. A resource with neither rule is global (e.g. fund sources).
 */
export function applyScope(def: ResourceDefinition, qb: Knex.QueryBuilder, user: AuthUser, knex: Knex): void {
  if (seesWholeTable(def, user)) return;
  if (user.role === 'institution_staff' && def.scopeInstitution) {
    if (user.institution_id === null) qb.whereRaw('1 = 0');
    else def.scopeInstitution(qb, user.institution_id, knex);
    return;
  }
  if (!def.scopeRegion) return;
  const depth = user.region_path.split('/').filter(Boolean).length;
  if (def.leagueColumn && depth >= 2) {
    // Equality on the row's 盟市 code: an index range in the order of the sort, never the whole subtree sorted.
    qb.where(def.leagueColumn, leagueOfPath(user.region_path));
    if (depth === 2) return;
  }
  def.scopeRegion(qb, subtreeIds(knex, user.region_path), knex);
}

/** The scope as it was before the 盟市 code (subtree subquery only): kept for the tests that compare both paths. */
export function applyLegacyScope(def: ResourceDefinition, qb: Knex.QueryBuilder, user: AuthUser, knex: Knex): void {
  applyScope({ ...def, leagueColumn: undefined }, qb, user, knex);
}

/** Scope by a region code column, e.g. `regionColumn('workers.region_code')`. */
export function regionColumn(column: string) {
  return (qb: Knex.QueryBuilder, regionIds: Knex.QueryBuilder) => {
    qb.whereIn(column, regionIds);
  };
}
