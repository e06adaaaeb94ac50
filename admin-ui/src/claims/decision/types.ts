// The decision of a claim as GET /api/claims/:id/decision returns it (core/rules/runtime/types.ts).
export interface ConditionView {
  fact: string;
  fact_label: string;
  path: string | null;
  path_label: string;
  operator: string;
  operator_label: string;
  expected: unknown;
  expected_from?: { fact: string; path: string | null; label: string };
  actual: unknown;
  passed: boolean | null;
  evaluated: boolean;
  negated?: boolean;
  message: string;
}

export interface RuleView {
  id: string;
  name: string;
  basis: string;
  mandatory: boolean;
  source_node: string | null;
  passed: boolean;
  on_fail: 'ineligible' | 'needs_review';
  message: string;
  conditions: ConditionView[];
}

export interface ChainLink {
  node: string;
  node_name: string;
  config_id: number;
  version: number;
}

export interface DecisionView {
  outcome: 'eligible' | 'ineligible' | 'needs_review';
  amount_fen: number;
  amount: null | { base_fen: number; scale: number | null; cap_fen: number | null; rounding: string; explanation: string; formula: string };
  reasons?: string[];
  ruleset: { node: string; key: string; date: string; chain: ChainLink[] };
  facts?: Record<string, unknown>;
  rules: RuleView[];
  waived_materials?: Array<{ service: string; material: string; material_name?: string; waived_by: string; confirmed: boolean | null }>;
  evaluated_at?: string;
}
