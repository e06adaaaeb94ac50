// Rule test files (`configs/<node>/tests/<claim type>.json`): cases of facts and the expected decision.
import { Type, type Static } from '@sinclair/typebox';
import {
  CLAIM_TYPE_LABELS,
  CLAIM_TYPES,
  duplicates,
  Fen,
  KEBAB,
  OneOf,
  pointer,
  Text,
  type ConfigError,
  type ValidateOptions,
} from './common.js';
import { OUTCOME_LABELS, OUTCOMES } from './ruleset.js';

export const RuleTestCase = Type.Object(
  {
    name: Text('案例名称', { maxLength: 255 }),
    facts: Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), {
      maxProperties: 100,
      title: '事实',
      errorMessage: '「事实」必须是对象，键为事实名，如 { "idCard": { "valid": true, "age": 35 } }',
    }),
    expect: Type.Object(
      {
        outcome: OneOf(OUTCOMES, '预期结果', OUTCOME_LABELS),
        amount_fen: Type.Optional(Fen('预期金额')),
        rules: Type.Optional(
          Type.Record(Type.String({ maxLength: 64 }), Type.Boolean({ title: '规则是否满足' }), {
            maxProperties: 500,
            title: '各规则预期',
            errorMessage: '「各规则预期」必须是对象，键为规则编号，值为 true（满足）或 false（不满足）',
          }),
        ),
      },
      { additionalProperties: false, title: '预期' },
    ),
  },
  { additionalProperties: false, title: '测试案例' },
);
export type RuleTestCase = Static<typeof RuleTestCase>;

/** Not a stored document kind: the cases run against the rule set in force at the file's node. */
export const RuleTests = Type.Object(
  {
    ruleset: OneOf(CLAIM_TYPES, '规则集', CLAIM_TYPE_LABELS),
    description: Type.Optional(Text('说明')),
    cases: Type.Array(RuleTestCase, { minItems: 1, maxItems: 2000, title: '测试案例' }),
  },
  { additionalProperties: false, title: '规则测试' },
);
export type RuleTests = Static<typeof RuleTests>;

export interface TestsOptions extends ValidateOptions {
  /** Ids of the rules of the effective rule set, to catch expectations about unknown rules. */
  ruleIds?: readonly string[];
}

/** Checks the schema cannot express; `doc` has already passed the schema. */
export function checkRuleTests(doc: RuleTests, options: TestsOptions = {}): ConfigError[] {
  const errors: ConfigError[] = duplicates(
    doc.cases,
    (c) => c.name,
    (i, name, first) => ({
      path: pointer('', 'cases', i, 'name'),
      message: `案例名称「${name}」与第 ${first + 1} 个案例重复`,
    }),
  );
  const kebab = new RegExp(KEBAB);
  doc.cases.forEach((c, i) => {
    const at = pointer('', 'cases', i);
    if (c.expect.outcome === 'ineligible' && (c.expect.amount_fen ?? 0) > 0) {
      errors.push({
        path: pointer(at, 'expect', 'amount_fen'),
        message: '预期结果为不符合条件时，预期金额应为 0 或不填',
      });
    }
    for (const id of Object.keys(c.expect.rules ?? {})) {
      if (!kebab.test(id)) {
        errors.push({ path: pointer(at, 'expect', 'rules', id), message: `规则编号「${id}」格式不正确` });
      } else if (options.ruleIds && !options.ruleIds.includes(id)) {
        errors.push({ path: pointer(at, 'expect', 'rules', id), message: `规则集中没有编号为「${id}」的规则` });
      }
    }
    if (options.facts) {
      for (const fact of Object.keys(c.facts)) {
        if (!Object.hasOwn(options.facts, fact)) {
          errors.push({ path: pointer(at, 'facts', fact), message: `未注册的事实「${fact}」` });
        }
      }
    }
  });
  return errors;
}
