// The region tree as the public sees it: 盟市 and 旗县 (and 苏木乡镇 where loaded) with names, and lookups by code.
import type { Knex } from 'knex';

export interface PublicRegion { code: string; name: string; level: string; parent: string | null }

/** Every node below the root, ordered by code: what the site's pickers list. */
export async function publicRegions(knex: Knex): Promise<PublicRegion[]> {
  const rows = await knex('regions').select('id', 'name', 'level', 'parent_id').orderBy('id');
  return rows.map((r) => ({ code: r.id, name: r.name, level: r.level, parent: r.parent_id ?? null }));
}

/** A node with its path, or null. */
export async function regionByCode(knex: Knex, code: string): Promise<{ id: string; name: string; level: string; path: string } | null> {
  if (!/^\d{6}(\d{3}(\d{3})?)?$/.test(code)) return null;
  return (await knex('regions').where({ id: code }).first('id', 'name', 'level', 'path')) ?? null;
}

/** The codes on a path, root first: `/150000/150200/150203/` → ['150000', '150200', '150203']. */
export const pathCodes = (path: string): string[] => path.split('/').filter(Boolean);
