// Server-side enforcement of a region's form: a record's `extra` fields against the form's JSON Schema.
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { EffectiveDocument } from './resolve.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// verbose: a oneOf error carries its branches, so a wrong choice can list the allowed ones by title.
const ajv = addFormats(new Ajv({ allErrors: true, strict: false, verbose: true }));
const compiled = new Map<string, ValidateFunction>();

/** What a region's field may hold when its form sets no bound: a form written without maxLength must not open an unbounded field. */
const FIELD_TEXT_MAX = 2000;
const FIELD_ITEMS_MAX = 200;

/** The schema with a maxLength on every string and a maxItems on every array that lacks one. */
export function withDefaultBounds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withDefaultBounds);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    // Values of these keywords are data (an enum's members, a default), not schemas.
    out[k] = ['enum', 'const', 'default', 'examples', 'required'].includes(k) ? v : withDefaultBounds(v);
  }
  const types = ([] as unknown[]).concat(out.type ?? []);
  if (types.includes('string') && out.maxLength === undefined && out.enum === undefined && out.const === undefined) out.maxLength = FIELD_TEXT_MAX;
  if (types.includes('array') && out.maxItems === undefined) out.maxItems = FIELD_ITEMS_MAX;
  return out;
}

function validatorFor(form: EffectiveDocument<'form'>): ValidateFunction {
  const key = form.chain.map((l) => `${l.config_id}@${l.version}`).join('>');
  let fn = compiled.get(key);
  if (!fn) {
    if (compiled.size > 500) compiled.clear();
    // Extra fields are the region's own: anything the form does not define is refused.
    fn = ajv.compile({ ...(withDefaultBounds(form.body.schema) as object), additionalProperties: false });
    compiled.set(key, fn);
  }
  return fn;
}

export interface FormError {
  field: string;
  message: string;
}

function describe(e: ErrorObject, titles: Record<string, string>): FormError {
  const at = e.instancePath.split('/').filter(Boolean);
  if (e.keyword === 'required') at.push(e.params.missingProperty);
  if (e.keyword === 'additionalProperties') at.push(e.params.additionalProperty);
  const name = at.join('.');
  const title = titles[at[0] ?? ''];
  const label = title ? `「${title}」（extra.${name}）` : `「extra.${name}」`;
  const p = e.params as Record<string, unknown>;
  const what: Record<string, string> = {
    required: '为必填项',
    additionalProperties: '不是本地区表单中的字段',
    type: `类型应为${({ integer: '整数', number: '数字', string: '文本', boolean: '是/否', array: '列表', object: '对象' } as Record<string, string>)[String(p.type)] ?? p.type}`,
    enum: `应为以下之一：${((p.allowedValues ?? []) as unknown[]).join('、')}`,
    oneOf: `应为以下之一：${choices(e.schema)}`,
    anyOf: `应为以下之一：${choices(e.schema)}`,
    minimum: `不能小于 ${p.limit}`,
    maximum: `不能大于 ${p.limit}`,
    minLength: `至少 ${p.limit} 个字符`,
    maxLength: `最多 ${p.limit} 个字符`,
    maxItems: `最多 ${p.limit} 项`,
    pattern: '格式不正确',
    format: '格式不正确',
  };
  return { field: `extra.${name}`, message: `扩展字段${label}${what[e.keyword] ?? e.message ?? '无效'}` };
}

/** `[{ const: 'urban', title: '城镇' }, ...]` → `城镇（urban）、...`. */
function choices(branches: unknown): string {
  if (!Array.isArray(branches)) return '';
  return branches.map((b) => (b && typeof b === 'object' && 'const' in b ? (b.title ? `${b.title}（${b.const}）` : String(b.const)) : '')).filter(Boolean).join('、');
}

/** One error per field: a type error explains itself; a oneOf of consts replaces its branches' errors. */
function collapse(errors: ErrorObject[]): ErrorObject[] {
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const choice = new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath));
  return errors.filter((e) => {
    if (typed.has(e.instancePath)) return e.keyword === 'type';
    if (choice.has(e.instancePath)) return e.keyword === 'oneOf' || e.keyword === 'anyOf';
    return true;
  });
}

/**
 * Every way `extra` breaks the form in force, in words a clerk understands. A required field in `hidden` (the writer's role
 * does not see it: form-roles.ts) is not asked of that writer — a role that sees it fills it in later.
 */
export function formErrors(form: EffectiveDocument<'form'>, extra: unknown, hidden: Set<string> = new Set()): FormError[] {
  const validate = validatorFor(form);
  if (validate(extra ?? {})) return [];
  const titles = Object.fromEntries(Object.entries(form.body.schema.properties).map(([k, v]) => [k, v.title]));
  const errors = (validate.errors ?? []).filter((e) => !(e.keyword === 'required' && e.instancePath === '' && hidden.has(e.params.missingProperty)));
  return collapse(errors).map((e) => describe(e, titles));
}
