// The envelope every configuration document shares: kind, key, owner node, mode, title, dates; body by kind.
import { ENUMS } from '../../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { CLAIM_TYPES, IsoDate, OneOf, Text } from './common.js';
import { FORM_ENTITIES } from './form.js';

export const CONFIG_KINDS = ENUMS.config_kind;
export type ConfigKind = (typeof CONFIG_KINDS)[number];
export const CONFIG_KIND_LABELS: Record<ConfigKind, string> = {
  catalog: '培训需求指导目录',
  ruleset: '补贴规则集',
  form: '表单',
  guide: '办事指南',
  param: '政策参数表',
  case: '典型案例',
};

/**
 * The keys each kind accepts: one catalog and guide per node, a rule set per claim type, a form per entity.
 * An empty list: the author names each document (a typical case per slug), see `keyProblem`.
 */
export const KIND_KEYS: Record<ConfigKind, readonly string[]> = {
  catalog: ['default'],
  guide: ['default'],
  param: ['default'],
  ruleset: CLAIM_TYPES,
  form: FORM_ENTITIES,
  case: [],
};

/** A slug chosen by the author, for kinds without a fixed list of keys. */
export const FREE_KEY = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Why `key` does not fit `kind`, in Chinese, or null when it does. */
export function keyProblem(kind: ConfigKind, key: string): string | null {
  const keys = KIND_KEYS[kind];
  if (keys.length === 0) {
    return FREE_KEY.test(key) && key.length <= 32 ? null
      : `${CONFIG_KIND_LABELS[kind]}（${kind}）的文档键 key 由小写字母、数字和连字符组成（最多 32 个字符），如 baotou-welders-2026`;
  }
  return keys.includes(key) ? null : `${CONFIG_KIND_LABELS[kind]}（${kind}）的文档键 key 只能是：${keys.join('、')}`;
}

/** GB/T 2260 code of the owner node (6 digits; 9 or 12 for 苏木乡镇 and 嘎查村). */
export const NODE_CODE = '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$';

/**
 * A configuration document as stored and as written in `configs/`. `mode: "extend"` lists only
 * what it adds, overrides or removes relative to the parent node's document in force;
 * `base` replaces it. `effective_to` is the last day in force (inclusive), or null.
 */
export const ConfigDocument = Type.Object(
  {
    kind: OneOf(CONFIG_KINDS, '文档类型', CONFIG_KIND_LABELS),
    key: Text('文档键', { maxLength: 32 }),
    node: Type.String({
      pattern: NODE_CODE,
      maxLength: 12,
      title: '所属区划',
      errorMessage: '「所属区划」必须是 6 位行政区划代码（苏木乡镇、嘎查村为 9 位、12 位），如 150200',
    }),
    mode: OneOf(['base', 'extend'], '继承方式', { base: '完整替换上级', extend: '在上级基础上增改' }),
    title: Text('标题', { maxLength: 255 }),
    effective_from: IsoDate('生效日期'),
    effective_to: Type.Union([IsoDate('失效日期'), Type.Null()], {
      title: '失效日期',
      errorMessage: '「失效日期」必须是 YYYY-MM-DD 格式的日期，长期有效时填 null',
    }),
    body: Type.Unknown({ title: '文档内容' }),
  },
  { additionalProperties: false, title: '配置文档' },
);
export type ConfigDocument = Static<typeof ConfigDocument>;
