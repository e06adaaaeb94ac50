// Tests of the readable diff lines shown before publishing.
// @vitest-environment node
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import zhMessages from '../../i18n/zh';
import { changedLines } from './diffText';

describe('changedLines', () => {
  it('names each changed leaf, money in yuan', () => {
    const before = { name: '焊工', levels: { '5': { min_hours: 120, standard_fen: 150000 } } };
    const after = { name: '焊工', levels: { '5': { min_hours: 120, standard_fen: 180000 }, '4': { min_hours: 160, standard_fen: 200000 } } };
    const labels: Record<string, string> = { 'steppe.enums.skill_level.5': '五级', 'steppe.enums.skill_level.4': '四级' };
    const translate = (key: string, o?: Record<string, unknown>) => labels[key] ?? String(o?._ ?? key);
    expect(changedLines(before, after, translate)).toEqual([
      '五级 standard_fen：¥1,500.00 → ¥1,800.00',
      '四级 min_hours：（无） → 160',
      '四级 standard_fen：（无） → ¥2,000.00',
    ]);
  });
  it('reads code values and lists in words', () => {
    const { translate } = polyglotI18nProvider(() => zhMessages, 'zh');
    const lines = changedLines({ categories: ['rural_transfer', 'returnee'], result: 'pass' }, { categories: ['poverty_exited'], result: 'fail' }, translate);
    expect(lines.join('\n')).toContain('农村转移劳动力、返乡农牧民工 → 脱贫劳动力');
    expect(lines.join('\n')).toContain('合格 → 不合格');
  });
});
