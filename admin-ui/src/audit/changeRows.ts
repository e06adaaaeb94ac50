// An audit entry's changes as rows a person reads: field (its Chinese label), before, after. A transition or update
// records [before, after] pairs; a creation records the values it set.
export interface ChangeRow { field: string; before: unknown; after: unknown }

const isPair = (v: unknown): v is [unknown, unknown] => Array.isArray(v) && v.length === 2;

export function changeRows(changes: unknown): ChangeRow[] {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, value]) =>
    isPair(value) ? { field, before: value[0], after: value[1] } : { field, before: undefined, after: value });
}

/** A value in a cell: text as is, lists joined, objects as compact JSON. */
export const cellText = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('、');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};
