// The fields a rule can test, from the vocabulary the loaded plugins declare (labels, value types) and the region's parameters.
import type { Field } from 'react-querybuilder';
import { fieldId } from './ruleQuery';

export interface FieldType { type: string; choices?: Record<string, string> }
export interface VocabularyTyped {
  facts: Array<{ id: string; label: string; fields: Record<string, string>; types?: Record<string, FieldType> }>;
  operators: Array<{ name: string; label: string }>;
}
export interface ParamDef { name: string; label?: string; type?: string; unit?: string; values: Array<{ from: string; value: unknown }> }

const NUMERIC = ['number', 'integer', 'ratio', 'fen'];
const OPERATORS: Record<string, string[]> = {
  number: ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'between'],
  boolean: ['equal', 'notEqual'],
  date: ['dateOnOrAfter', 'dateOnOrBefore', 'equal'],
  choice: ['equal', 'notEqual', 'in', 'notIn'],
  list: ['contains', 'doesNotContain'],
};
/** The comparison family of a value type: numbers, yes/no, dates, codes, lists. */
export const familyOf = (type: string) => (NUMERIC.includes(type) ? 'number' : type === 'boolean' ? 'boolean' : type === 'date' ? 'date' : type === 'list' ? 'list' : 'choice');

/** Compared with a typed value or with another item (a parameter, another fact), in words a clerk reads. */
const VALUE_OR_ITEM = [{ name: 'value', value: 'value', label: '固定值' }, { name: 'field', value: 'field', label: '其他项' }] as const;

export interface Choices { occupations: Array<{ code: string; name: string }> }

/** Query-builder fields: `idCard|$.age` labelled 「身份证信息 · 申请日年龄（周岁）」, with operators and value editors by type. */
export function buildFields(vocab: VocabularyTyped, params: ParamDef[], choices: Choices): Array<Field & { family: string; valueType: string }> {
  const ops = new Map(vocab.operators.map((o) => [o.name, o.label]));
  const make = (name: string, label: string, t: FieldType, group: string): Field & { family: string; valueType: string } => {
    const family = familyOf(t.type);
    const operators = OPERATORS[family].filter((o) => ops.has(o)).map((o) => ({ name: o, value: o, label: ops.get(o)! }));
    const base = { name, value: name, label, family, valueType: t.type, operators, group, comparator: (f: Field) => (f as unknown as { family: string }).family === family && f.name !== name };
    if (t.type === 'boolean') return { ...base, valueEditorType: 'checkbox', defaultValue: true, valueSources: ['value'] };
    if (family === 'number') return { ...base, inputType: 'number', valueSources: [...VALUE_OR_ITEM], defaultValue: 0 };
    if (t.type === 'date') return { ...base, inputType: 'date', valueSources: [...VALUE_OR_ITEM] };
    // A region is searched by name in the tree (ConditionsEditor's RegionPicker), not chosen from a list of codes.
    if (t.type === 'region') return { ...base, valueSources: ['value'] };
    const list = t.type === 'occupation' ? choices.occupations.map((o) => ({ name: o.code, value: o.code, label: `${o.name}（${o.code}）` }))
      : t.choices ? Object.entries(t.choices).map(([k, v]) => ({ name: k, value: k, label: v })) : null;
    if (list) return { ...base, valueEditorType: (op: string) => (op === 'in' || op === 'notIn' ? 'multiselect' : 'select'), values: list, defaultValue: list[0]?.name, valueSources: ['value'] };
    return { ...base, valueSources: ['value'] };
  };
  const out: Array<Field & { family: string; valueType: string }> = [];
  for (const f of vocab.facts) {
    for (const [path, label] of Object.entries(f.fields)) out.push(make(fieldId(f.id, path), `${f.label} · ${label}`, f.types?.[path] ?? { type: 'text' }, f.label));
  }
  for (const p of params) {
    out.push(make(fieldId('params', `$.${p.name}`), `政策参数 · ${p.label ?? p.name}${p.unit ? `（${p.unit}）` : ''}`, { type: p.type ?? 'number' }, '政策参数'));
  }
  return out;
}

/** A value as the field's type wants it (a number box gives text). */
export function coerceFor(fields: Array<{ name: string; valueType: string; family: string }>) {
  const byName = new Map(fields.map((f) => [f.name, f]));
  return (field: string, value: unknown, operator: string): unknown => {
    const f = byName.get(field);
    if (!f) return value;
    const num = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v);
    if (f.family === 'number') return operator === 'between' ? (Array.isArray(value) ? value : String(value).split(',')).map(num) : num(value);
    if (f.family === 'boolean') return value === true || value === 'true';
    return value;
  };
}
