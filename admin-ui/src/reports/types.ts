// The report figures as the API returns them (core/reports/figures.ts); money in integer fen.

export const GROUPS = ['region', 'category', 'training_kind', 'occupation', 'month', 'type'] as const;
export type GroupBy = (typeof GROUPS)[number];

export interface SummaryRow { key: string; name?: string; claims: number; workers: number; requested_fen: number; approved_fen: number; paid_fen: number }
export interface Summary { group_by: GroupBy; rows: SummaryRow[] }

/** 愿培尽培: people (workers, placed_workers; the rate is theirs) and wishes (人次) apart. */
export interface PlacementFigures { wishes: number; placed_wishes: number; workers: number; placed_workers: number; rate: number; wish_rate: number }
export interface PlacementRow extends PlacementFigures { region_code: string; name: string }
export interface Placement { by_league: PlacementRow[]; total: PlacementFigures }

export interface SpendRow { fund_source_id: number; name: string; budget_fen: number; reserved_fen: number; spent_fen: number; remaining_fen: number }
export interface Spend { rows: SpendRow[] }

/** The filters every report shares: a period and a region below the user's node. */
export interface Period { from: string; to: string; region_code: string }

/** `0.8523` → `85.2%`. */
export const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
