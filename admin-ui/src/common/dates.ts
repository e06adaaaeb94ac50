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
