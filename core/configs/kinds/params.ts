// The body of a parameters document: named, typed values with the dates each is in force (OpenFisca's parameters as the model).
import { Type, type Static } from '@sinclair/typebox';
import { duplicates, isRealDate, IsoDate, OneOf, pointer, Text, type ConfigError } from './common.js';

export const PARAM_TYPES = ['integer', 'number', 'ratio', 'fen', 'boolean', 'date'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];
export const PARAM_TYPE_LABELS: Record<ParamType, string> = {
  integer: '整数',
  number: '数值',
  ratio: '比例（0～1）',
  fen: '金额（分）',
  boolean: '是/否',
  date: '日期',
};

/** snake_case, so that `$.age_max` reads it and `{{params.age_max}}` shows it. */
export const PARAM_NAME = '^[a-z][a-z0-9_]*$';

const ParamName = Type.String({
  pattern: PARAM_NAME,
  maxLength: 64,
  title: '参数名',
  errorMessage: '「参数名」只能由小写字母、数字和下划线组成，并以字母开头，如 age_max',
});

export const ParamValue = Type.Object(
  {
    from: IsoDate('起始日期'),
    value: Type.Union([Type.Number(), Type.Boolean(), Type.String({ maxLength: 10 })], {
      title: '取值',
      errorMessage: '「取值」必须是数字、是/否（true/false）或日期',
    }),
    note: Type.Optional(Text('说明', { maxLength: 500 })),
  },
  { additionalProperties: false, title: '参数取值' },
);
export type ParamValue = Static<typeof ParamValue>;

/**
 * One parameter. In a `base` document label, type and basis are required; an `extend` document
 * may give only `name` and `values` to change the parent's value from a date on.
 */
export const Param = Type.Object(
  {
    name: ParamName,
    label: Type.Optional(Text('参数名称', { maxLength: 128 })),
    type: Type.Optional(OneOf(PARAM_TYPES, '参数类型', PARAM_TYPE_LABELS)),
    unit: Type.Optional(Text('单位', { maxLength: 16 })),
    basis: Type.Optional(Text('政策依据')),
    values: Type.Array(ParamValue, { minItems: 1, maxItems: 100, title: '取值（按起始日期）' }),
  },
  { additionalProperties: false, title: '参数' },
);
export type Param = Static<typeof Param>;

export const ParamRemoval = Type.Object(
  { name: ParamName, remove: Type.Literal(true, { title: '删除标记' }), label: Type.Optional(Text('参数名称')) },
  { additionalProperties: false, title: '删除参数', errorMessage: '删除参数时只填写参数名 name、remove: true，可附参数名称 label' },
);

export const ParamsBody = Type.Object(
  {
    note: Type.Optional(Text('说明')),
    params: Type.Array(
      Type.Union([Param, ParamRemoval], {
        title: '参数',
        errorMessage: '「参数」须填写 name 和 values；删除上级参数时写 { "name": "...", "remove": true }',
      }),
      { title: '参数', maxItems: 500 },
    ),
  },
  { additionalProperties: false, title: '参数内容' },
);
export type ParamsBody = Static<typeof ParamsBody>;

/** Why a value does not fit its type, or null. */
export function paramValueProblem(type: ParamType | undefined, value: unknown): string | null {
  switch (type) {
    case 'integer':
      return Number.isInteger(value) ? null : '应为整数';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : '应为数值';
    case 'ratio':
      return typeof value === 'number' && value >= 0 && value <= 1 ? null : '应为 0 至 1 之间的比例（如 0.8 表示 80%）';
    case 'fen':
      return Number.isInteger(value) && (value as number) >= 0 ? null : '应为非负整数（单位：分）';
    case 'boolean':
      return typeof value === 'boolean' ? null : '应为是（true）或否（false）';
    case 'date':
      return isRealDate(value) ? null : '应为 YYYY-MM-DD 格式的日期';
    default:
      return null;
  }
}

/** Checks of one parameter's values: real dates, ascending, unique, each of the type. */
export function checkParamValues(p: Pick<Param, 'values' | 'label' | 'name'>, type: ParamType | undefined, at: string): ConfigError[] {
  const errors: ConfigError[] = [];
  const name = p.label ?? p.name;
  p.values.forEach((v, j) => {
    if (!isRealDate(v.from)) errors.push({ path: pointer(at, 'values', j, 'from'), message: `参数「${name}」的起始日期 ${v.from} 不是有效的日历日期` });
    if (j > 0 && v.from <= p.values[j - 1].from) {
      errors.push({ path: pointer(at, 'values', j, 'from'), message: `参数「${name}」的取值须按起始日期从早到晚排列且日期不重复（${v.from} 不晚于 ${p.values[j - 1].from}）` });
    }
    const problem = paramValueProblem(type, v.value);
    if (problem) errors.push({ path: pointer(at, 'values', j, 'value'), message: `参数「${name}」自 ${v.from} 起的取值 ${JSON.stringify(v.value)} ${problem}` });
  });
  return errors;
}

/** Checks the schema cannot express; `body` has already passed the schema. */
export function checkParams(body: ParamsBody, mode: 'base' | 'extend', base: string): ConfigError[] {
  const errors: ConfigError[] = duplicates(
    body.params,
    (p) => p.name,
    (i, name, first) => ({ path: pointer(base, 'params', i, 'name'), message: `参数名「${name}」与第 ${first + 1} 个参数重复` }),
  );
  if (mode === 'base' && body.params.length === 0) errors.push({ path: pointer(base, 'params'), message: '基础（base）参数表至少要包含一个参数' });
  body.params.forEach((p, i) => {
    const at = pointer(base, 'params', i);
    if ('remove' in p) {
      if (mode === 'base') errors.push({ path: pointer(at, 'remove'), message: '基础（base）参数表不能删除参数；删除只用于扩展（extend）上级参数表' });
      return;
    }
    if (mode === 'base') {
      for (const [key, title] of [['label', '参数名称'], ['type', '参数类型'], ['basis', '政策依据']] as const) {
        if (p[key] === undefined) errors.push({ path: pointer(at, key), message: `基础（base）参数表中的参数「${p.name}」须填写${title}（${key}）` });
      }
    }
    // In extend mode a value-only override is typed by the parent's parameter: checked at merge.
    if (p.type !== undefined || mode === 'base') errors.push(...checkParamValues(p, p.type, at));
  });
  return errors;
}

/** The value of a parameter on a date: the last value whose `from` is on or before it; undefined before the first. */
export function paramValueOn(p: Pick<Param, 'values'>, date: string): ParamValue | undefined {
  let found: ParamValue | undefined;
  for (const v of p.values) if (v.from <= date) found = v;
  return found;
}
