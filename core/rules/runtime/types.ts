// The stored decision of a claim: TypeBox schema and type (API responses, OpenAPI and the stored JSON alike).
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../schemas/common.js';

export const OUTCOMES = ['eligible', 'ineligible', 'needs_review'] as const;
export type Outcome = (typeof OUTCOMES)[number];
const OutcomeSchema = Type.Union(OUTCOMES.map((o) => Type.Literal(o)));

/** One evaluated comparison of a rule, flattened out of its all/any/not tree. */
export const ConditionExplanation = Type.Object({
  fact: Type.String(),
  fact_label: Type.String(),
  path: Nullable(Type.String()),
  path_label: Type.String(),
  /** As written, decorators included (`not:equal`). */
  operator: Type.String(),
  operator_label: Type.String(),
  /** The value compared with: the literal written, or the referenced fact's value. */
  expected: Type.Unknown(),
  /** Present when the rule compares with another fact (`value: { fact, path }`). */
  expected_from: Type.Optional(Type.Object({ fact: Type.String(), path: Nullable(Type.String()), label: Type.String() })),
  /** The fact's value (read from the snapshot even when the engine skipped the comparison). */
  actual: Type.Unknown(),
  /** The comparison's own result; null when it was not evaluated. */
  passed: Nullable(Type.Boolean()),
  /** False when json-rules-engine skipped it because the rule's result was already decided. */
  evaluated: Type.Boolean(),
  /** Under an odd number of `not`: the rule needs this comparison to fail. */
  negated: Type.Optional(Type.Boolean()),
  /** `申请日年龄（周岁） 45 介于 16～60：符合` */
  message: Type.String(),
});
export type ConditionExplanation = Static<typeof ConditionExplanation>;

export const RuleExplanation = Type.Object({
  id: Type.String(),
  name: Type.String(),
  basis: Type.String(),
  mandatory: Type.Boolean(),
  /** The region node whose document this rule came from (an override names the overriding node). */
  source_node: Nullable(Type.String()),
  passed: Type.Boolean(),
  on_fail: Type.Union([Type.Literal('ineligible'), Type.Literal('needs_review')]),
  /** Chinese, placeholders filled: the failure message, or the pass message when it passed. */
  message: Type.String(),
  conditions: Type.Array(ConditionExplanation),
});
export type RuleExplanation = Static<typeof RuleExplanation>;

export const AmountExplanation = Type.Object({
  base_fen: Type.Integer(),
  scale: Nullable(Type.Number()),
  cap_fen: Nullable(Type.Integer()),
  rounding: Type.Union([Type.Literal('fen'), Type.Literal('yuan')]),
  /** The amount the formula gives, whatever the outcome. */
  computed_fen: Type.Integer(),
  explanation: Type.String(),
  /** The computation with its numbers, in Chinese. */
  formula: Type.String(),
});
export type AmountExplanation = Static<typeof AmountExplanation>;

export const ChainEntry = Type.Object({ node: Type.String(), node_name: Type.String(), config_id: Type.Integer(), version: Type.Integer() });
export type ChainEntry = Static<typeof ChainEntry>;

export const WaivedMaterial = Type.Object({
  service: Type.String(),
  material: Type.String(),
  material_name: Type.String(),
  waived_by: Type.String(),
  /** The data comparison's result: true waives the paper proof; false or null (unknown) does not. */
  confirmed: Nullable(Type.Boolean()),
});
export type WaivedMaterial = Static<typeof WaivedMaterial>;

export const Decision = Type.Object({
  outcome: OutcomeSchema,
  outcome_label: Type.String(),
  /** Integer fen: the computed amount when eligible or needs_review (what the reviewer would approve), 0 when ineligible. */
  amount_fen: Type.Integer({ minimum: 0 }),
  /** Null when the rule set computes no amount. */
  amount: Nullable(AmountExplanation),
  /** The messages of the failed rules, ineligible ones first. */
  reasons: Type.Array(Type.String()),
  ruleset: Type.Object({
    node: Type.String(),
    key: Type.String(),
    date: Type.String(),
    /** The documents merged, from the base down to the claim's node. */
    chain: Type.Array(ChainEntry),
    /** Every document the resolution read (the chain, plus the ancestors' a lower base inherits mandatory rules from): replays read exactly these. */
    documents: Type.Array(ChainEntry),
    /** Rule id → the document it came from (`{ node, version, overrides? }`). */
    sources: Type.Record(Type.String(), Type.Unknown()),
  }),
  /** The guide documents the waived materials were read from (null: no guide in force). */
  guide: Nullable(Type.Object({ chain: Type.Array(ChainEntry), documents: Type.Array(ChainEntry) })),
  /** The fact snapshot the rules ran on (no clear ID or phone number). */
  facts: Type.Record(Type.String(), Type.Unknown()),
  /** Every rule of the rule set, in its written order. */
  rules: Type.Array(RuleExplanation),
  waived_materials: Type.Array(WaivedMaterial),
  evaluated_at: Type.String(),
  engine_version: Type.String(),
});
export type Decision = Static<typeof Decision>;

export const OUTCOME_LABELS: Record<Outcome, string> = { eligible: '符合条件', ineligible: '不符合条件', needs_review: '需人工审核' };

/** Changes with any change of how a decision is computed from (rule set, snapshot): replays compare it. */
export const ENGINE_VERSION = 'steppe-rules/1 (json-rules-engine 7 semantics)';
