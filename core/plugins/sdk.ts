// The plugin SDK: the one module a rule plugin imports. Typed facts (a TypeBox schema per value), operators, verifiers, risk checks.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { Claim } from '../entities/claims.js';
import type {
  FactContext,
  FactDefinition,
  OperatorDefinition,
  RiskCheckDefinition,
  SteppePlugin,
  VerifierDefinition,
  VerificationCheckDefinition,
} from './contract.js';
import { fieldsOf } from './fact-schema.js';

export { Type, type Static, type TSchema };
export type { Knex } from 'knex';
export type {
  FactServices,
  Json,
  RiskCheckDefinition,
  RiskHit,
  RiskScanContext,
  Severity,
  SteppePlugin,
  VerificationCheckDefinition,
  VerificationResult,
  VerificationSubject,
  VerifierDefinition,
} from './contract.js';

/** A fact made by `defineFact`: its value's schema travels with it, so facts that read it are typed. */
export interface Fact<Id extends string = string, S extends TSchema = TSchema> extends FactDefinition {
  readonly id: Id;
  readonly value: S;
  readonly fields: Record<string, string>;
}

/**
 * What a fact reads of a fact another plugin provides, by id, with the part of its value it
 * uses. In tests and development the provided value is checked against it too.
 *
 * @example
 * const idCard = factRef('idCard', Type.Object({ birthRegionCode: Type.Union([Type.String(), Type.Null()]) }));
 */
export interface FactRef<Id extends string = string, S extends TSchema = TSchema> {
  readonly id: Id;
  readonly value: S;
}

export function factRef<const Id extends string, S extends TSchema>(id: Id, value: S): FactRef<Id, S> {
  return { id, value };
}

/** The values of `dependsOn`, by id, typed from their schemas. */
export type FactValues<Deps extends readonly FactRef[]> = { [D in Deps[number] as D['id']]: Static<D['value']> };

/** What `resolve` receives: `ctx.facts` typed from `dependsOn`, `ctx.claim` the stored claim. */
export interface TypedFactContext<Deps extends readonly FactRef[]> extends Omit<FactContext, 'facts' | 'claim'> {
  /** The claim being decided, as stored. */
  claim: Readonly<Claim>;
  /** The facts named in `dependsOn`, resolved first. */
  facts: FactValues<Deps>;
}

export interface FactSpec<Id extends string, S extends TSchema, Deps extends readonly FactRef[]> {
  /** The name rules use in `fact`. */
  id: Id;
  /** How a clerk reads it, in Chinese. */
  label: string;
  /**
   * The value's TypeBox schema. Every property carries a Chinese `title`: the paths rules may
   * read (`$.local`) and the labels explanations show come from it.
   */
  value: S;
  /** Facts this one reads from `ctx.facts` (their `Fact` objects, or `factRef`s); they are resolved first. */
  dependsOn?: Deps;
  /** The value for one claim: JSON, total (return `{ found: false, … }` rather than throwing). Never a clear ID or phone number. */
  resolve(ctx: TypedFactContext<Deps>): Promise<Static<S>>;
}

/**
 * A fact whose value has a schema. Publishing checks rule paths against the schema's
 * fields; in tests and development every resolved value is checked against it.
 *
 * @example
 * export const hukou = defineFact({
 *   id: 'hukou',
 *   label: '户籍',
 *   value: Type.Object({ local: Type.Boolean({ title: '户籍在申请地盟市' }) }),
 *   dependsOn: [factRef('claim', Type.Object({ leagueCode: Type.String() }))],
 *   resolve: async (ctx) => ({ local: ctx.facts.claim.leagueCode === '150200' }),
 * });
 */
export function defineFact<const Id extends string, S extends TSchema, const Deps extends readonly FactRef[] = []>(spec: FactSpec<Id, S, Deps>): Fact<Id, S> {
  const fields = fieldsOf(spec.id, spec.value);
  const deps = spec.dependsOn ?? [];
  return {
    id: spec.id,
    label: spec.label,
    value: spec.value,
    fields,
    dependsOn: deps.map((d) => d.id),
    dependsOnSchemas: Object.fromEntries(deps.map((d) => [d.id, d.value])),
    // the runtime hands the context untyped; the schemas above are what make these types true (checked in tests and development)
    resolve: (ctx) => spec.resolve(ctx as unknown as TypedFactContext<Deps>),
  };
}

/**
 * An operator: how a rule compares a fact value with the value written in the condition
 * (json-rules-engine's contract; `validateFactValue` false → the condition is false).
 *
 * @example
 * export const startsWith = defineOperator({
 *   name: 'startsWith', label: '开头为',
 *   validateFactValue: (v): v is string => typeof v === 'string',
 *   evaluate: (fact, prefix) => typeof prefix === 'string' && fact.startsWith(prefix),
 * });
 */
export function defineOperator<F = unknown>(spec: {
  name: string;
  label: string;
  validateFactValue?: (v: unknown) => v is F;
  evaluate(factValue: F, compareValue: unknown): boolean;
}): OperatorDefinition {
  return spec as OperatorDefinition;
}

/**
 * A data comparison (大数据比对) the platform can run: its id is what verifiers serve, what a
 * guide material's `waived_by` names and what the console offers.
 *
 * @example
 * export const housingFund = defineCheck({ id: 'housing_fund', label: '住房公积金缴存信息比对', source: '住房公积金管理中心' });
 */
export function defineCheck(spec: VerificationCheckDefinition): VerificationCheckDefinition {
  return spec;
}

/** A verifier (data-comparison adapter) for a registered check. */
export function defineVerifier(spec: VerifierDefinition): VerifierDefinition {
  return spec;
}

/** A risk check (风险隐患清单 item). */
export function defineRiskCheck(spec: RiskCheckDefinition): RiskCheckDefinition {
  return spec;
}

/**
 * The plugin object a plugin folder's `index.ts` default-exports. Nothing registers by side
 * effect: what this object lists is all the plugin provides.
 */
export function definePlugin(plugin: SteppePlugin): SteppePlugin {
  return plugin;
}
