// Tests of the month filling of the dashboard trend.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fillMonths } from './months';

describe('fillMonths', () => {
  it('fills the gaps, across a year end, in order', () => {
    const row = (month: string, claims: number) => ({ month, claims, approved_fen: 0, paid_fen: 0, enrollments: 0 });
    expect(fillMonths([row('2026-02', 3), row('2025-11', 1)]).map((r) => [r.month, r.claims])).toEqual([
      ['2025-11', 1], ['2025-12', 0], ['2026-01', 0], ['2026-02', 3],
    ]);
  });
});
