// Publish diffs read as plain Chinese sentences: parameters, rules, form fields, catalog levels.
import { describe, expect, it } from 'vitest';
import { diffBodies } from './diff.js';
import { diffSentences } from './diff-text.js';
import type { Labels } from '../rules/runtime/labels.js';

const labels: Labels = {
  facts: { idCard: { label: '身份证信息', fields: { '$.age': '申请日年龄（周岁）' } }, worker: { label: '劳动者', fields: { '$.category': '人员类别' } }, params: { label: '政策参数', fields: {} } },
  operators: { lessThanInclusive: '小于等于', greaterThanInclusive: '大于等于', equal: '等于' },
};
const age = { name: 'age_max', label: '年龄上限', type: 'integer', unit: '周岁', basis: '示例', values: [{ from: '2024-03-01', value: 60 }] };

describe('diffSentences', () => {
  it('says a parameter change as the policy would, with its unit and date', () => {
    const before = { params: [age] };
    const after = { params: [{ ...age, values: [...age.values, { from: '2025-01-01', value: 65 }] }] };
    expect(diffSentences('param', diffBodies('param', before, after), { labels, date: '2025-01-01', before, after })).toEqual(['年龄上限由 60 周岁改为 65 周岁（自 2025-01-01 起）']);
  });

  it('names a condition added to a rule in words, a parameter by its label', () => {
    const rule = (extra: unknown[]) => ({ id: 'working-age', name: '年龄在规定范围内', description: 'd', basis: 'b', conditions: { all: [{ fact: 'idCard', path: '$.age', operator: 'lessThanInclusive', value: { fact: 'params', path: '$.age_max' } }, ...extra] }, event: { type: 'working-age', params: { on_fail: 'ineligible', message: 'm' } } });
    const before = { name: 'n', description: 'd', basis: 'b', rules: [rule([])] };
    const after = { ...before, rules: [rule([{ fact: 'worker', path: '$.category', operator: 'equal', value: 'returnee' }])] };
    const s = diffSentences('ruleset', diffBodies('ruleset', before, after), { labels, date: '2025-01-01', before, after, params: { age_max: age as never } });
    expect(s).toEqual(['规则「年龄在规定范围内」新增条件：人员类别 等于 returnee']);
    expect(JSON.stringify(s)).not.toContain('{');
  });

  it('says a new required field of a form', () => {
    const before = { entity: 'worker', schema: { type: 'object', properties: { a: { type: 'string', title: '民族' } } }, ui_schema: { 'ui:order': ['a'] } };
    const after = { entity: 'worker', schema: { type: 'object', properties: { a: { type: 'string', title: '民族' }, b: { type: 'boolean', title: '有钢铁行业从业经历' } }, required: ['b'] }, ui_schema: { 'ui:order': ['a', 'b'] } };
    expect(diffSentences('form', diffBodies('form', before, after), { labels, date: '2025-01-01', before, after }))
      .toEqual(['新增字段「有钢铁行业从业经历」（是/否）', '「有钢铁行业从业经历」改为必填', '字段顺序调整为：民族、有钢铁行业从业经历']);
  });

  it('says a catalog standard change in yuan', () => {
    const entry = (fen: number) => ({ code: '6-18-02-04', name: '焊工', sector: 's', kinds: ['employment_skills'], orientation: ['local'], shortage: true, levels: { '5': { min_hours: 120, standard_fen: fen } } });
    const before = { reference: 'r', note: 'n', entries: [entry(150000)] }, after = { reference: 'r', note: 'n', entries: [entry(180000)] };
    expect(diffSentences('catalog', diffBodies('catalog', before, after), { labels, date: '2025-01-01', before, after })).toEqual(['「焊工」五级/初级工补贴标准由 1,500.00 元改为 1,800.00 元']);
  });
});
