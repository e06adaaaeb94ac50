// Shared pieces of the configuration meta-schemas: labelled strings, codes, money, dates, errors.
import { Type, type SchemaOptions, type TLiteral, type TUnion } from '@sinclair/typebox';

/** One problem found in a document: where (JSON pointer) and what, in Chinese a clerk understands. */
export interface ConfigError {
  /** JSON pointer into the document, e.g. `/body/entries/3/levels/4/standard_fen`. */
  path: string;
  message: string;
}

/**
 * What the platform knows at publish time: the registered facts (each with the paths rules
 * may read, or `null` when any path is accepted) and operators. Unknown names are errors.
 *
 * @example
 * validateDocument(doc, { facts: { idCard: ['$.valid', '$.age'] }, operators: ['equal', 'between'] });
 */
export interface ValidateOptions {
  facts?: Record<string, readonly string[] | null>;
  operators?: readonly string[];
  /** Data comparisons the loaded plugins declare: what a guide material's `waived_by` may name. */
  checks?: readonly string[];
}

export { CLAIM_TYPES } from '../../schemas/common.js';
import { CLAIM_TYPES } from '../../schemas/common.js';
export const CLAIM_TYPE_LABELS: Record<ClaimType, string> = {
  training: '职业培训补贴',
  evaluation: '职业技能评价补贴',
  upgrade: '技能提升补贴',
  base_reward: '实训基地以奖代补',
};
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const KEBAB = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';
export const ISO_DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
/** A JSONPath of the subset rules use: `$.age`, `$.priorClaims[0].id`, `$['a b']`. */
export const FACT_PATH = "^\\$(\\.[A-Za-z0-9_-]+|\\[[0-9]+\\]|\\['[^']+'\\]|\\[\"[^\"]+\"\\])*$";

/** The longest text of a document field (a policy basis, a note); names and messages pass a lower `maxLength`. */
export const TEXT_MAX = 2000;

/** Non-empty text; `title` names the field in error messages. */
export const Text = (title: string, options: SchemaOptions = {}) =>
  Type.String({ minLength: 1, maxLength: TEXT_MAX, title, ...options });

/** A stable id in kebab-case (`no-double-subsidy`): one id for a rule, its tests, its i18n key. */
export const KebabId = (title: string) =>
  Type.String({
    pattern: KEBAB,
    maxLength: 64,
    title,
    errorMessage: `「${title}」只能由小写字母、数字和连字符组成，并以字母开头，如 no-double-subsidy`,
  });

/** Money in integer fen (分). */
export const Fen = (title: string, options: SchemaOptions = {}) =>
  Type.Integer({ minimum: 0, title, errorMessage: `「${title}」必须是非负整数（单位：分）`, ...options });

export const IsoDate = (title: string) =>
  Type.String({ pattern: ISO_DATE, maxLength: 10, title, errorMessage: `「${title}」必须是 YYYY-MM-DD 格式的日期，如 2024-03-01` });

export const FactPath = (title = '取值路径') =>
  Type.String({ pattern: FACT_PATH, maxLength: 256, title, errorMessage: `「${title}」必须以 $ 开头，如 $.age 或 $.priorClaims[0].id` });

/**
 * One of a fixed list of codes, with the Chinese name of each for messages and the console.
 *
 * @example
 * const Rounding = OneOf(['fen', 'yuan'], '取整方式', { fen: '精确到分', yuan: '按元取整' });
 */
export function OneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  title: string,
  labels?: Record<T[number], string>,
): TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }> {
  return Type.Union(
    values.map((v) => Type.Literal(v)),
    { title, labels },
  ) as never;
}

/** Escape one segment of a JSON pointer (RFC 6901). */
export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Build a JSON pointer from segments: `pointer('/body', 'entries', 3)` → `/body/entries/3`. */
export function pointer(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => '/' + escapeSegment(s)).join('');
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2024-02-30). */
export function isRealDate(value: unknown): value is string {
  if (typeof value !== 'string' || !new RegExp(ISO_DATE).test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Report every item whose key repeats an earlier one. */
export function duplicates<T>(
  items: readonly T[],
  keyOf: (item: T) => unknown,
  report: (index: number, key: string, firstIndex: number) => ConfigError,
): ConfigError[] {
  const seen = new Map<string, number>();
  const errors: ConfigError[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (typeof key !== 'string') return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else errors.push(report(i, key, first));
  });
  return errors;
}
