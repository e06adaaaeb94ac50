// The plugin contract: what a TypeScript rule plugin under plugins/ exports.
import type { Knex } from 'knex';
import type { TSchema } from '@sinclair/typebox';
import type { ConfigKind } from '../configs/kinds/index.js';
import type { EffectiveDocument } from '../configs/resolve.js';

/** A JSON value as stored in a fact snapshot. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * An operator compares a fact value with the value written in a rule condition.
 * Same semantics as json-rules-engine's `Operator`: when `validateFactValue` exists and
 * returns false, the condition is false without calling `evaluate`.
 *
 * @example
 * const between: OperatorDefinition = {
 *   name: 'between',
 *   label: '介于',
 *   validateFactValue: (v) => typeof v === 'number',
 *   evaluate: (fact, [min, max]) => (fact as number) >= min && (fact as number) <= max,
 * };
 */
export interface OperatorDefinition {
  /** The name rules use in `operator`. */
  name: string;
  /** How a clerk reads it, in Chinese: `大于等于`. */
  label: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- json-rules-engine's contract: validateFactValue narrows, evaluate trusts it (defineOperator types it)
  evaluate(factValue: any, compareValue: any): boolean;
  validateFactValue?(factValue: unknown): boolean;
}

/** What a fact resolver may use to gather its value for one claim. */
export interface FactContext {
  db: Knex;
  /** The claim being decided, as stored (snake_case columns); the SDK's typed facts (core/plugins/sdk.ts) give it the Claim type. */
  claim: Record<string, unknown>;
  /** The date the claim is decided for (`YYYY-MM-DD`). */
  date: string;
  /** The claim's region node and its ancestors, nearest first (`['150203','150200','150000']`). */
  regionChain: string[];
  /** Values of facts already gathered, by id (a fact may build on another); the SDK's typed facts type them from `dependsOn`. */
  facts: Record<string, unknown>;
  /** Loaded services the runtime hands to plugins (catalog in force, verifiers). */
  services: FactServices;
}

export interface FactServices {
  /**
   * The effective document of a kind for a node on a date, or null: its body of the kind's type
   * (`effectiveConfig(node, 'catalog', …)` has `body.entries`), `version` the node's own document's.
   */
  effectiveConfig<K extends ConfigKind>(nodeCode: string, kind: K, key: string, date: string): Promise<(EffectiveDocument<K> & { version: number }) | null>;
  /** The ids of the data comparisons the loaded plugins declare, in registration order. */
  checks(): string[];
  /** Run every registered verifier of a check and record the results. */
  verify(check: string, subject: VerificationSubject): Promise<VerificationResult | null>;
  /** The clear resident ID number of a worker, for facts derived from it; never store it in a fact. */
  residentId(workerId: number): Promise<string | null>;
  /** The blind index of a worker's resident ID (for verifiers and cross-record matching). */
  residentIdIndex(workerId: number): Promise<string | null>;
}

/**
 * A fact: a named value gathered once per claim, before the rules run, and stored in the
 * decision's snapshot so that the decision can be replayed without the database.
 *
 * @example
 * const age: FactDefinition = {
 *   id: 'idCard',
 *   label: '身份证信息',
 *   fields: { '$.age': '年龄（周岁）', '$.valid': '身份证号码有效' },
 *   resolve: async (ctx) => ({ age: 45, valid: true }),
 * };
 */
export interface FactDefinition {
  id: string;
  label: string;
  /** Chinese labels of the paths rules use, for explanations: `{ '$.age': '年龄（周岁）' }`. */
  fields?: Record<string, string>;
  /**
   * The value type of each path in `fields`, for the console's rule builder (operators and value
   * editors): `{ '$.age': { type: 'integer' } }`, `{ type: 'choice', choices: { pass: '合格' } }`. See core/configs/field-types.ts.
   */
  types?: Record<string, { type: string; choices?: Record<string, string> }>;
  /** Facts this one reads from `ctx.facts`; they are resolved first. */
  dependsOn?: string[];
  /** The value's TypeBox schema (`defineFact`): fields derive from it, and resolved values are checked against it in tests and development. */
  value?: TSchema;
  /** What this fact expects of each dependency's value (`factRef`), checked like `value`. */
  dependsOnSchemas?: Record<string, TSchema>;
  /** Returns a JSON-serialisable value (it is stored in the decision's snapshot). */
  resolve(ctx: FactContext): Promise<unknown>;
}

