// Tests that a claim's history reads in Chinese: steps, states, amounts in yuan, reasons, rule names, actors.
// @vitest-environment node
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import zhMessages from '../../i18n/zh';
import { describeActor, describeEntry, type HistoryEntry } from './historyText';

const { translate } = polyglotI18nProvider(() => zhMessages, 'zh');
const entry = (action: string, changes: Record<string, unknown> | null, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  seq: 1, at: '2026-07-01T02:00:00.000Z', username: 'baotou_reviewer', role: 'reviewer', action, changes, ...extra,
});

describe('describeEntry', () => {
  it('tells an approval: the step, the state change, the amount in yuan and the fund by name', () => {
    const text = describeEntry(entry('transition', { state: ['submitted', 'approved'], amount_fen: 110000, fund_source_id: 1 }), translate, { funds: { 1: '就业补助资金' } });
    expect(text.title).toBe('批准');
    expect(text.details).toEqual(['已提交 → 审核通过', '批准金额 ¥1,100.00', '资金来源：就业补助资金']);
    expect(text.tone).toBe('success');
  });

  it('tells a rejection with its reason, and one caused by a confirmed risk case', () => {
    expect(describeEntry(entry('transition', { state: ['submitted', 'rejected'], reason: '出勤不足' }), translate).details)
      .toEqual(['已提交 → 已驳回', '驳回原因：出勤不足']);
    const risk = describeEntry(entry('transition', { state: ['under_review', 'rejected'], rejection_reason: [null, '虚报'], risk_case_id: 7 }), translate);
    expect(risk.details).toEqual(['审核中 → 已驳回', '驳回原因：虚报', '风险案件 #7 查实']);
    expect(risk.tone).toBe('error');
  });

  it('tells the rules’ decision with the failed rules by name, and no amount when ineligible', () => {
    const text = describeEntry(entry('evaluate', { outcome: 'ineligible', amount_fen: 0, failed: ['attendance-minimum', 'x-rule'] }), translate,
      { rules: { 'attendance-minimum': '出勤学时达到最低要求' } });
    expect(text.title).toBe('规则判定：不符合条件');
    expect(text.details).toEqual(['未满足的规则：出勤学时达到最低要求、x-rule']);
    expect(describeEntry(entry('evaluate', { outcome: 'eligible', amount_fen: 180000, failed: [] }), translate).details).toEqual(['规则核定金额 ¥1,800.00']);
  });

  it('tells a creation with its type and amount, and an edit by the fields it changed', () => {
    expect(describeEntry(entry('create', { type: [null, 'training'], requested_fen: [null, 120000], id: [null, 5] }), translate))
      .toMatchObject({ title: '新建申请', details: ['职业培训补贴', '申请金额 ¥1,200.00'] });
    expect(describeEntry(entry('update', { requested_fen: [100000, 120000], claim_date: ['2026-07-01', '2026-07-02'], version: [1, 2] }), translate).details)
      .toEqual(['申请金额：¥1,000.00 → ¥1,200.00', '申请日期']);
  });

  it('names an unknown action as written rather than failing', () => {
    expect(describeEntry(entry('reveal', null), translate).title).toBe('查看完整信息');
    expect(describeEntry(entry('something_new', null), translate).title).toBe('something_new');
  });
});

describe('describeActor', () => {
  it('shows the user with the role in Chinese, and the platform itself as 系统', () => {
    expect(describeActor({ username: 'baotou_reviewer', role: 'reviewer' }, translate)).toBe('baotou_reviewer（审核员）');
    expect(describeActor({ username: 'system', role: null }, translate)).toBe('系统');
  });
});
