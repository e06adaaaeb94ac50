// A resource's export columns: the header map of headers.ts turned into table columns (labels, region names, yuan).
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../resources/definition.js';
import { readColumns, type ResourceService } from '../resources/service.js';
import { fieldsOf } from '../resources/fields.js';
import { headersOf } from './headers.js';
import { cellValue, csvField } from './cells.js';
import { VALUE_LABELS } from './labels.js';
import type { Row, TableColumn } from './table.js';

const joined = (items: unknown, label: (v: unknown) => string) => (Array.isArray(items) ? items.map(label).join('、') : items);

/** The CSV text of a value as every writer cell gets it (cellValue, then csvField). */
const csvText = (value: unknown, money = false) => csvField(cellValue(value, money), money);

/** labelOf for one enum, as a lookup made once per export (it runs for every cell of the column). */
function labeller(name: string): (value: unknown) => string {
  const labels = new Map(Object.entries(VALUE_LABELS[name] ?? {}));
  return (v) => (v === null || v === undefined ? '' : labels.get(String(v)) ?? String(v));
}

/** The CSV text of labeller(name)'s label, each label's text worked out once. */
function labelCsv(name: string): (value: unknown) => string {
  const texts = new Map(Object.entries(VALUE_LABELS[name] ?? {}).map(([code, label]) => [code, csvText(label)]));
  return (v) => (v === null || v === undefined ? '' : texts.get(String(v)) ?? csvText(String(v)));
}

/** Most distinct stored values a column remembers the CSV text of. */
const MEMO = 10_000;

/**
 * `text` remembered by the stored value of `field` (the JSON text of a list): a list column repeats a few combinations,
 * and parsing, labelling and joining each again cost more than the rest of the row.
 */
function memoised(field: string, text: (row: Row) => string): (row: Row) => string {
  const seen = new Map<string, string>();
  return (row) => {
    const key = row[field];
    if (typeof key !== 'string') return text(row);
    let t = seen.get(key);
    if (t === undefined) {
      t = text(row);
      if (seen.size < MEMO) seen.set(key, t);
    }
    return t;
  };
}

/**
 * A column of the export, its cell worked out from the stored row (`get` reads the field as the API record holds it):
 * `value` for the .xlsx writer, `csv` the same cell's CSV text with what can be worked out once worked out once.
 */
function column(field: string, header: string, format: string | undefined, regions: Map<string, string>, get: (row: Row) => unknown): TableColumn {
  const money = field.endsWith('_fen');
  if (!format || format === 'bool' || format === 'json') return { key: field, header, money, value: get, csv: (r) => csvText(get(r), money) };
  if (format === 'region_name') {
    const names = new Map([...regions].map(([id, name]) => [id, csvText(name)]));
    return {
      key: field, header,
      value: (r: Row) => { const v = get(r); return v ? regions.get(String(v)) ?? '' : ''; },
      csv: (r: Row) => { const v = get(r); return v ? names.get(String(v)) ?? '' : ''; },
    };
  }
  if (format === 'list') {
    const value = (r: Row) => joined(get(r), String);
    return { key: field, header, value, csv: memoised(field, (r) => csvText(value(r))) };
  }
  if (format.startsWith('list:')) {
    const label = labeller(format.slice(5));
    const value = (r: Row) => joined(get(r), label);
    return { key: field, header, value, csv: memoised(field, (r) => csvText(value(r))) };
  }
  const label = labeller(format);
  const text = labelCsv(format);
  return { key: field, header, value: (r: Row) => label(get(r)), csv: (r: Row) => text(get(r)) };
}

/**
 * The columns of `service`'s export, read from stored rows as exportReadColumns selects them (keysetRows), not from API
 * records; region names are read once when a column needs them.
 */
export async function exportColumns(service: ResourceService, knex: Knex): Promise<TableColumn[]> {
  const { def } = service;
  const specs = headersOf(def.name, fieldsOf(def));
  const needsRegions = specs.some(([, , format]) => format === 'region_name');
  const regions = new Map<string, string>();
  if (needsRegions) for (const r of await knex('regions').select('id', 'name')) regions.set(String(r.id), r.name);
  const readers = new Map<string, (row: Row) => unknown>();
  for (const [field] of specs) if (!readers.has(field)) readers.set(field, service.fieldReader(field));
  return specs.map(([field, header, format]) => column(field, header, format, regions, readers.get(field)!));
}

/** The stored columns an export of `def` reads: those of its header map's fields, nothing else. */
export function exportReadColumns(def: ResourceDefinition, knex: Knex): Array<string | Knex.Raw> {
  return readColumns(def, knex, headersOf(def.name, fieldsOf(def)).map(([field]) => field));
}
