// How a summary row's key reads: categories, training kinds and claim types by their Chinese labels, regions by name,
// months as 2025年7月, occupation codes as they are; the API's `(无)` as what it means for that grouping.
import { formatMonth } from '../common/dates';
import type { GroupBy, SummaryRow } from './types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const ENUM_OF: Partial<Record<GroupBy, string>> = { category: 'worker_category', training_kind: 'training_kind', type: 'claim_type' };
/** What the API sends for a claim without a value in the grouped column. */
export const NO_VALUE = '(无)';

export const groupLabel = (groupBy: GroupBy, row: Pick<SummaryRow, 'key' | 'name'>, translate: Translate): string => {
  const key = String(row.key ?? NO_VALUE);
  if (key === NO_VALUE || key === '') return translate(`steppe.reports.none.${groupBy}`);
  const en = ENUM_OF[groupBy];
  if (en) return translate(`steppe.enums.${en}.${key}`, { _: key });
  if (groupBy === 'region') return row.name && row.name !== key ? row.name : key;
  if (groupBy === 'month') return formatMonth(key);
  return key;
};
