// Tests of the configuration meta-schemas: good documents pass, each mistake gives its path and a Chinese message.
import { describe, expect, it } from 'vitest';
import { validateDocument, validateRuleTests, type ConfigError } from './index.js';

const envelope = (kind: string, key: string, body: unknown, extra: Record<string, unknown> = {}) => ({
  kind,
  key,
  node: '150000',
  mode: 'base',
  title: '示例文档',
  effective_from: '2024-03-01',
  effective_to: null,
  body,
  ...extra,
});

const catalog = () =>
  envelope('catalog', 'default', {
    reference: '《实施意见》三、（五）（示例）',
    note: '补贴标准为示例，非官方标准',
    entries: [
      {
        code: '6-18-02-04',
        name: '焊工',
        sector: '装备制造业',
        kinds: ['employment_skills', 'upgrade'],
        orientation: ['outbound', 'local'],
        shortage: true,
        levels: { '5': { min_hours: 120, standard_fen: 150000 }, '4': { min_hours: 160, standard_fen: 200000 } },
      },
      {
        code: 'NM-150000-07',
        name: '蒙餐制作（专项职业能力）',
        sector: '餐饮业',
        kinds: ['employment_skills'],
        orientation: ['local'],
        shortage: false,
        levels: { special: { min_hours: 64, standard_fen: 90000 } },
        reference: '示例',
      },
    ],
  });

const rule = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: '年龄在 16 至 60 周岁之间',
  description: '示例口径',
  basis: '《劳动法》第十五条',
  conditions: { all: [{ fact: 'idCard', path: '$.age', operator: 'between', value: [16, 60] }] },
  event: { type: id, params: { on_fail: 'ineligible', message: '申请人年龄为 {{idCard.age}} 周岁' } },
  ...extra,
});

const ruleset = () =>
  envelope('ruleset', 'training', {
    name: '职业培训补贴',
    description: '示例',
    basis: '《实施意见》三、（五）',
    amount: {
      base: { fact: 'catalogEntry', path: '$.standardFen' },
      scale_by: { fact: 'attendance', path: '$.completionRatio' },
      cap_fen: 500000,
      rounding: 'yuan',
      explanation: '目录标准 × 出勤完成率',
    },
    rules: [
      rule('working-age'),
      rule('no-double-subsidy', {
        mandatory: true,
        priority: 10,
        conditions: {
          any: [
            { fact: 'subsidyHistory', path: '$.sameOccupationLevelCount', operator: 'equal', value: 0 },
            { not: { fact: 'program', path: '$.hours', operator: 'lessThan', value: { fact: 'catalogEntry', path: '$.minHours' } } },
          ],
        },
        event: {
          type: 'no-double-subsidy',
          params: {
            on_fail: 'ineligible',
            message: '已享受过补贴（申请编号 {{subsidyHistory.priorClaims.0.id}}，{{subsidyHistory.priorClaims.0.regionName}}）',
          },
        },
      }),
    ],
  });

const form = () =>
  envelope('form', 'worker', {
    entity: 'worker',
    schema: {
      type: 'object',
      properties: {
        herd_size: { type: 'integer', title: '牲畜存栏（头、只）', minimum: 0 },
        gacha_name: { type: 'string', title: '所属嘎查' },
      },
      required: ['gacha_name'],
    },
    ui_schema: { 'ui:order': ['gacha_name', 'herd_size'], herd_size: { 'ui:help': '牧户填写' } },
  });

const guide = () =>
  envelope('guide', 'default', {
    services: [
      {
        id: 'upgrade-subsidy',
        name: '技能提升补贴申领',
        claim_type: 'upgrade',
        steps: ['提交申请', '数据比对', '审核拨付'],
        materials: [
          { id: 'id-card', name: '身份证复印件', waived_by: 'identity' },
          { id: 'social-insurance-proof', name: '社保参保证明', waived_by: 'social_insurance' },
          { id: 'application-form', name: '申请表' },
        ],
        conditions: ['参保职工'],
        time_limit_working_days: 15,
        basis: '《实施意见》三、（六）',
      },
    ],
  });

const tests = () => ({
  ruleset: 'training',
  description: '示例',
  cases: [
    { name: '全部满足', facts: { idCard: { valid: true, age: 35 } }, expect: { outcome: 'eligible', amount_fen: 150000 } },
    { name: '年龄超限', facts: { idCard: { valid: true, age: 61 } }, expect: { outcome: 'ineligible', rules: { 'working-age': false } } },
  ],
});

/** A deep copy of `doc` changed by `change`. */
function mutate<T>(doc: T, change: (d: any) => void): T {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
}

