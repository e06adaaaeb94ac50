// Whether a merged form (JSON Schema + uiSchema) will render and validate in the console: checked completely on the server before publishing.
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ConfigError } from './kinds/index.js';
import { withDefaultBounds } from './forms.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

/** The widgets @rjsf/mui offers for each JSON type (react-jsonschema-form's registry). */
const WIDGETS: Record<string, readonly string[]> = {
  string: ['text', 'textarea', 'password', 'color', 'email', 'uri', 'url', 'date', 'datetime', 'time', 'select', 'radio', 'hidden', 'alt-date', 'alt-datetime', 'file'],
  number: ['text', 'updown', 'range', 'select', 'radio', 'hidden'],
  integer: ['text', 'updown', 'range', 'select', 'radio', 'hidden'],
  boolean: ['checkbox', 'radio', 'select', 'hidden'],
  array: ['checkboxes', 'select', 'files', 'hidden'],
  object: ['hidden'],
  null: ['hidden'],
};

const UI_FIELD_KEYS = new Set(['ui:widget', 'ui:title', 'ui:description', 'ui:help', 'ui:placeholder', 'ui:options', 'ui:readonly', 'ui:disabled', 'ui:autofocus',
  'ui:emptyValue', 'ui:enumNames', 'ui:classNames', 'ui:hidden', 'ui:label', 'ui:rows', 'ui:inline', 'ui:field', 'ui:order', 'items', 'ui:orderable', 'ui:removable', 'ui:addable', 'ui:style']);

/** The JSON type a field renders as: its `type`, or the type of its choices. */
/** A part of the form as written, not yet checked: each key is read as unknown and narrowed where used. */
type Loose = { [key: string]: unknown } | null | undefined;

function typeOf(field: Loose): string | undefined {
  if (typeof field?.type === 'string') return field.type;
  const choices = field?.oneOf ?? field?.anyOf;
  if (Array.isArray(choices) && choices.length > 0 && choices.every((c: unknown) => c && 'const' in (c as object))) return typeof choices[0].const === 'number' ? 'number' : typeof choices[0].const;
  if (Array.isArray(field?.enum) && field.enum.length > 0) return typeof field.enum[0];
  return undefined;
}

/**
 * Every reason the form would not render (react-jsonschema-form throws on an order list that
 * misses or invents fields) or would not validate (a schema ajv cannot compile), in Chinese with
 * the pointer of the merged form part. `at` prefixes the pointers (`/body`).
 */
export function formRenderProblems(body: { schema: unknown; ui_schema?: Record<string, unknown> }, at = '/body'): ConfigError[] {
  const errors: ConfigError[] = [];
  const schema = body.schema as Loose;
  const props = (schema?.properties ?? {}) as Record<string, Loose>;
  const names = Object.keys(props);
  const title = (n: string) => (props[n]?.title ? `「${String(props[n].title)}」（${n}）` : `「${n}」`);
  const ui = body.ui_schema ?? {};

  const order = ui['ui:order'];
  if (order !== undefined) {
    if (!Array.isArray(order) || !order.every((x) => typeof x === 'string')) {
      errors.push({ path: `${at}/ui_schema/ui:order`, message: '「字段顺序」（ui:order）必须是字段名组成的列表' });
    } else {
      const seen = new Set<string>();
      order.forEach((name, i) => {
        if (seen.has(name)) errors.push({ path: `${at}/ui_schema/ui:order/${i}`, message: `字段顺序中${title(name)}出现了不止一次` });
        seen.add(name);
        if (name !== '*' && !(name in props)) errors.push({ path: `${at}/ui_schema/ui:order/${i}`, message: `字段顺序中的「${name}」不是表单中的字段（合并后的表单没有它），表单将无法显示` });
      });
      if (!seen.has('*')) {
        const missing = names.filter((n) => !seen.has(n));
        if (missing.length > 0) errors.push({ path: `${at}/ui_schema/ui:order`, message: `字段顺序缺少字段 ${missing.map(title).join('、')}，表单将无法显示；请把它们排入顺序，或在末尾加 "*"` });
      }
    }
  }

  ((schema?.required ?? []) as string[]).forEach((name, i) => {
    if (!(name in props)) errors.push({ path: `${at}/schema/required/${i}`, message: `必填字段「${name}」不是表单中的字段` });
  });

  for (const name of names) {
    const field = props[name];
    const type = typeOf(field);
    if (!type) errors.push({ path: `${at}/schema/properties/${name}`, message: `字段${title(name)}没有类型（type）也没有选项，无法显示` });
    for (const key of ['oneOf', 'anyOf'] as const) {
      const choices = field?.[key];
      if (choices === undefined) continue;
      if (!Array.isArray(choices) || choices.length === 0) errors.push({ path: `${at}/schema/properties/${name}/${key}`, message: `字段${title(name)}的选项不能为空` });
      else choices.forEach((c: Loose, j: number) => {
        if (!c || typeof c !== 'object' || !('const' in c)) errors.push({ path: `${at}/schema/properties/${name}/${key}/${j}`, message: `字段${title(name)}的第 ${j + 1} 个选项缺少取值（const）` });
        else if (type && type !== 'array' && typeof c.const !== (type === 'integer' ? 'number' : type)) errors.push({ path: `${at}/schema/properties/${name}/${key}/${j}/const`, message: `字段${title(name)}的选项「${c.title ?? c.const}」与字段类型不一致` });
      });
    }
    const fieldUi = ui[name];
    if (fieldUi === undefined) continue;
    if (!fieldUi || typeof fieldUi !== 'object' || Array.isArray(fieldUi)) {
      errors.push({ path: `${at}/ui_schema/${name}`, message: `字段${title(name)}的界面设置必须是对象` });
      continue;
    }
    for (const [k, v] of Object.entries(fieldUi)) {
      if (!UI_FIELD_KEYS.has(k)) errors.push({ path: `${at}/ui_schema/${name}/${k}`, message: `字段${title(name)}的界面设置「${k}」不是可用的设置` });
      if (k === 'ui:widget' && (typeof v !== 'string' || !(WIDGETS[type ?? ''] ?? []).includes(v))) {
        errors.push({ path: `${at}/ui_schema/${name}/ui:widget`, message: `字段${title(name)}不能使用控件「${String(v)}」；${type ? `${type} 类型可用：${(WIDGETS[type] ?? []).join('、')}` : '请先设定字段类型'}` });
      }
    }
  }
  for (const key of Object.keys(ui)) {
    if (!key.startsWith('ui:') && !(key in props)) errors.push({ path: `${at}/ui_schema/${key}`, message: `界面设置中的「${key}」不是表单中的字段` });
  }

  // The server validates records with this schema: it must compile.
  try {
    ajv.compile({ ...(withDefaultBounds(body.schema) as object), additionalProperties: false });
  } catch (err) {
    errors.push({ path: `${at}/schema`, message: `表单结构无法用于校验：${(err as Error).message}` });
  }
  return errors;
}
