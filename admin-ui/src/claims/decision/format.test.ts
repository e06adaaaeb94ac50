// Tests of how a decision's required and actual values read on the claim's 判定依据 tab.
// @vitest-environment node
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { valueLabeller } from '../../configs/rules/valueLabels';
import zhMessages from '../../i18n/zh';
import { conditionSubject, showValue } from './format';

const { translate } = polyglotI18nProvider(() => zhMessages, 'zh');
const label = valueLabeller(translate);

describe('decision values', () => {
  it('names the codes a rule compares (人员类别 属于 …, 考核结果 等于 合格)', () => {
    expect(showValue(['rural_transfer', 'returnee', 'poverty_exited', 'employed'], label)).toBe('农村转移劳动力、返乡农牧民工、脱贫劳动力、在岗农牧民工');
    expect(showValue('pass', label)).toBe('合格');
    expect(showValue('fail', label)).toBe('不合格');
  });
  it('keeps numbers, dates, ranges and yes/no as a clerk reads them', () => {
    expect(showValue([16, 60], label)).toBe('16～60');
    expect(showValue(0.7, label)).toBe('0.7');
    expect(showValue('2025-07-31', label)).toBe('2025-07-31');
    expect(showValue(true, label)).toBe('是');
    expect(showValue(null, label)).toBe('—');
    expect(showValue('pass')).toBe('pass');
  });
  it('names a condition’s subject without repeating the fact', () => {
    expect(conditionSubject('参训人员', '人员类别')).toBe('参训人员 · 人员类别');
    expect(conditionSubject('培训班', '培训班')).toBe('培训班');
  });
});