/** The single error at `path`, or a failure listing all errors. */
function errorAt(errors: ConfigError[], path: string): ConfigError {
  const found = errors.filter((e) => e.path === path);
  expect(found, JSON.stringify(errors, null, 2)).toHaveLength(1);
  expect(found[0]!.message).toMatch(/[\u4e00-\u9fa5]/);
  return found[0]!;
}

describe('good documents pass', () => {
  it.each([
    ['catalog', catalog()],
    ['ruleset', ruleset()],
    ['form', form()],
    ['guide', guide()],
  ])('%s', (_kind, doc) => {
    expect(validateDocument(doc)).toEqual([]);
  });

  it('extend documents may add, override and remove', () => {
    const ext = { mode: 'extend', node: '150200', effective_to: '2024-12-31' };
    const c = mutate(catalog(), (d) => {
      Object.assign(d, ext);
      d.body.entries.push({ code: '6-29-01-01', remove: true });
    });
    const r = mutate(ruleset(), (d) => {
      Object.assign(d, ext);
      delete d.body.amount;
      d.body.rules.push({ id: 'assessment-passed', remove: true, description: '本市由承训机构考核' });
    });
    const g = mutate(guide(), (d) => {
      Object.assign(d, ext);
      d.body.services.push({ id: 'base-reward', remove: true });
    });
    const f = mutate(form(), (d) => {
      Object.assign(d, ext);
      d.body.schema.required.push('ethnicity');
    });
    for (const doc of [c, r, g, f]) expect(validateDocument(doc)).toEqual([]);
  });

  it('a rule set with facts and operators the platform knows', () => {
    const facts = {
      idCard: ['$.age'],
      subsidyHistory: ['$.sameOccupationLevelCount', '$.priorClaims'],
      program: ['$.hours'],
      catalogEntry: ['$.minHours', '$.standardFen'],
      attendance: ['$.completionRatio'],
    };
    expect(validateDocument(ruleset(), { facts, operators: ['between', 'equal', 'lessThan'] })).toEqual([]);
  });

  it('a rule test file', () => {
    expect(validateRuleTests(tests(), { ruleIds: ['working-age'] })).toEqual([]);
  });
});

describe('envelope mistakes', () => {
  it('not an object', () => {
    expect(errorAt(validateDocument('catalog'), '').message).toContain('必须是对象');
  });

  it('unknown kind', () => {
    const errors = validateDocument(mutate(catalog(), (d) => (d.kind = 'catalogue')));
    expect(errorAt(errors, '/kind').message).toContain('必须是以下之一：catalog（培训需求指导目录）');
  });

  it('key not allowed for the kind', () => {
    expect(errorAt(validateDocument(mutate(ruleset(), (d) => (d.key = 'default'))), '/key').message).toBe(
      '补贴规则集（ruleset）的文档键 key 只能是：training、evaluation、upgrade、base_reward',
    );
    expect(errorAt(validateDocument(mutate(catalog(), (d) => (d.key = 'training'))), '/key').message).toContain('default');
  });

  it('node code', () => {
    expect(errorAt(validateDocument(mutate(catalog(), (d) => (d.node = '1502'))), '/node').message).toContain('行政区划代码');
  });

  it('mode', () => {
    expect(errorAt(validateDocument(mutate(catalog(), (d) => (d.mode = 'merge'))), '/mode').message).toContain('base');
  });

  it('effective_to before effective_from', () => {
    const errors = validateDocument(mutate(catalog(), (d) => (d.effective_to = '2024-02-29')));
    expect(errorAt(errors, '/effective_to').message).toBe('失效日期 2024-02-29 早于生效日期 2024-03-01');
  });

  it('dates that are not calendar dates or not YYYY-MM-DD', () => {
    expect(errorAt(validateDocument(mutate(catalog(), (d) => (d.effective_from = '2024-02-30'))), '/effective_from').message).toContain(
      '不是有效的日历日期',
    );
    expect(errorAt(validateDocument(mutate(catalog(), (d) => (d.effective_to = '2024/12/31'))), '/effective_to').message).toContain(
      'YYYY-MM-DD',
    );
  });

  it('missing and unknown fields', () => {
    const errors = validateDocument(mutate(catalog(), (d) => {
      delete d.title;
      d.version = 3;
    }));
    expect(errorAt(errors, '/title').message).toBe('缺少必填项「标题」');
    expect(errorAt(errors, '/version').message).toContain('不认识的字段「version」');
  });
});

