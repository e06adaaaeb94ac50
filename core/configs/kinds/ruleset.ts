// The body of a ruleset document: the eligibility rules and the amount of one claim type.
import { Type, type Static } from '@sinclair/typebox';
import {
  duplicates,
  FactPath,
  Fen,
  KebabId,
  OneOf,
  pointer,
  Text,
  type ConfigError,
  type ValidateOptions,
} from './common.js';
import { checkFactUse, checkLeafValue, checkOperator, eachLeaf, isFactReference, TopLevelCondition } from './conditions.js';

export const OUTCOMES = ['eligible', 'ineligible', 'needs_review'] as const;
export const OUTCOME_LABELS: Record<(typeof OUTCOMES)[number], string> = {
  eligible: '符合条件',
  ineligible: '不符合条件',
  needs_review: '需人工审核',
};

export const FactRef = Type.Object(
  { fact: Text('事实', { maxLength: 64 }), path: FactPath() },
  { additionalProperties: false, title: '事实引用' },
);
export type FactRef = Static<typeof FactRef>;

/** amount = base × scale_by (when given), at most cap_fen, rounded to fen or whole yuan. */
export const Amount = Type.Object(
  {
    base: FactRef,
    scale_by: Type.Optional(FactRef),
    cap_fen: Type.Optional(Fen('封顶金额')),
    rounding: OneOf(['fen', 'yuan'], '取整方式', { fen: '精确到分', yuan: '按元取整' }),
    explanation: Text('计算说明'),
  },
  { additionalProperties: false, title: '补贴金额计算' },
);
export type Amount = Static<typeof Amount>;

export const RuleEvent = Type.Object(
  {
    type: KebabId('事件类型'),
    params: Type.Object(
      {
        on_fail: OneOf(['ineligible', 'needs_review'], '不满足时的结果', {
          ineligible: '不符合条件',
          needs_review: '转人工审核',
        }),
        message: Text('不满足时的提示'),
        pass_message: Type.Optional(Text('满足时的提示')),
      },
      { additionalProperties: false, title: '事件参数' },
    ),
  },
  { additionalProperties: false, title: '事件' },
);

/** A rule passes when its conditions hold; when they do not, `on_fail` decides the outcome. */
export const Rule = Type.Object(
  {
    id: KebabId('规则编号'),
    name: Text('规则名称', { maxLength: 255 }),
    description: Text('规则说明'),
    basis: Text('政策依据'),
    mandatory: Type.Optional(Type.Boolean({ title: '强制规则' })),
    priority: Type.Optional(
      Type.Integer({ minimum: 1, title: '优先级', errorMessage: '「优先级」必须是不小于 1 的整数' }),
    ),
    conditions: TopLevelCondition,
    event: RuleEvent,
  },
  { additionalProperties: false, title: '规则' },
);
export type Rule = Static<typeof Rule>;

/** In an extend document: drop the parent's rule with this id (refused at merge if it is mandatory). */
export const RuleRemoval = Type.Object(
  {
    id: KebabId('规则编号'),
    remove: Type.Literal(true, { title: '删除标记' }),
    name: Type.Optional(Text('规则名称')),
    description: Type.Optional(Text('删除原因')),
  },
  {
    additionalProperties: false,
    title: '删除规则',
    errorMessage: '删除规则时只填写规则编号 id、remove: true，可附名称 name 和删除原因 description',
  },
);
export type RuleRemoval = Static<typeof RuleRemoval>;

/**
 * A rule set for one claim type. In `extend` mode a rule with the parent's id overrides it,
 * a new id is added, `{ id, remove: true }` drops it (a parent's mandatory rule can be neither
 * overridden nor removed: checked at merge), and an absent `amount` keeps the parent's.
 */
