// Tests of how rule-test inputs read: codes as words, booleans as 是/否, null as 空, amounts in yuan.
// @vitest-environment node
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { valueLabeller } from '../configs/rules/valueLabels';
import zhMessages from '../i18n/zh';
import { factValueText, inputText } from './factValue';

const { translate } = polyglotI18nProvider(() => zhMessages, 'zh');
const label = valueLabeller(translate);

describe('rule-test input values', () => {
  it('names enum codes with the console’s words', () => {
    expect(inputText('劳动者 · 人员类别', { valueType: 'text' }, 'poverty_exited', label)).toBe('人员类别 = 脱贫劳动力');
    expect(inputText('报名 · 考核结果', { valueType: 'text' }, 'fail', label)).toBe('考核结果 = 不合格');
  });
  it('reads booleans as 是/否 and nothing as 空', () => {
    expect(inputText('报名 · 已结业', { valueType: 'boolean' }, false, label)).toBe('已结业 = 否');
    expect(inputText('报名 · 已结业', { valueType: 'boolean' }, true, label)).toBe('已结业 = 是');
    expect(inputText('报名 · 考核结果', { valueType: 'text' }, null, label)).toBe('考核结果 = 空');
    expect(factValueText(undefined, undefined, label)).toBe('空');
  });
  it('prefers the field’s own option labels (regions, occupations, vocabulary choices)', () => {
    const region = { valueType: 'region', values: [{ name: '150200', label: '包头市（150200）' }] };
    expect(factValueText(region, '150200', label)).toBe('包头市（150200）');
    expect(factValueText({ valueType: 'text', values: [{ name: 'fail', label: '考核未通过' }] }, 'fail', label)).toBe('考核未通过');
  });
  it('shows amounts in yuan, numbers and unknown text as they are, lists joined', () => {
    expect(factValueText({ valueType: 'fen' }, 180000, label)).toBe('¥1,800.00');
    expect(inputText('培训需求指导目录条目 · 目录补贴标准（分）', { valueType: 'fen' }, 600000, label)).toBe('目录补贴标准 = ¥6,000.00');
    expect(factValueText({ valueType: 'number' }, 63, label)).toBe('63');
    expect(factValueText({ valueType: 'text' }, '示例·宝音', label)).toBe('示例·宝音');
    expect(factValueText({ valueType: 'list' }, ['returnee', 'poverty_exited'], label)).toBe('返乡农牧民工、脱贫劳动力');
  });
});