describe('catalog mistakes', () => {
  it('standard_fen not an integer of fen', () => {
    const errors = validateDocument(mutate(catalog(), (d) => (d.body.entries[0].levels['4'].standard_fen = 2000.5)));
    expect(errorAt(errors, '/body/entries/0/levels/4/standard_fen').message).toBe('「补贴标准」必须是非负整数（单位：分）');
  });

  it('negative standard and zero hours', () => {
    const errors = validateDocument(mutate(catalog(), (d) => (d.body.entries[1].levels.special = { min_hours: 0, standard_fen: -1 })));
    expect(errorAt(errors, '/body/entries/1/levels/special/min_hours').message).toContain('正整数');
    expect(errorAt(errors, '/body/entries/1/levels/special/standard_fen').message).toContain('非负整数');
  });

  it('unknown level key', () => {
    const errors = validateDocument(mutate(catalog(), (d) => (d.body.entries[0].levels['6'] = { min_hours: 40, standard_fen: 1 })));
    expect(errorAt(errors, '/body/entries/0/levels/6').message).toContain('键只能是 5、4、3、2、1');
  });

  it('no level at all', () => {
    const errors = validateDocument(mutate(catalog(), (d) => (d.body.entries[0].levels = {})));
    expect(errorAt(errors, '/body/entries/0/levels').message).toContain('至少填写一个等级');
  });

  it('occupation code format', () => {
    const errors = validateDocument(mutate(catalog(), (d) => (d.body.entries[0].code = '焊工')));
    expect(errorAt(errors, '/body/entries/0/code').message).toContain('职业分类大典编码');
  });

  it('unknown training kind', () => {
    const errors = validateDocument(mutate(catalog(), (d) => (d.body.entries[0].kinds = ['welding'])));
    expect(errorAt(errors, '/body/entries/0/kinds/0').message).toContain('employment_skills（就业技能培训）');
  });

  it('missing field of an entry', () => {
    const errors = validateDocument(mutate(catalog(), (d) => delete d.body.entries[1].sector));
    expect(errorAt(errors, '/body/entries/1/sector').message).toBe('缺少必填项「行业」');
  });

  it('duplicate code', () => {
    const errors = validateDocument(mutate(catalog(), (d) => (d.body.entries[1].code = '6-18-02-04')));
    expect(errorAt(errors, '/body/entries/1/code').message).toContain('与第 1 条重复');
  });

  it('remove in a base document', () => {
    const errors = validateDocument(mutate(catalog(), (d) => d.body.entries.push({ code: '6-29-01-01', remove: true })));
    expect(errorAt(errors, '/body/entries/2/remove').message).toContain('基础（base）目录不能删除职业');
  });

  it('an entry that is neither an occupation nor a removal', () => {
    const errors = validateDocument(mutate(catalog(), (d) => d.body.entries.push({ occupation: '焊工' })));
    expect(errorAt(errors, '/body/entries/2').message).toContain('remove');
  });
});

