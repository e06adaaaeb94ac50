// cspValidator: rjsf's validator on @cfworker/json-schema, which interprets a schema instead of compiling it to code (ajv's `new Function` is refused by the console's Content-Security-Policy); errors in Chinese.
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import {
  createErrorHandler, getDefaultFormState, toErrorSchema, unwrapErrorHandler, validationDataMerge,
  type CustomValidator, type ErrorTransformer, type RJSFSchema, type RJSFValidationError, type UiSchema, type ValidationData, type ValidatorType,
} from '@rjsf/utils';

type Json = Record<string, unknown>;

/** Keywords that say what is wrong with one value; the others only report that a child failed. */
const LEAF = new Set(['type', 'required', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'pattern', 'format', 'enum', 'const', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'additionalProperties', 'oneOf', 'anyOf']);
const TYPES: Record<string, string> = { integer: '整数', number: '数字', string: '文本', boolean: '是/否', array: '列表', object: '对象', null: '空' };

/** The value a JSON pointer fragment (`#/properties/a/maximum`) names inside `root`. */
function at(root: unknown, fragment: string): unknown {
  return fragment.replace(/^#\/?/, '').split('/').filter(Boolean)
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined), root);
}

const parentOf = (location: string) => location.slice(0, location.lastIndexOf('/'));

function choices(branches: unknown): string {
  return Array.isArray(branches) ? branches.map((b: Json) => (b && 'const' in b ? String(b.title ?? b.const) : '')).filter(Boolean).join('、') : '';
}

/** One error in Chinese, as rjsf shows it under its field. */
function describe(unit: OutputUnit, schema: Json): RJSFValidationError {
  const limit = at(schema, unit.keywordLocation);
  const owner = at(schema, parentOf(unit.keywordLocation)) as Json | undefined;
  let property = unit.instanceLocation.replace(/^#/, '').replace(/\//g, '.');
  let title = typeof owner?.title === 'string' ? owner.title : '';
  let message: string;
  switch (unit.keyword) {
    case 'required': {
      const name = /"(.+)"/.exec(unit.error)?.[1] ?? '';
      property = `${property}.${name}`;
      title = String(((owner?.properties as Json | undefined)?.[name] as Json | undefined)?.title ?? name);
      message = '为必填项';
      break;
    }
    case 'type': message = `应为${TYPES[String(([] as unknown[]).concat(limit)[0])] ?? String(limit)}`; break;
    case 'minLength': message = `至少需要 ${limit} 个字符`; break;
    case 'maxLength': message = `最多 ${limit} 个字符`; break;
    case 'minimum': message = `不能小于 ${limit}`; break;
    case 'maximum': message = `不能大于 ${limit}`; break;
    case 'exclusiveMinimum': message = `必须大于 ${limit}`; break;
    case 'exclusiveMaximum': message = `必须小于 ${limit}`; break;
    case 'multipleOf': message = `应为 ${limit} 的整数倍`; break;
    case 'minItems': message = `至少需要 ${limit} 项`; break;
    case 'maxItems': message = `最多 ${limit} 项`; break;
    case 'uniqueItems': message = '不能有重复项'; break;
    case 'enum': message = `应为以下之一：${(limit as unknown[]).join('、')}`; break;
    case 'const': message = `应为 ${JSON.stringify(limit)}`; break;
    case 'oneOf': case 'anyOf': message = `应为以下之一：${choices(limit)}`; break;
    case 'additionalProperties': message = '含有表单中没有的字段'; break;
    default: message = '格式不正确';
  }
  return { name: unit.keyword, property, message, params: {}, stack: `${title ? `「${title}」` : property}${message}`, schemaPath: unit.keywordLocation, title };
}

/** The leaf errors, one per value: a choice (oneOf/anyOf) stands for its branches' errors. */
function leafErrors(units: OutputUnit[], schema: Json): RJSFValidationError[] {
  const choicesAt = new Set(units.filter((u) => u.keyword === 'oneOf' || u.keyword === 'anyOf').map((u) => u.keywordLocation));
  const insideChoice = (u: OutputUnit) => [...choicesAt].some((c) => u.keywordLocation.startsWith(`${c}/`));
  const seen = new Set<string>();
  return units.filter((u) => LEAF.has(u.keyword) && !insideChoice(u)).map((u) => describe(u, schema)).filter((e) => {
    const key = `${e.property}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A `ValidatorType` for @rjsf forms that never evaluates code. Region forms are small and
 * self-contained (no remote `$ref`s), so a schema is validated with the root schema's
 * definitions beside it.
 */
export class CspValidator<T = unknown> implements ValidatorType<T, RJSFSchema> {
  private readonly cache = new Map<string, Validator>();

  private validator(schema: RJSFSchema, root?: RJSFSchema): Validator {
    const full = root && root !== schema ? { ...schema, definitions: schema.definitions ?? root.definitions, $defs: schema.$defs ?? root.$defs } : schema;
    const key = JSON.stringify(full);
    let v = this.cache.get(key);
    if (!v) {
      if (this.cache.size > 200) this.cache.clear();
      v = new Validator(full as Schema, '2019-09', false);
      this.cache.set(key, v);
    }
    return v;
  }

  rawValidation<Result = unknown>(schema: RJSFSchema, formData?: T): { errors?: Result[]; validationError?: Error } {
    try {
      const result = this.validator(schema).validate(formData);
      return { errors: (result.valid ? [] : leafErrors(result.errors, schema as Json)) as Result[] };
    } catch (err) {
      return { validationError: err as Error };
    }
  }

  validateFormData(formData: T | undefined, schema: RJSFSchema, customValidate?: CustomValidator<T>, transformErrors?: ErrorTransformer<T>, uiSchema?: UiSchema<T>): ValidationData<T> {
    const raw = this.rawValidation<RJSFValidationError>(schema, formData);
    let errors = raw.errors ?? [];
    if (raw.validationError) errors = [...errors, { stack: raw.validationError.message }];
    if (typeof transformErrors === 'function') errors = transformErrors(errors, uiSchema);
    const errorSchema = toErrorSchema<T>(errors);
    if (typeof customValidate !== 'function') return { errors, errorSchema };
    // As @rjsf/validator-ajv8 does: custom checks see the form data with its defaults filled in.
    const full = getDefaultFormState<T>(this, schema, formData, schema, true) as T;
    const handler = customValidate(full, createErrorHandler<T>(full), uiSchema, errorSchema);
    return validationDataMerge<T>({ errors, errorSchema }, unwrapErrorHandler<T>(handler));
  }

  isValid(schema: RJSFSchema, formData: T | undefined, rootSchema: RJSFSchema): boolean {
    try {
      return this.validator(schema, rootSchema).validate(formData).valid;
    } catch {
      return false;
    }
  }

  reset(): void {
    this.cache.clear();
  }
}

export const cspValidator = new CspValidator<Record<string, unknown>>();
