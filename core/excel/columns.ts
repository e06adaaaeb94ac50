// A resource's export columns: the header map of headers.ts turned into table columns (labels, region names, yuan).
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../resources/definition.js';
import { readColumns } from '../resources/service.js';
import { fieldsOf } from '../resources/fields.js';
import { headersOf } from './headers.js';
import { VALUE_LABELS } from './labels.js';
import type { Row, TableColumn } from './table.js';

const joined = (items: unknown, label: (v: unknown) => string) => (Array.isArray(items) ? items.map(label).join('、') : items);

/** labelOf for one enum, as a lookup made once per export (it runs for every cell of the column). */
function labeller(name: string): (value: unknown) => string {
  const labels = new Map(Object.entries(VALUE_LABELS[name] ?? {}));
  return (v) => (v === null || v === undefined ? '' : labels.get(String(v)) ?? String(v));
}

function column(field: string, header: string, format: string | undefined, regions: Map<string, string>): TableColumn {
  const money = field.endsWith('_fen');
  if (!format || format === 'bool' || format === 'json') return { key: field, header, money };
  if (format === 'region_name') return { key: field, header, value: (r: Row) => (r[field] ? regions.get(String(r[field])) ?? '' : '') };
  if (format === 'list') return { key: field, header, value: (r: Row) => joined(r[field], String) };
  if (format.startsWith('list:')) {
    const label = labeller(format.slice(5));
    return { key: field, header, value: (r: Row) => joined(r[field], label) };
  }
  const label = labeller(format);
  return { key: field, header, value: (r: Row) => label(r[field]) };
}

/** The columns of `def`'s export; region names are read once when a column needs them. */
export async function exportColumns(def: ResourceDefinition, knex: Knex): Promise<TableColumn[]> {
  const specs = headersOf(def.name, fieldsOf(def));
  const needsRegions = specs.some(([, , format]) => format === 'region_name');
  const regions = new Map<string, string>();
  if (needsRegions) for (const r of await knex('regions').select('id', 'name')) regions.set(String(r.id), r.name);
  return specs.map(([field, header, format]) => column(field, header, format, regions));
}

/** The stored columns an export of `def` reads: those of its header map's fields, nothing else. */
export function exportReadColumns(def: ResourceDefinition, knex: Knex): Array<string | Knex.Raw> {
  return readColumns(def, knex, headersOf(def.name, fieldsOf(def)).map(([field]) => field));
}
