// Tests of the readable rule conditions.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { conditionLines, leafText, withParams, type Vocabulary } from './conditionText';

const vocab: Vocabulary = {
  facts: [
    { id: 'idCard', label: '身份证信息', fields: { '$.age': '申请日年龄（周岁）' } },
    { id: 'program', label: '培训班', fields: { '$.hours': '课时' } },
    { id: 'catalogEntry', label: '培训需求指导目录条目', fields: { '$.minHours': '目录最低学时' } },
  ],
  operators: [{ name: 'between', label: '介于' }, { name: 'greaterThanInclusive', label: '大于等于' }, { name: 'in', label: '属于' }],
};
const labels = { all: '同时满足：', any: '满足其一：', not: '不满足：', condition: '共享条件' };

describe('readable conditions', () => {
  it('reads a leaf with the vocabulary labels', () => {
    expect(leafText(vocab, { fact: 'idCard', path: '$.age', operator: 'between', value: [16, 60] })).toBe('申请日年龄（周岁） 介于 16～60');
    expect(leafText(vocab, { fact: 'program', path: '$.hours', operator: 'greaterThanInclusive', value: { fact: 'catalogEntry', path: '$.minHours' } }))
      .toBe('课时 大于等于 目录最低学时');
  });
  it('names a compared policy parameter by its label and unit', () => {
    const named = withParams(vocab, [{ name: 'age_max', label: '年龄上限', unit: '周岁' }]);
    expect(leafText(named, { fact: 'idCard', path: '$.age', operator: 'greaterThanInclusive', value: { fact: 'params', path: '$.age_max' } }))
      .toBe('申请日年龄（周岁） 大于等于 年龄上限（周岁）');
    expect(withParams(vocab, [])).toBe(vocab);
  });
  it('names code values through the label function', () => {
    const label = (v: string) => ({ returnee: '返乡农牧民工' } as Record<string, string>)[v];
    expect(leafText(vocab, { fact: 'idCard', path: '$.age', operator: 'in', value: ['returnee', 'other'] }, label)).toBe('申请日年龄（周岁） 属于 返乡农牧民工、other');
  });
  it('indents groups and unwraps a lone top-level group', () => {
    const tree = { all: [{ any: [{ fact: 'idCard', path: '$.age', operator: 'in', value: [18, 19] }, { not: { fact: 'program', path: '$.hours', operator: 'greaterThanInclusive', value: 8 } }] }] };
    expect(conditionLines(vocab, tree, labels)).toEqual([
      { depth: 0, text: '满足其一：', group: true },
      { depth: 1, text: '申请日年龄（周岁） 属于 18、19' },
      { depth: 1, text: '不满足：', group: true },
      { depth: 2, text: '课时 大于等于 8' },
    ]);
  });
});
