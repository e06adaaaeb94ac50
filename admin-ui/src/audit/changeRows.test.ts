// Audit changes as before → after rows.
// @vitest-environment node
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import zhMessages from '../i18n/zh';
import { cellText, changeRows, enumOf, enumWord } from './changeRows';

const { translate } = polyglotI18nProvider(() => zhMessages, 'zh');

describe('changeRows', () => {
  it('reads [before, after] pairs and plain created values', () => {
    expect(changeRows({ status: ['open', 'running'], name: '焊工班' })).toEqual([
      { field: 'status', before: 'open', after: 'running' },
      { field: 'name', before: undefined, after: '焊工班' },
    ]);
    expect(changeRows(null)).toEqual([]);
  });
  it('writes cells for people', () => {
    expect(cellText(true)).toBe('是');
    expect(cellText(['a', 'b'])).toBe('a、b');
    expect(cellText({ q: 1 })).toBe('{"q":1}');
    expect(cellText(null)).toBe('');
  });
  it('finds the enum of a resource’s field', () => {
    expect(enumOf('programs', 'status')).toBe('program_status');
    expect(enumOf('programs', 'level')).toBe('skill_level');
    expect(enumOf('regions', 'level')).toBe('region_level');
    expect(enumOf('intentions', 'channel')).toBe('channel');
    expect(enumOf('claims', 'type')).toBe('claim_type');
    expect(enumOf('risk_cases', 'status')).toBe('risk_status');
    expect(enumOf('workers', 'category')).toBe('worker_category');
    expect(enumOf('claims', 'worker_id')).toBeUndefined();
  });
  it('reads enum values in words, and leaves other values alone', () => {
    expect(enumWord('workers', 'category', 'poverty_exited', translate)).toBe('脱贫劳动力');
    expect(enumWord('programs', 'level', '5', translate)).toBe('五级/初级工');
    expect(enumWord('intentions', 'channel', 'gig_market', translate)).toBe('零工市场');
    expect(enumWord('enrollments', 'assessment_result', 'fail', translate)).toBe('不合格');
    expect(enumWord('programs', 'status', 'unknown-code', translate)).toBeUndefined();
    expect(enumWord('programs', 'name', '焊工班', translate)).toBeUndefined();
  });
});
