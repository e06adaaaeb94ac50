// GET /api/reports/dashboard: figures of the caller's scope (the API scopes them to the user's node).
export interface DashboardData {
  workers_by_category: Array<{ key: string; count: number }>;
  /** 愿培尽培: `workers`/`placed_workers` are people (the rate is theirs), `wishes`/`placed_wishes` wishes (人次). */
  placement_by_league: Array<{ region_code: string; name: string; wishes: number; placed_wishes: number; workers: number; placed_workers: number; rate: number; wish_rate: number }>;
  claims_by_state: Array<{ key: string; count: number; amount_fen: number }>;
  spend_by_fund: Array<{ fund_source_id: number; name: string; budget_fen: number; reserved_fen: number; spent_fen: number }>;
  monthly: Array<{ month: string; claims: number; approved_fen: number; paid_fen: number; enrollments: number }>;
}

/** Fen as yuan for a chart axis (charts plot numbers; labels are formatted by formatFen). */
export const yuan = (fen: number) => Math.round(fen) / 100;