export interface VerificationSubject {
  /** Blind index of the resident ID number (never the clear number). */
  idIndex: string;
  workerId?: number;
  /** The worker's name as registered: an identity source (公安人口库) compares it with the number. */
  name?: string;
  /**
   * The clear resident ID number, for an adapter that must send it to its authoritative source (a live 公安人口库
   * interface); the reference table matches by `idIndex` and never calls it. Never put the number in a result.
   */
  residentId?(): Promise<string | null>;
  occupationCode?: string;
  level?: string;
  date: string;
}

export interface VerificationResult {
  check: string;
  /** true: confirmed; false: confirmed not to hold; null: the source does not know. */
  confirmed: boolean | null;
  source: string;
  checkedAt: string;
  detail?: Json;
}

/**
 * A data-comparison adapter (大数据比对): confirms a fact about a person from a registry.
 *
 * @example
 * const insurance: VerifierDefinition = {
 *   check: 'social_insurance',
 *   label: '社会保险参保状态',
 *   source: 'reference-table',
 *   verify: async (db, subject) => ({ check: 'social_insurance', confirmed: true, source: 'reference-table', checkedAt: new Date().toISOString() }),
 * };
 */
export interface VerifierDefinition {
  check: string;
  label: string;
  source: string;
  verify(db: Knex, subject: VerificationSubject): Promise<VerificationResult>;
}

/** A data comparison the platform can run (`identity`, `social_insurance` …): verifiers serve it, guides waive materials by it. */
export interface VerificationCheckDefinition {
  /** snake_case id: what `VerifierDefinition.check` and a guide material's `waived_by` name. */
  id: string;
  /** How a clerk names it: `社会保险参保信息比对`. */
  label: string;
  /** Its authoritative source in a deployment: `社会保险信息系统`. */
  source: string;
}

export type Severity = 'low' | 'medium' | 'high';

export interface RiskHit {
  /** Stable key of what was found, so that a re-scan finds the same case. */
  key: string;
  regionCode: string;
  summary: string;
  evidence: Json;
  claimIds?: number[];
  institutionId?: number | null;
  workerIds?: number[];
}

export interface RiskScanContext {
  db: Knex;
  /** Region codes of the scanned subtree. */
  regionCodes: string[];
  /** Limit to these claims (at submission), or all of the subtree when absent. */
  claimIds?: number[];
  today: string;
}

/**
 * A risk check (风险隐患清单 item): finds a pattern of fraud or error.
 *
 * @example
 * const sharedPhone: RiskCheckDefinition = {
 *   id: 'shared-phone',
 *   title: '多名人员共用同一手机号',
 *   severity: 'medium',
 *   run: async (ctx) => [],
 * };
 */
export interface RiskCheckDefinition {
  id: string;
  title: string;
  severity: Severity;
  description?: string;
  run(ctx: RiskScanContext): Promise<RiskHit[]>;
}

/** A text message to a worker's phone (a one-time code), in clear only on its way to the adapter. */
export interface SmsMessage {
  phone: string;
  body: string;
  /** Why it is sent: `otp` (查进度 one-time code). */
  purpose: 'otp';
  /** The worker's region node (the outbox is scoped by it in the console). */
  regionCode: string;
}

/**
 * An SMS delivery adapter: a deployment's gateway (运营商短信网关, 政务短信平台). The first loaded plugin
 * that provides one sends every message; without any, the built-in adapter writes to the `sms_outbox`
 * table the console shows (core/public/sms.ts). Never log or return the phone number or the body.
 *
 * @example
 * const gateway: SmsSenderDefinition = {
 *   id: 'gov-sms', label: '政务短信平台',
 *   send: async (db, message) => ({ accepted: true, reference: await postToGateway(message.phone, message.body) }),
 * };
 */
export interface SmsSenderDefinition {
  id: string;
  label: string;
  send(db: Knex, message: SmsMessage): Promise<{ accepted: boolean; reference?: string }>;
}

/** A plugin: one folder under plugins/, its entry default-exports this object. */
export interface SteppePlugin {
  id: string;
  version: string;
  description?: string;
  facts?: FactDefinition[];
  operators?: OperatorDefinition[];
  verifiers?: VerifierDefinition[];
  riskChecks?: RiskCheckDefinition[];
  smsSenders?: SmsSenderDefinition[];
  /** Data comparisons this plugin adds to the platform (its own verifiers, or another plugin's, serve them). */
  checks?: VerificationCheckDefinition[];
}

/** Identity function that gives a plugin object its type. */
export function definePlugin(plugin: SteppePlugin): SteppePlugin {
  return plugin;
}
