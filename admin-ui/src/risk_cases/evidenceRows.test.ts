// Tests that a risk case's evidence reads in Chinese: labels, ids, codes in words, ranges, nested findings.
// @vitest-environment node
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { valueLabeller } from '../configs/rules/valueLabels';
import zhMessages from '../i18n/zh';
import { evidenceRows, type EvidenceRow } from './evidenceRows';

const { translate } = polyglotI18nProvider(() => zhMessages, 'zh');
const label = valueLabeller(translate);
const flat = (rows: EvidenceRow[]): Record<string, unknown> => Object.fromEntries(rows.map((r) => [r.label, r.text ?? r.groups?.map(flat)]));

describe('risk evidence in words', () => {
  it('labels each finding and names its codes', () => {
    const rows = evidenceRows({
      finding: 'target-mismatch', worker_id: 220, enrollment_id: 216, program_id: 36, target_group: 'older', training_kind: 'employment_skills',
      class_start: '2025-06-01', age_at_start: 30, category: 'rural_transfer', problems: ['大龄班要求开班时年满 45 周岁，实际 30 周岁'],
    }, translate, label);
    expect(flat(rows)).toEqual({
      发现: '人员条件与培训对象不符', 人员: '#220', 报名: '#216', 培训班: '#36', 培训对象: translate('steppe.enums.target_group.older'),
      培训类型: translate('steppe.enums.training_kind.employment_skills'), 开班日期: '2025-06-01', '开班时年龄（周岁）': '30',
      人员类别: '农村转移劳动力', 问题: '大龄班要求开班时年满 45 周岁，实际 30 周岁',
    });
    expect(JSON.stringify(flat(rows))).not.toMatch(/older|employment_skills|rural_transfer|target-mismatch/);
    // The records are named by the console from their ids: a person, an enrolment, a class.
    expect(rows.filter((r) => r.refs).map((r) => [r.key, r.refs])).toEqual([
      ['worker_id', { reference: 'workers', ids: [220] }], ['enrollment_id', { reference: 'enrollments', ids: [216] }],
      ['program_id', { reference: 'programs', ids: [36] }],
    ]);
  });
  it('shows the check’s own words for a code, date pairs as ranges, id lists, yes/no and amounts', () => {
    const rows = evidenceRows({
      approval_status: 'approved', approval_status_label: '已认定', training_dates: ['2025-06-01', '2025-07-31'], claim_ids: [133, 134],
      issuer_in_register: false, counts: { trainees: 20, fen: 2400000 },
    }, translate, label);
    expect(flat(rows)).toEqual({
      认定状态: '已认定', 培训日期: '2025-06-01 至 2025-07-31', 补贴申请: '#133、#134', 发证机构已登记: '否',
      本机构数量: [{ 学员数: '20', 金额: '¥24,000.00' }],
    });
  });
  it('lists nested findings item by item', () => {
    const rows = evidenceRows({ classes: [{ program_id: 33, name: '焊工班', start_date: '2025-03-01' }, { program_id: 34, name: '家政班', start_date: '2025-04-01' }] }, translate, label);
    expect(flat(rows)).toEqual({ 培训班: [{ 培训班: '#33', 名称: '焊工班', 开始日期: '2025-03-01' }, { 培训班: '#34', 名称: '家政班', 开始日期: '2025-04-01' }] });
    expect(evidenceRows(null, translate)).toEqual([]);
  });
});
