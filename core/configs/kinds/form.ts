// The body of a form document: a region's own fields of an entity (its `extra`), as JSON Schema.
import { Type, type Static } from '@sinclair/typebox';
import { isObject, OneOf, pointer, Text, TEXT_MAX, type ConfigError } from './common.js';

export const FORM_ENTITIES = ['worker', 'intention', 'program', 'claim'] as const;
export type FormEntity = (typeof FORM_ENTITIES)[number];
export const FORM_ENTITY_LABELS: Record<FormEntity, string> = {
  worker: '劳动者登记',
  intention: '培训意愿登记',
  program: '培训班（项目）',
  claim: '补贴申请',
};

const FIELD_NAME = /^[a-z][a-z0-9_]*$/;
/** A region's own fields of one entity: at most as many as an entity's `extra` holds (core/schemas/common.ts). */
const MAX_FORM_FIELDS = 100;

/** One field: any JSON Schema keyword is allowed, but the field needs a Chinese title. */
export const FormField = Type.Object(
  {
    title: Text('字段标题', { maxLength: 128 }),
    type: Type.Optional(
      OneOf(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'], '字段类型'),
    ),
    description: Type.Optional(Type.String({ maxLength: TEXT_MAX, title: '字段说明' })),
  },
  { additionalProperties: true, maxProperties: 40, title: '字段定义' },
);

export const FormSchema = Type.Object(
  {
    type: Type.Literal('object', {
      title: '表单结构类型',
      errorMessage: '表单结构 schema 的 type 必须是 "object"',
    }),
    title: Type.Optional(Type.String({ maxLength: 255, title: '表单标题' })),
    description: Type.Optional(Type.String({ maxLength: TEXT_MAX, title: '表单说明' })),
    properties: Type.Record(Type.String({ maxLength: 64 }), FormField, { maxProperties: MAX_FORM_FIELDS, title: '字段定义（properties）' }),
    required: Type.Optional(
      Type.Array(Type.String({ maxLength: 64 }), { uniqueItems: true, maxItems: MAX_FORM_FIELDS, title: '必填字段（required）' }),
    ),
  },
  {
    additionalProperties: true,
    maxProperties: 40,
    title: '表单结构',
    errorMessage: '表单结构 schema 必须是 type 为 "object"、含 properties 的 JSON Schema 对象',
  },
);

/**
 * A form of one entity's region-specific fields, rendered by react-jsonschema-form. In
 * `extend` mode the properties and required names are added to the parent's and `ui_schema`
 * is merged key by key.
 */
export const FormBody = Type.Object(
  {
    entity: OneOf(FORM_ENTITIES, '业务对象', FORM_ENTITY_LABELS),
    schema: FormSchema,
    ui_schema: Type.Optional(
      Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), {
        maxProperties: MAX_FORM_FIELDS + 20,
        title: '界面设置（ui_schema）',
        errorMessage: '「界面设置（ui_schema）」必须是对象（react-jsonschema-form 的 uiSchema）',
      }),
    ),
  },
  { additionalProperties: false, title: '表单内容' },
);
export type FormBody = Static<typeof FormBody>;

/** Checks the schema cannot express; `body` has already passed the schema. */
export function checkForm(body: FormBody, mode: 'base' | 'extend', base: string): ConfigError[] {
  const errors: ConfigError[] = [];
  const props = body.schema.properties;
  for (const name of Object.keys(props)) {
    if (!FIELD_NAME.test(name)) {
      errors.push({
        path: pointer(base, 'schema', 'properties', name),
        message: `字段名「${name}」只能由小写字母、数字和下划线组成，并以字母开头，如 herd_size`,
      });
    }
  }
  // In extend mode required and ui_schema may name the parent's fields, known only at merge.
  if (mode === 'base') {
    (body.schema.required ?? []).forEach((name, i) => {
      if (!(name in props)) {
        errors.push({
          path: pointer(base, 'schema', 'required', i),
          message: `必填字段「${name}」没有在 properties 中定义`,
        });
      }
    });
    for (const key of Object.keys(body.ui_schema ?? {})) {
      if (!key.startsWith('ui:') && !(key in props)) {
        errors.push({
          path: pointer(base, 'ui_schema', key),
          message: `界面设置中的字段「${key}」没有在 properties 中定义`,
        });
      }
    }
  }
  const order = body.ui_schema?.['ui:order'];
  if (order !== undefined && !(Array.isArray(order) && order.every((x) => typeof x === 'string'))) {
    errors.push({ path: pointer(base, 'ui_schema', 'ui:order'), message: '「ui:order」必须是字段名组成的列表' });
  }
  for (const [key, value] of Object.entries(body.ui_schema ?? {})) {
    if (!key.startsWith('ui:') && !isObject(value)) {
      errors.push({ path: pointer(base, 'ui_schema', key), message: `字段「${key}」的界面设置必须是对象` });
    }
  }
  return errors;
}
