// json-rules-engine conditions (all/any/not/condition and leaves) as TypeBox, and checks of their leaves.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { FactPath, isObject, isRealDate, pointer, Text, type ConfigError, type ValidateOptions } from './common.js';

const Priority = Type.Integer({ minimum: 1, title: '优先级', errorMessage: '「优先级」必须是不小于 1 的整数' });

/** A leaf: `{ fact, operator, value, path? }`; `value` may itself be `{ fact, path }` (compare two facts). */
export const ConditionLeaf = Type.Object(
  {
    fact: Text('事实', { maxLength: 64 }),
    operator: Text('运算符', { maxLength: 64 }),
    value: Type.Unknown({ title: '比较值' }),
    path: Type.Optional(FactPath()),
    params: Type.Optional(Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { title: '事实参数', maxProperties: 20 })),
    priority: Type.Optional(Priority),
    name: Type.Optional(Text('条件名称')),
  },
  { additionalProperties: false, title: '条件' },
);
export type ConditionLeaf = Static<typeof ConditionLeaf>;

const groups = <T extends TSchema>(item: T) =>
  [
    Type.Object(
      {
        all: Type.Array(item, { minItems: 1, maxItems: 200, title: '全部满足（all）' }),
        name: Type.Optional(Text('条件名称')),
        priority: Type.Optional(Priority),
      },
      { additionalProperties: false, title: '全部满足（all）' },
    ),
    Type.Object(
      {
        any: Type.Array(item, { minItems: 1, maxItems: 200, title: '任一满足（any）' }),
        name: Type.Optional(Text('条件名称')),
        priority: Type.Optional(Priority),
      },
      { additionalProperties: false, title: '任一满足（any）' },
    ),
    Type.Object(
      { not: item, name: Type.Optional(Text('条件名称')), priority: Type.Optional(Priority) },
      { additionalProperties: false, title: '不满足（not）' },
    ),
    Type.Object(
      { condition: Text('共享条件名', { maxLength: 64 }), name: Type.Optional(Text('条件名称')), priority: Type.Optional(Priority) },
      { additionalProperties: false, title: '引用共享条件（condition）' },
    ),
  ] as const;

const conditionMessage =
  '「条件」必须是对象：{ "all": [...] }、{ "any": [...] }、{ "not": {...} }、{ "condition": "名称" }，或 { "fact", "operator", "value" } 形式的单个条件';

/** Any condition inside a group: a leaf or a nested group. */
export const NestedCondition = Type.Recursive(
  (This) => Type.Union([ConditionLeaf, ...groups(This)], { title: '条件', errorMessage: conditionMessage }),
  { $id: 'NestedCondition', title: '条件' },
);

/** The top of a rule's conditions: a group (json-rules-engine's TopLevelCondition), never a bare leaf. */
export const TopLevelCondition = Type.Union([...groups(NestedCondition)], {
  title: '规则条件',
  errorMessage:
    '「规则条件」最外层必须是 { "all": [...] }、{ "any": [...] }、{ "not": {...} } 或 { "condition": "名称" }',
});
export type TopLevelCondition = Static<typeof TopLevelCondition>;

/** A `value` that names another fact instead of a constant. */
export const isFactReference = (v: unknown): v is { fact: string; path?: string } =>
  isObject(v) && typeof v.fact === 'string';

/** Visit every leaf with its JSON pointer. */
export function eachLeaf(node: unknown, path: string, visit: (leaf: ConditionLeaf, path: string) => void): void {
  if (!isObject(node)) return;
  for (const key of ['all', 'any'] as const) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child, i) => eachLeaf(child, pointer(path, key, i), visit));
  }
  if ('not' in node) eachLeaf(node.not, pointer(path, 'not'), visit);
  if (typeof node.fact === 'string' && typeof node.operator === 'string') visit(node as ConditionLeaf, path);
}

/** json-rules-engine's operator decorators, written before the operator: `not:equal`, `someFact:in`. */
export const OPERATOR_DECORATORS = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'] as const;