export const RulesetBody = Type.Object(
  {
    name: Text('规则集名称', { maxLength: 255 }),
    description: Text('规则集说明'),
    basis: Text('政策依据'),
    amount: Type.Optional(
      Type.Union([Amount, Type.Null()], {
        title: '补贴金额计算',
        errorMessage: '「补贴金额计算」必须是对象 { base, rounding, explanation, ... }，不计算金额时填 null',
      }),
    ),
    rules: Type.Array(
      Type.Union([Rule, RuleRemoval], {
        title: '规则',
        errorMessage:
          '「规则」须填写 id、name、description、basis、conditions、event；删除上级规则时写 { "id": "...", "remove": true }',
      }),
      { title: '规则', maxItems: 500 },
    ),
  },
  { additionalProperties: false, title: '规则集内容' },
);
export type RulesetBody = Static<typeof RulesetBody>;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z0-9_]+)*)\s*\}\}/g;

/** The `{{fact.path}}` placeholders of a message, or an error for a malformed one. */
function checkMessage(text: string, at: string, options: ValidateOptions): ConfigError[] {
  const errors: ConfigError[] = [];
  const rest = text.replace(PLACEHOLDER, (_m, fact: string, dotted: string) => {
    const path = dotted ? '$' + dotted.replace(/\.([0-9]+)/g, '[$1]') : undefined;
    for (const e of checkFactUse({ fact, path }, at, options)) {
      errors.push({ path: at, message: `提示中的占位符 {{${fact}${dotted}}}：${e.message}` });
    }
    return '';
  });
  if (rest.includes('{{') || rest.includes('}}')) {
    errors.push({
      path: at,
      message: '提示中的占位符格式不正确，应写成 {{事实.路径}}，如 {{subsidyHistory.priorClaims.0.id}}',
    });
  }
  return errors;
}

/** Checks the schema cannot express; `body` has already passed the schema. */
export function checkRuleset(
  body: RulesetBody,
  mode: 'base' | 'extend',
  base: string,
  options: ValidateOptions = {},
): ConfigError[] {
  const errors: ConfigError[] = [];
  if (mode === 'base' && body.amount === undefined) {
    errors.push({
      path: pointer(base, 'amount'),
      message: '基础（base）规则集必须填写补贴金额计算方式 amount；不计算金额时填 null',
    });
  }
  if (mode === 'base' && body.rules.length === 0) {
    errors.push({ path: pointer(base, 'rules'), message: '基础（base）规则集至少要包含一条规则' });
  }
  if (body.amount) {
    errors.push(...checkFactUse(body.amount.base, pointer(base, 'amount', 'base'), options));
    if (body.amount.scale_by) {
      errors.push(...checkFactUse(body.amount.scale_by, pointer(base, 'amount', 'scale_by'), options));
    }
  }
  errors.push(
    ...duplicates(
      body.rules,
      (r) => r.id,
      (i, id, first) => ({
        path: pointer(base, 'rules', i, 'id'),
        message: `规则编号「${id}」与第 ${first + 1} 条规则重复，同一规则集中规则编号不能重复`,
      }),
    ),
  );
  body.rules.forEach((rule, i) => {
    const at = pointer(base, 'rules', i);
    if ('remove' in rule) {
      if (mode === 'base') {
        errors.push({
          path: pointer(at, 'remove'),
          message: '基础（base）规则集不能删除规则；删除只用于扩展（extend）上级规则集',
        });
      }
      return;
    }
    if (rule.event.type !== rule.id) {
      errors.push({
        path: pointer(at, 'event', 'type'),
        message: `事件类型 event.type 必须与规则编号一致，应为「${rule.id}」`,
      });
    }
    errors.push(...checkMessage(rule.event.params.message, pointer(at, 'event', 'params', 'message'), options));
    if (rule.event.params.pass_message !== undefined) {
      errors.push(
        ...checkMessage(rule.event.params.pass_message, pointer(at, 'event', 'params', 'pass_message'), options),
      );
    }
    eachLeaf(rule.conditions, pointer(at, 'conditions'), (leaf, leafAt) => {
      errors.push(...checkFactUse(leaf, leafAt, options));
      if (isFactReference(leaf.value)) errors.push(...checkFactUse(leaf.value, pointer(leafAt, 'value'), options));
      errors.push(...checkOperator(leaf.operator, pointer(leafAt, 'operator'), options.operators));
      errors.push(...checkLeafValue(leaf, leafAt));
    });
  });
  return errors;
}
