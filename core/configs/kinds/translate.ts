// Turns TypeBox validation errors into Chinese messages with JSON-pointer paths.
import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ValueErrorType, type ValueError, type ValueErrorIterator } from '@sinclair/typebox/errors';
import { isObject, type ConfigError } from './common.js';

type Schema = TSchema;

/**
 * Validate `value` against `schema` and describe each problem in Chinese. Schema options
 * drive the wording: `title` names the field, `errorMessage` replaces the generic sentence,
 * `labels` gives the Chinese name of each allowed code.
 *
 * @example
 * schemaErrors(CatalogBody, body, '/body');
 * // [{ path: '/body/entries/3/levels/4/standard_fen', message: '「补贴标准」必须是非负整数（单位：分）' }]
 */
export function schemaErrors(schema: TSchema, value: unknown, base = ''): ConfigError[] {
  const raw = collect(Value.Errors(schema, value));
  const required = new Set(raw.filter((e) => e.type === ValueErrorType.ObjectRequiredProperty).map((e) => e.path));
  const out: ConfigError[] = [];
  const seen = new Set<string>();
  for (const e of raw) {
    // A missing field also fails its type check; one message is enough.
    if (required.has(e.path) && e.type !== ValueErrorType.ObjectRequiredProperty) continue;
    const error = { path: base + e.path, message: describe(e) };
    const key = `${error.path}\u0000${error.message}`;
    if (!seen.has(key)) {
      out.push(error);
      seen.add(key);
    }
  }
  return out;
}

/** Flatten the errors, descending into the one branch of each union the value was meant to be. */
function collect(errors: ValueErrorIterator | Iterable<ValueError>): ValueError[] {
  const out: ValueError[] = [];
  for (const e of errors) {
    if (e.type !== ValueErrorType.Union || isEnum(e.schema)) {
      out.push(e);
      continue;
    }
    const branch = pickBranch(e);
    out.push(...(branch ?? [e]));
  }
  return out;
}

/** The errors of the branch that best matches the value's shape, or null if none does. */
function pickBranch(e: ValueError): ValueError[] | null {
  const branches: Schema[] = (e.schema as Schema).anyOf ?? [];
  const candidates = branches
    .map((branch, i) => ({ score: shapeScore(branch, e.value), sub: e.errors[i] }))
    .filter((c) => c.score >= 0);
  if (candidates.length === 0) return null;
  const top = Math.max(...candidates.map((c) => c.score));
  const best = candidates.filter((c) => c.score === top);
  // An object sharing no key with any of several shapes: the union's own message says what is expected.
  if (best.length > 1 && top === 0 && isObject(e.value)) return null;
  const scored = best.map((c) => (c.sub ? collect(c.sub) : []));
  return scored.reduce((a, b) => (b.length < a.length ? b : a));
}

/** How well a value fits a branch: -1 for a different JSON type, higher for more shared keys. */
function shapeScore(branch: Schema, value: unknown): number {
  const type = jsonType(value);
  const expected = branch.type ?? (branch.const !== undefined ? jsonType(branch.const) : undefined);
  if (expected !== undefined && expected !== type && !(expected === 'integer' && type === 'number')) return -1;
  if (type !== 'object' || !isObject(value)) return 0;
  const required: string[] = branch.required ?? [];
  const declared = Object.keys(branch.properties ?? {});
  const keys = Object.keys(value);
  return required.filter((k) => k in value).length + keys.filter((k) => declared.includes(k)).length;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const isEnum = (schema: Schema) =>
  Array.isArray(schema.anyOf) && schema.anyOf.length > 0 && schema.anyOf.every((s: Schema) => s.const !== undefined);

function label(e: ValueError): string {
  const title = (e.schema as Schema).title;
  if (title) return `「${title}」`;
  const last = e.path.split('/').pop() ?? '';
  return last ? `「${last}」` : '文档';
}

function describe(e: ValueError): string {
  const s = e.schema as Schema;
  const field = label(e);
  const lastKey = (e.path.split('/').pop() ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return `缺少必填项${field}`;
    case ValueErrorType.ObjectAdditionalProperties:
      return s.errorMessage ?? `不认识的字段「${lastKey}」，请检查拼写或删除该字段`;
  }
  if (s.errorMessage) return s.errorMessage;
  switch (e.type) {
    case ValueErrorType.Union:
      return isEnum(s) ? `${field}必须是以下之一：${enumText(s)}` : `${field}的结构不正确`;
    case ValueErrorType.Literal:
      return `${field}必须是 ${JSON.stringify(s.const)}`;
    case ValueErrorType.String:
      return `${field}必须是文字`;
    case ValueErrorType.StringMinLength:
      return s.minLength === 1 ? `${field}不能为空` : `${field}至少需要 ${s.minLength} 个字符`;
    case ValueErrorType.StringMaxLength:
      return `${field}不能超过 ${s.maxLength} 个字符`;
    case ValueErrorType.StringPattern:
    case ValueErrorType.StringFormat:
      return `${field}格式不正确`;
    case ValueErrorType.Integer:
      return `${field}必须是整数`;
    case ValueErrorType.Number:
      return `${field}必须是数字`;
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.NumberMinimum:
      return `${field}不能小于 ${s.minimum}`;
    case ValueErrorType.IntegerMaximum:
    case ValueErrorType.NumberMaximum:
      return `${field}不能大于 ${s.maximum}`;
    case ValueErrorType.IntegerExclusiveMinimum:
    case ValueErrorType.NumberExclusiveMinimum:
      return `${field}必须大于 ${s.exclusiveMinimum}`;
    case ValueErrorType.IntegerExclusiveMaximum:
    case ValueErrorType.NumberExclusiveMaximum:
      return `${field}必须小于 ${s.exclusiveMaximum}`;
    case ValueErrorType.Boolean:
      return `${field}必须是 true（是）或 false（否）`;
    case ValueErrorType.Null:
      return `${field}必须为空（null）`;
    case ValueErrorType.Array:
      return `${field}必须是列表（数组）`;
    case ValueErrorType.ArrayMinItems:
      return `${field}至少需要 ${s.minItems} 项`;
    case ValueErrorType.ArrayMaxItems:
      return `${field}最多 ${s.maxItems} 项`;
    case ValueErrorType.ArrayUniqueItems:
      return `${field}中有重复的项`;
    case ValueErrorType.Object:
      return `${field}必须是对象（键值结构）`;
    case ValueErrorType.ObjectMinProperties:
      return `${field}至少需要 ${s.minProperties} 项`;
    case ValueErrorType.ObjectMaxProperties:
      return `${field}最多 ${s.maxProperties} 项`;
    default:
      return `${field}的内容不符合要求`;
  }
}

function enumText(s: Schema): string {
  const labels: Record<string, string> | undefined = s.labels;
  return (s.anyOf as Schema[])
    .map((b) => (labels?.[b.const] ? `${b.const}（${labels[b.const]}）` : String(b.const)))
    .join('、');
}
