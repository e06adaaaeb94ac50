// Runs rule test cases ({ name, facts, expect }) against a prepared rule set and says what differed.
import type { RuleTestCase, RuleTests } from '../../configs/kinds/tests.js';
import { judge } from '../runtime/judge.js';
import type { Labels } from '../runtime/labels.js';
import type { PreparedRuleSet } from '../runtime/prepare.js';
import { thousands } from '../runtime/format.js';
import { asJson } from '../runtime/read.js';
import { OUTCOME_LABELS, type ConditionExplanation, type Outcome } from '../runtime/types.js';

export interface CaseDifference {
  field: 'outcome' | 'amount_fen' | 'rule';
  /** The rule whose result differed (field `rule`). */
  rule?: string;
  expected: unknown;
  actual: unknown;
  /** In Chinese: what differed and why (the failed rules, or the rule's comparisons). */
  message: string;
  /** The comparisons of the rule that differed, as evaluated. */
  conditions?: ConditionExplanation[];
}

export interface CaseResult {
  name: string;
  passed: boolean;
  expected: RuleTestCase['expect'];
  actual: { outcome: Outcome; amount_fen: number; rules: Record<string, boolean> };
  differences: CaseDifference[];
}

export interface SuiteResult {
  ruleset: string;
  passed: number;
  failed: number;
  cases: CaseResult[];
}

/** 500000 → `¥5,000.00`: amounts as a clerk reads them (the case files keep integer fen). */
export function yuanText(fen: number): string {
  const abs = Math.abs(Math.trunc(fen));
  return `${fen < 0 ? '-' : ''}¥${thousands(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Runs one case: its `facts` are the snapshot, as stored in a decision. `given` fills the facts a
 * case leaves out that come from configuration (the policy parameters in force at the node), so
 * a case tests the rules with the region's parameters unless it states its own.
 */
export function runCase(prepared: PreparedRuleSet, labels: Labels, c: RuleTestCase, given: Record<string, unknown> = {}): CaseResult {
  const verdict = judge(prepared, asJson({ ...given, ...c.facts }), labels);
  const rules = Object.fromEntries(verdict.rules.map((r) => [r.id, r.passed]));
  const differences: CaseDifference[] = [];
  const failed = verdict.rules.filter((r) => !r.passed);
  if (verdict.outcome !== c.expect.outcome) {
    const label = (o: string) => `${OUTCOME_LABELS[o as keyof typeof OUTCOME_LABELS] ?? o}（${o}）`;
    const why = failed.length ? `未满足的规则：${failed.map((r) => `「${r.name}」${r.id}（${OUTCOME_LABELS[r.on_fail as keyof typeof OUTCOME_LABELS] ?? r.on_fail}）`).join('、')}` : '全部规则均满足';
    differences.push({ field: 'outcome', expected: c.expect.outcome, actual: verdict.outcome, message: `预期结果 ${label(c.expect.outcome)}，实际 ${label(verdict.outcome)}；${why}` });
  }
  if (c.expect.amount_fen !== undefined && c.expect.amount_fen !== verdict.amount_fen) {
    differences.push({ field: 'amount_fen', expected: c.expect.amount_fen, actual: verdict.amount_fen, message: `预期金额 ${yuanText(c.expect.amount_fen)}，实际 ${yuanText(verdict.amount_fen)}；${verdict.amount?.formula ?? '规则集不计算金额'}` });
  }
  for (const [id, expected] of Object.entries(c.expect.rules ?? {})) {
    const rule = verdict.rules.find((r) => r.id === id);
    if (!rule) {
      differences.push({ field: 'rule', rule: id, expected, actual: null, message: `规则集中没有编号为「${id}」的规则` });
    } else if (rule.passed !== expected) {
      const shown = rule.conditions.filter((x) => x.evaluated);
      differences.push({
        field: 'rule', rule: id, expected, actual: rule.passed, conditions: rule.conditions,
        message: `规则「${rule.name}」（${id}）预期${expected ? '满足' : '不满足'}，实际${rule.passed ? '满足' : '不满足'}：${shown.map((x) => x.message).join('；')}`,
      });
    }
  }
  return { name: c.name, passed: differences.length === 0, expected: c.expect, actual: { outcome: verdict.outcome, amount_fen: verdict.amount_fen, rules }, differences };
}

export function runSuite(prepared: PreparedRuleSet, labels: Labels, tests: RuleTests, given: Record<string, unknown> = {}): SuiteResult {
  const cases = tests.cases.map((c) => runCase(prepared, labels, c, given));
  const passed = cases.filter((c) => c.passed).length;
  return { ruleset: tests.ruleset, passed, failed: cases.length - passed, cases };
}
