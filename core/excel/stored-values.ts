// A field's value read straight from a stored row as the API record holds it: what an export needs of toRecord for the
// few fields it shows, without building a whole record per row (an export of a million rows spent its time there).
import { fieldsOf } from '../resources/fields.js';
import type { ResourceService, StoredRow } from '../resources/service.js';

/**
 * The value of `field` that `service.toRecord(row)[field]` gives, read from `row` alone: a stored mask as is, JSON parsed,
 * booleans and numbers converted. A personal field without a stored mask (a row from before masks) goes through toRecord,
 * the one place that decrypts and masks.
 */
export function storedValue(service: ResourceService, field: string): (row: StoredRow) => unknown {
  const { def } = service;
  if (def.pii?.[field]) {
    const mask = `${field}_mask`;
    const enc = `${field}_enc`;
    return (row) => row[mask] || (row[enc] === null || row[enc] === undefined ? null : service.toRecord(row)[field]);
  }
  switch (fieldsOf(def).get(field)?.kind) {
    case 'json': return (row) => (typeof row[field] === 'string' ? JSON.parse(row[field]) : row[field]);
    case 'boolean': return (row) => (row[field] === null || row[field] === undefined ? row[field] : Boolean(row[field]));
    case 'integer':
    case 'number': return (row) => (row[field] === null || row[field] === undefined ? row[field] : Number(row[field]));
    default: return (row) => row[field];
  }
}