describe('ruleset mistakes', () => {
  it('event.type differs from the rule id', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => (d.body.rules[0].event.type = 'age-check')));
    expect(errorAt(errors, '/body/rules/0/event/type').message).toBe('事件类型 event.type 必须与规则编号一致，应为「working-age」');
  });

  it('duplicate rule ids', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => d.body.rules.push(rule('working-age'))));
    expect(errorAt(errors, '/body/rules/2/id').message).toContain('与第 1 条规则重复');
  });

  it('rule id not kebab-case', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => (d.body.rules[0].id = 'WorkingAge')));
    expect(errorAt(errors, '/body/rules/0/id').message).toContain('小写字母、数字和连字符');
  });

  it('remove in a base document', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => d.body.rules.push({ id: 'assessment-passed', remove: true })));
    expect(errorAt(errors, '/body/rules/2/remove').message).toContain('基础（base）规则集不能删除规则');
  });

  it('a base rule set without amount', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => delete d.body.amount));
    expect(errorAt(errors, '/body/amount').message).toContain('必须填写补贴金额计算方式');
  });

  it('amount rounding and cap', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => {
      d.body.amount.rounding = 'jiao';
      d.body.amount.cap_fen = 5000.5;
    }));
    expect(errorAt(errors, '/body/amount/rounding').message).toContain('fen（精确到分）、yuan（按元取整）');
    expect(errorAt(errors, '/body/amount/cap_fen').message).toBe('「封顶金额」必须是非负整数（单位：分）');
  });

  it('on_fail outside the two outcomes', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => (d.body.rules[0].event.params.on_fail = 'reject')));
    expect(errorAt(errors, '/body/rules/0/event/params/on_fail').message).toContain('needs_review（转人工审核）');
  });

  it('a bare leaf at the top of conditions', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => (d.body.rules[0].conditions = d.body.rules[0].conditions.all[0])));
    expect(errorAt(errors, '/body/rules/0/conditions').message).toContain('最外层必须是');
  });

  it('a leaf without value, deep inside', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => delete d.body.rules[1].conditions.any[1].not.value));
    expect(errorAt(errors, '/body/rules/1/conditions/any/1/not/value').message).toBe('缺少必填项「比较值」');
  });

  it('a path that is not JSONPath', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => (d.body.rules[0].conditions.all[0].path = 'age')));
    expect(errorAt(errors, '/body/rules/0/conditions/all/0/path').message).toContain('必须以 $ 开头');
  });

  it('between with a reversed or malformed range', () => {
    const reversed = validateDocument(mutate(ruleset(), (d) => (d.body.rules[0].conditions.all[0].value = [60, 16])));
    expect(errorAt(reversed, '/body/rules/0/conditions/all/0/value').message).toBe('between 的下限不能大于上限');
    const text = validateDocument(mutate(ruleset(), (d) => (d.body.rules[0].conditions.all[0].value = '16-60')));
    expect(errorAt(text, '/body/rules/0/conditions/all/0/value').message).toContain('[下限, 上限]');
  });

  it('a number written as text for a numeric operator', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => {
      Object.assign(d.body.rules[0].conditions.all[0], { operator: 'greaterThanInclusive', value: '0.8' });
    }));
    expect(errorAt(errors, '/body/rules/0/conditions/all/0/value').message).toContain('必须是数字');
  });

  it('a malformed placeholder in the message', () => {
    const errors = validateDocument(mutate(ruleset(), (d) => (d.body.rules[0].event.params.message = '年龄 {{idCard.age 周岁')));
    expect(errorAt(errors, '/body/rules/0/event/params/message').message).toContain('占位符格式不正确');
  });

  it('unknown facts, paths and operators when the registry is given', () => {
    const options = {
      facts: { idCard: ['$.valid'], subsidyHistory: ['$.sameOccupationLevelCount', '$.priorClaims'], catalogEntry: ['$.standardFen'] },
      operators: ['equal', 'between'],
    };
    const errors = validateDocument(ruleset(), options);
    expect(errorAt(errors, '/body/rules/0/conditions/all/0/path').message).toContain('没有取值路径 $.age');
    expect(errorAt(errors, '/body/rules/1/conditions/any/1/not/fact').message).toContain('未注册的事实「program」');
    expect(errorAt(errors, '/body/rules/1/conditions/any/1/not/operator').message).toContain('未注册的运算符「lessThan」');
    expect(errorAt(errors, '/body/amount/scale_by/fact').message).toContain('未注册的事实「attendance」');
    expect(errorAt(errors, '/body/rules/0/event/params/message').message).toContain('{{idCard.age}}');
  });

  it('decorated operators are checked by their operator', () => {
    const doc = mutate(ruleset(), (d) => Object.assign(d.body.rules[0].conditions.all[0], { operator: 'not:between' }));
    expect(validateDocument(doc, { operators: ['between', 'equal', 'lessThan'] })).toEqual([]);
    const bad = mutate(ruleset(), (d) => Object.assign(d.body.rules[0].conditions.all[0], { operator: 'never:between' }));
    expect(errorAt(validateDocument(bad), '/body/rules/0/conditions/all/0/operator').message).toContain('未知的运算符修饰');
  });
});

describe('form mistakes', () => {
  it('schema not an object schema', () => {
    const errors = validateDocument(mutate(form(), (d) => (d.body.schema = { type: 'array', items: {} })));
    expect(errorAt(errors, '/body/schema/type').message).toBe('表单结构 schema 的 type 必须是 "object"');
    expect(errorAt(errors, '/body/schema/properties').message).toBe('缺少必填项「字段定义（properties）」');
  });

  it('schema not an object at all', () => {
    const errors = validateDocument(mutate(form(), (d) => (d.body.schema = 'worker')));
    expect(errorAt(errors, '/body/schema').message).toContain('含 properties 的 JSON Schema');
  });

  it('a field without a title, and a badly named field', () => {
    const errors = validateDocument(mutate(form(), (d) => {
      d.body.schema.properties.herd_size = { type: 'integer' };
      d.body.schema.properties.HerdSize = { type: 'integer', title: '牲畜' };
    }));
    expect(errorAt(errors, '/body/schema/properties/herd_size/title').message).toBe('缺少必填项「字段标题」');
    const named = validateDocument(mutate(form(), (d) => (d.body.schema.properties.HerdSize = { type: 'integer', title: '牲畜' })));
    expect(errorAt(named, '/body/schema/properties/HerdSize').message).toContain('小写字母、数字和下划线');
  });

  it('a required field that is not defined (base)', () => {
    const errors = validateDocument(mutate(form(), (d) => d.body.schema.required.push('ethnicity')));
    expect(errorAt(errors, '/body/schema/required/1').message).toBe('必填字段「ethnicity」没有在 properties 中定义');
  });

  it('entity differs from the key', () => {
    const errors = validateDocument(mutate(form(), (d) => (d.body.entity = 'claim')));
    expect(errorAt(errors, '/body/entity').message).toContain('必须与文档键 key「worker」一致');
  });
});

