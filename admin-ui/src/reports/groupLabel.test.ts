// Tests that summary keys read as a clerk expects: no codes where a Chinese label exists.
// @vitest-environment node
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import zhMessages from '../i18n/zh';
import { groupLabel } from './groupLabel';
import { GROUPS } from './types';

const { translate } = polyglotI18nProvider(() => zhMessages, 'zh');

describe('groupLabel', () => {
  it('labels categories, training kinds and claim types in Chinese', () => {
    expect(groupLabel('category', { key: 'poverty_exited' }, translate)).toBe('脱贫劳动力');
    expect(groupLabel('training_kind', { key: 'new_forms' }, translate)).toBe('新职业新业态培训');
    expect(groupLabel('type', { key: 'base_reward' }, translate)).toBe('以奖代补');
  });
  it('names regions, spells months and keeps occupation codes', () => {
    expect(groupLabel('region', { key: '150200', name: '包头市' }, translate)).toBe('包头市');
    expect(groupLabel('month', { key: '2025-07' }, translate)).toBe('2025年7月');
    expect(groupLabel('occupation', { key: '6-18-02-04' }, translate)).toBe('6-18-02-04');
  });
  it('says what a missing value means for every grouping', () => {
    for (const g of GROUPS) expect(groupLabel(g, { key: '(无)' }, translate)).not.toMatch(/无\)|steppe\./);
    expect(groupLabel('training_kind', { key: '(无)' }, translate)).toContain('无对应培训项目');
  });
});
