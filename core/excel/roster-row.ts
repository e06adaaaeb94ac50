// One roster row → the body of POST /api/workers (core fields and the region form's extra fields), and its masked cells.
import type { EffectiveDocument } from '../configs/resolve.js';
import { maskAccount, maskIdNumber, maskPhone, maskText } from '../pii/mask.js';
import { formHeaders, formValue } from './form-columns.js';
import { DERIVED_HEADERS, fieldOfHeader, normaliseHeader } from './roster.js';
import { rosterValue } from './roster-values.js';

const MASKS: Record<string, (v: string) => string> = { id_number: maskIdNumber, phone: maskPhone, payee_account: maskAccount };

export interface RosterLayout {
  /** Column names as stored with the job: blanks and repeats made unique. */
  columns: string[];
  /** Worker field of each column, when it is a core column. */
  fields: Array<string | undefined>;
  /** Columns that are neither core, derived, nor a field of the default region's form. */
  unknown: string[];
}

export function rosterLayout(headers: string[], defaultForm: EffectiveDocument<'form'> | null): RosterLayout {
  const seen = new Map<string, number>();
  const columns = headers.map((h, i) => {
    const name = h === '' ? `（第${i + 1}列）` : h;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}（${n}）`;
  });
  const fields = headers.map((h) => fieldOfHeader(h));
  const form = formHeaders(defaultForm);
  const derived = new Set(DERIVED_HEADERS);
  const unknown = headers.filter((h, i) => h !== '' && !fields[i] && !derived.has(normaliseHeader(h)) && !form.has(normaliseHeader(h)));
  return { columns, fields, unknown };
}

/** The row's cells by column, personal data masked (for the errors file). */
export function maskedValues(layout: RosterLayout, cells: string[]): Record<string, string> {
  return Object.fromEntries(layout.columns.map((c, i) => {
    const mask = MASKS[layout.fields[i] ?? ''];
    const text = cells[i] ?? '';
    return [c, text === '' ? '' : mask ? mask(text.replace(/\s/g, '')) : maskText(text)];
  }));
}

/** Core fields of the row (throws CellError on a value it cannot read). */
export function coreFields(layout: RosterLayout, headers: string[], cells: string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  layout.fields.forEach((field, i) => {
    if (field && cells[i] !== '') body[field] = rosterValue(field, headers[i], cells[i]);
  });
  return body;
}

/** The region form's fields of the row, by header; columns the form does not know are left alone. */
export function extraFields(form: EffectiveDocument<'form'> | null, layout: RosterLayout, headers: string[], cells: string[]): Record<string, unknown> {
  if (!form) return {};
  const byHeader = formHeaders(form);
  const extra: Record<string, unknown> = {};
  headers.forEach((h, i) => {
    const name = layout.fields[i] ? undefined : byHeader.get(normaliseHeader(h));
    if (name && cells[i] !== '') extra[name] = formValue(form, name, h, cells[i]);
  });
  return extra;
}