/** `someFact:not:equal` → decorators `['someFact', 'not']`, operator `equal`. */
export function splitOperator(name: string): { decorators: string[]; operator: string } {
  const parts = name.split(':');
  const operator = parts.pop() ?? '';
  return { decorators: parts, operator };
}

/** The decorators and the operator of a leaf against the registered operators. */
export function checkOperator(name: string, at: string, operators: readonly string[] | undefined): ConfigError[] {
  const { decorators, operator } = splitOperator(name);
  const errors: ConfigError[] = [];
  for (const d of decorators) {
    if (!(OPERATOR_DECORATORS as readonly string[]).includes(d)) {
      errors.push({ path: at, message: `未知的运算符修饰「${d}」；可用的修饰：${OPERATOR_DECORATORS.join('、')}` });
    }
  }
  if (operators && !operators.includes(operator)) {
    errors.push({ path: at, message: `未注册的运算符「${operator}」；可用的运算符：${operators.join('、')}` });
  }
  return errors;
}

const NUMERIC = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
const DATES = ['dateOnOrBefore', 'dateOnOrAfter'];

/** The shape each built-in operator expects of a constant `value`. */
export function checkLeafValue(leaf: ConditionLeaf, path: string): ConfigError[] {
  const v = leaf.value;
  const at = pointer(path, 'value');
  // A decorated operator (`someValue:equal`) takes a differently shaped value.
  if (isFactReference(v) || leaf.operator.includes(':')) return [];
  const op = leaf.operator;
  if ((op === 'in' || op === 'notIn') && !Array.isArray(v)) {
    return [{ path: at, message: `运算符 ${op} 的比较值必须是列表，如 ["rural_transfer", "returnee"]` }];
  }
  if ((op === 'contains' || op === 'doesNotContain') && (Array.isArray(v) || isObject(v))) {
    return [{ path: at, message: `运算符 ${op} 的比较值必须是单个值（文字、数字或布尔值）` }];
  }
  if (NUMERIC.includes(op) && (typeof v !== 'number' || !Number.isFinite(v))) {
    return [{ path: at, message: `运算符 ${op} 的比较值必须是数字（不要加引号）` }];
  }
  if (op === 'between') {
    const ok = Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
    if (!ok) return [{ path: at, message: '运算符 between 的比较值必须是两个数字组成的列表 [下限, 上限]，如 [16, 60]' }];
    if ((v as number[])[0]! > (v as number[])[1]!) return [{ path: at, message: 'between 的下限不能大于上限' }];
  }
  if (DATES.includes(op) && !isRealDate(v)) {
    return [{ path: at, message: `运算符 ${op} 的比较值必须是 YYYY-MM-DD 格式的日期，或引用另一个事实 { "fact", "path" }` }];
  }
  return [];
}

/**
 * A fact name and path against the registered facts; silent when no registry is given.
 * `at` points to the object holding `fact` and `path` (a leaf, a `value` reference, an amount part).
 */
export function checkFactUse(
  ref: { fact: string; path?: string },
  at: string,
  options: ValidateOptions,
): ConfigError[] {
  if (!options.facts) return [];
  const { fact, path } = ref;
  if (!Object.hasOwn(options.facts, fact)) {
    return [{ path: pointer(at, 'fact'), message: `未注册的事实「${fact}」；可用的事实：${Object.keys(options.facts).join('、')}` }];
  }
  const paths = options.facts[fact];
  if (!paths || paths.length === 0) return [];
  if (path === undefined) {
    return [{ path: at, message: `事实「${fact}」是一个对象，需要用 path 指定取值路径，如 ${paths[0]}` }];
  }
  const root = path.replace(/\[[0-9]+\].*$/, '');
  if (!paths.includes(path) && !paths.includes(root)) {
    return [{ path: pointer(at, 'path'), message: `事实「${fact}」没有取值路径 ${path}；可用的路径：${paths.join('、')}` }];
  }
  return [];
}
