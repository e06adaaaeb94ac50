// Compared code values named for the publish diff: a region by its name (昆都仑区（150203）), a choice by its label (返乡农牧民工).
import type { Knex } from 'knex';
import { eachLeaf, isFactReference } from './kinds/conditions.js';
import type { FieldType } from './field-types.js';
import type { ValueNamer } from './diff-text.js';

/** Every code compared with a region-typed item in the rule sets' conditions. */
function regionCodes(types: Record<string, Record<string, FieldType>>, bodies: unknown[]): string[] {
  const codes = new Set<string>();
  for (const body of bodies) {
    for (const rule of ((body as { rules?: Array<{ conditions?: unknown }> } | null)?.rules ?? [])) {
      eachLeaf(rule.conditions, '', (leaf) => {
        if (types[leaf.fact]?.[leaf.path ?? '']?.type !== 'region' || isFactReference(leaf.value)) return;
        for (const v of ([] as unknown[]).concat(leaf.value)) if (typeof v === 'string') codes.add(v);
      });
    }
  }
  return [...codes];
}

/** A namer for the values the rule sets `bodies` compare, region names read from the tree once. */
export async function valueNamer(db: Knex, types: Record<string, Record<string, FieldType>>, bodies: unknown[]): Promise<ValueNamer> {
  const codes = regionCodes(types, bodies);
  const rows: Array<{ id: string; name: string }> = codes.length ? await db('regions').whereIn('id', codes).select('id', 'name') : [];
  const regions = new Map(rows.map((r) => [String(r.id), r.name]));
  return (fact, path, value) => {
    const type = types[fact]?.[path ?? ''];
    if (!type) return undefined;
    const one = (v: unknown) => (type.type === 'region' ? (regions.has(String(v)) ? `${regions.get(String(v))}（${String(v)}）` : undefined) : type.choices?.[String(v)]);
    const list = ([] as unknown[]).concat(value);
    const named = list.map(one);
    return named.every((n) => n !== undefined) && list.length > 0 ? named.join('、') : undefined;
  };
}
