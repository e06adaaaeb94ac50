// A form document's own fields as rows a clerk edits (label, type, required, choices, help, roles, order) and back to JSON Schema + uiSchema.
import { listOf, recordOf, textOf, type JsonObject as Json } from '../common/json';
import { formOf } from './bodyViews';

export type FieldKind = 'text' | 'textarea' | 'integer' | 'number' | 'boolean' | 'choice' | 'date';
export const FIELD_KINDS: Record<FieldKind, string> = { text: '文字', textarea: '多行文字', integer: '整数', number: '数值', boolean: '是/否', choice: '单选', date: '日期' };

export interface FieldRow {
  name: string;
  title: string;
  kind: FieldKind;
  required: boolean;
  /** `code=名称` per choice. */
  choices: Array<{ code: string; label: string }>;
  help: string;
  /** Roles that see the field; empty: everyone. */
  roles: string[];
  /** The property's other JSON Schema keywords and the field's other ui settings, kept as written. */
  extra: Record<string, unknown>;
  uiExtra: Record<string, unknown>;
}

const kindOf = (p: Json, ui: Json): FieldKind => {
  if (Array.isArray(p.oneOf)) return 'choice';
  if (p.type === 'boolean') return 'boolean';
  if (p.type === 'integer') return 'integer';
  if (p.type === 'number') return 'number';
  if (p.format === 'date') return 'date';
  return ui['ui:widget'] === 'textarea' ? 'textarea' : 'text';
};

export function rowsOf(body: unknown): FieldRow[] {
  const { properties: props, required, ui } = formOf(body);
  const order = listOf<string>(ui['ui:order']);
  const names = [...order.filter((n) => n in props), ...Object.keys(props).filter((n) => !order.includes(n))];
  return names.map((name) => {
    const p = recordOf(props[name]);
    const u = recordOf(ui[name]);
    const { type: _t, title: _ti, oneOf: _o, format: _f, description, ...extra } = p;
    const { 'ui:help': help, 'ui:widget': _w, 'ui:options': options, ...uiExtra } = u;
    const { roles, ...otherOptions } = (options ?? {}) as { roles?: string[] };
    return {
      name, title: textOf(p.title) ?? name, kind: kindOf(p, u), required: required.includes(name),
      choices: listOf(p.oneOf).map(recordOf).map((c) => ({ code: String(c.const), label: textOf(c.title) ?? String(c.const) })),
      help: textOf(help) ?? textOf(description) ?? '', roles: roles ?? [],
      extra, uiExtra: { ...uiExtra, ...(Object.keys(otherOptions).length ? { 'ui:options': otherOptions } : {}), ...(_w && kindOf(p, u) !== 'textarea' ? { 'ui:widget': _w } : {}) },
    };
  });
}

/** Rows back to the form body; `order` is written only when `withOrder` (a base form; an extension's fields follow the inherited order). */
export function bodyOf(entity: string, rows: FieldRow[], prev: unknown, withOrder: boolean): { entity: string; schema: Json; ui_schema: Json } {
  const properties: Record<string, unknown> = {};
  const ui: Record<string, unknown> = {};
  for (const r of rows) {
    const schema: Record<string, unknown> = { type: r.kind === 'textarea' || r.kind === 'choice' || r.kind === 'date' || r.kind === 'text' ? 'string' : r.kind, title: r.title };
    if (r.kind === 'date') schema.format = 'date';
    if (r.kind === 'choice') schema.oneOf = r.choices.map((c) => ({ const: c.code, title: c.label }));
    properties[r.name] = { ...schema, ...r.extra };
    const fieldUi: Record<string, unknown> = { ...r.uiExtra };
    if (r.kind === 'textarea') fieldUi['ui:widget'] = 'textarea';
    if (r.help) fieldUi['ui:help'] = r.help;
    if (r.roles.length > 0) fieldUi['ui:options'] = { ...((fieldUi['ui:options'] as object) ?? {}), roles: r.roles };
    if (Object.keys(fieldUi).length > 0) ui[r.name] = fieldUi;
  }
  const required = rows.filter((r) => r.required).map((r) => r.name);
  const { schema: prevSchema, ui: prevUi } = formOf(prev);
  const prevOrder = prevUi['ui:order'];
  const ui_schema = { ...(withOrder ? { 'ui:order': rows.map((r) => r.name) } : Array.isArray(prevOrder) ? { 'ui:order': prevOrder } : {}), ...ui };
  const { required: _r, properties: _p, ...rest } = prevSchema;
  return { entity, schema: { ...rest, type: 'object', properties, ...(required.length ? { required } : {}) }, ui_schema };
}

export const blankRow = (taken: string[]): FieldRow => {
  let n = 1;
  while (taken.includes(`field_${n}`)) n++;
  return { name: `field_${n}`, title: '', kind: 'text', required: false, choices: [], help: '', roles: [], extra: {}, uiExtra: {} };
};
