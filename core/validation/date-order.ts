// A record's date range in order: the end not before the start, checked on the merged record of an update.
import { badRequest } from '../http/errors.js';

/** Refuses (400 naming the end field) a range whose end is before its start; `label` names the record to the clerk. */
export function checkDates(row: Record<string, unknown>, before: Record<string, unknown> | undefined, from: string, to: string, label: string): void {
  const merged = { ...before, ...row };
  if (merged[from] && merged[to] && String(merged[to]) < String(merged[from])) throw badRequest(`${label}的结束日期不能早于开始日期`, to);
}
