// The decision of a claim as GET /api/claims/:id/decision returns it: the server's own types (core/rules/runtime/types.ts),
// imported as types only, so the console follows any change to the stored decision at compile time.
import type { ChainEntry, ConditionExplanation, Decision, RuleExplanation } from '../../../../core/rules/runtime/types';

export type ConditionView = ConditionExplanation;
export type RuleView = RuleExplanation;
export type ChainLink = ChainEntry;
export type DecisionView = Decision;
