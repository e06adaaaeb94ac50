// The months between the first and last of the data, each present (zeros where nothing happened), so trends read evenly.
import type { DashboardData } from './types';

type Month = DashboardData['monthly'][number];

const next = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

export const fillMonths = (rows: Month[]): Month[] => {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => a.month.localeCompare(b.month));
  const byMonth = new Map(sorted.map((r) => [r.month, r]));
  const out: Month[] = [];
  for (let m = sorted[0].month; m <= sorted[sorted.length - 1].month; m = next(m)) {
    out.push(byMonth.get(m) ?? { month: m, claims: 0, approved_fen: 0, paid_fen: 0, enrollments: 0 });
  }
  return out;
};