describe('guide mistakes', () => {
  it('waived_by naming a check no loaded plugin declares', () => {
    const checks = ['identity', 'social_insurance', 'poverty_registry', 'certificate_registry'];
    const errors = validateDocument(mutate(guide(), (d) => (d.body.services[0].materials[0].waived_by = 'paper')), { checks });
    expect(errorAt(errors, '/body/services/0/materials/0/waived_by').message).toBe(
      '未注册的比对方式「paper」；可用的比对方式：identity、social_insurance、poverty_registry、certificate_registry',
    );
    expect(errorAt(validateDocument(mutate(guide(), (d) => (d.body.services[0].materials[0].waived_by = 'Paper Copy'))), '/body/services/0/materials/0/waived_by')).toBeTruthy();
  });

  it('time limit not a positive integer of working days', () => {
    const errors = validateDocument(mutate(guide(), (d) => (d.body.services[0].time_limit_working_days = 0)));
    expect(errorAt(errors, '/body/services/0/time_limit_working_days').message).toBe('「办理时限」必须是正整数（单位：工作日）');
  });

  it('no steps', () => {
    const errors = validateDocument(mutate(guide(), (d) => (d.body.services[0].steps = [])));
    expect(errorAt(errors, '/body/services/0/steps').message).toBe('「办理流程」至少需要 1 项');
  });

  it('duplicate services and materials', () => {
    const errors = validateDocument(mutate(guide(), (d) => {
      d.body.services[0].materials.push({ id: 'id-card', name: '户口簿' });
      d.body.services.push(structuredClone(d.body.services[0]));
    }));
    expect(errorAt(errors, '/body/services/1/id').message).toContain('与第 1 个事项重复');
    expect(errorAt(errors, '/body/services/0/materials/3/id').message).toContain('与本事项第 1 项材料重复');
  });

  it('remove in a base document', () => {
    const errors = validateDocument(mutate(guide(), (d) => d.body.services.push({ id: 'base-reward', remove: true })));
    expect(errorAt(errors, '/body/services/1/remove').message).toContain('不能删除事项');
  });
});

describe('rule test mistakes', () => {
  it('no cases', () => {
    expect(errorAt(validateRuleTests({ ruleset: 'training', cases: [] }), '/cases').message).toBe('「测试案例」至少需要 1 项');
  });

  it('unknown outcome and ruleset', () => {
    const errors = validateRuleTests(mutate(tests(), (d) => {
      d.ruleset = 'subsidy';
      d.cases[0].expect.outcome = 'approved';
    }));
    expect(errorAt(errors, '/ruleset').message).toContain('training（职业培训补贴）');
    expect(errorAt(errors, '/cases/0/expect/outcome').message).toContain('needs_review（需人工审核）');
  });

  it('an amount that is not integer fen', () => {
    const errors = validateRuleTests(mutate(tests(), (d) => (d.cases[0].expect.amount_fen = 1500.5)));
    expect(errorAt(errors, '/cases/0/expect/amount_fen').message).toBe('「预期金额」必须是非负整数（单位：分）');
  });

  it('duplicate names, unknown rule ids, an amount on an ineligible case', () => {
    const errors = validateRuleTests(
      mutate(tests(), (d) => {
        d.cases[1].name = '全部满足';
        d.cases[1].expect.amount_fen = 100;
        d.cases[1].expect.rules['age-check'] = true;
      }),
      { ruleIds: ['working-age'] },
    );
    expect(errorAt(errors, '/cases/1/name').message).toContain('与第 1 个案例重复');
    expect(errorAt(errors, '/cases/1/expect/amount_fen').message).toContain('预期金额应为 0 或不填');
    expect(errorAt(errors, '/cases/1/expect/rules/age-check').message).toContain('没有编号为「age-check」的规则');
  });
});
