// Date helpers for forms: today's date as the `YYYY-MM-DD` string the API stores, and a range check.

/** Today in local time as `YYYY-MM-DD`, for `defaultValue`. */
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A form-level check that `to` is not before `from`; use in a SimpleForm `validate`. */
export const dateOrder = (from: string, to: string) => (values: Record<string, unknown>) => {
  const a = values[from];
  const b = values[to];
  return typeof a === 'string' && typeof b === 'string' && b < a ? { [to]: 'steppe.validation.date_order' } : {};
};

/** DateTimeInput `parse`: the local `yyyy-MM-ddThh:mm` it yields, as an ISO 8601 timestamp (or null). */
export const toIsoTimestamp = (value: string) => (value ? new Date(value).toISOString() : null);

const pad = (n: number) => String(n).padStart(2, '0');

/** A stored ISO timestamp as local `YYYY-MM-DD HH:mm` (how a clerk writes a time on a file). */
export const formatDateTime = (iso: string) => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** `2025-07` → `2025年7月`; anything else as it is. */
export const formatMonth = (month: string) => {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[1]}年${Number(m[2])}月` : month;
};
