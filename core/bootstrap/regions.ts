// Inserts the shipped region tree into an empty regions table.
import type { Knex } from 'knex';
import { REGION_TREE } from '../regions/region-tree.js';

export async function seedRegions(knex: Knex): Promise<number> {
  const existing = new Set((await knex('regions').select('id')).map((r) => r.id));
  const paths = new Map<string, string>();
  const now = new Date().toISOString();
  const rows = [];
  for (const r of REGION_TREE) {
    const path = `${r.parent ? paths.get(r.parent) : '/'}${r.code}/`;
    paths.set(r.code, path);
    if (existing.has(r.code)) continue;
    rows.push({
      id: r.code, name: r.name, level: r.level, parent_id: r.parent, path, slug: r.slug ?? null,
      is_example: !!r.example, owns_config: !!r.ownsConfig, created_at: now, updated_at: now, version: 1,
    });
  }
  // Parents come before children in REGION_TREE, so one ordered insert respects the foreign key.
  for (const row of rows) await knex('regions').insert(row);
  return rows.length;
}
