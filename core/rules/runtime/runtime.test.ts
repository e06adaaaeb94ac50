// The pure parts of the runtime: amounts in exact fen, outcomes, explanations, placeholders, the PII guard, fact order.
import { describe, expect, it } from 'vitest';
import coreOperators from '../../../plugins/core-operators/index.js';
import type { Amount, RulesetBody } from '../../configs/kinds/ruleset.js';
import { registerPlugins } from '../../plugins/loader.js';
import { idNumber } from '../../test/fixtures.js';
import { amountFen, computeAmount } from './amount.js';
import { jsonDifferences } from './diff.js';
import { fillPlaceholders, numberText, show, thousands, yuan } from './format.js';
import { factOrder, gatherFacts } from './gather.js';
import { judge, quickJudge } from './judge.js';
import { labelsOf } from './labels.js';
import { maskPiiText } from './pii-guard.js';
import { prepareRuleSet } from './prepare.js';

const plugins = registerPlugins([coreOperators, {
  id: 'test-facts', version: '1', facts: [
    { id: 'a', label: '甲', fields: { '$.n': '数量（分）', '$.r': '比例', '$.list': '清单' }, resolve: async () => ({ n: 1 }) },
    { id: 'b', label: '乙', dependsOn: ['a'], resolve: async (ctx) => ({ fromA: (ctx.facts.a as { n: number }).n + 1 }) },
    { id: 'loop1', label: '环1', dependsOn: ['loop2'], resolve: async () => 1 },
    { id: 'loop2', label: '环2', dependsOn: ['loop1'], resolve: async () => 2 },
    { id: 'leaky', label: '泄露', resolve: async () => ({ note: `号码 ${idNumber('150102', '19800101', 5)}` }) },
  ],
}]);
const labels = labelsOf(plugins);
const operators = coreOperators.operators!;

const amount = (over: Partial<Amount> = {}): Amount => ({ base: { fact: 'a', path: '$.n' }, scale_by: { fact: 'a', path: '$.r' }, rounding: 'fen', explanation: '说明', ...over });

describe('computeAmount', () => {
  it('multiplies exactly in integer fen and always rounds down', () => {
    expect(computeAmount(amount(), { a: { n: 150000, r: 0.29 } }, labels).computed_fen).toBe(43500); // 150000 * 0.29 = 43499.999… in floating point
    expect(computeAmount(amount({ base: { fact: 'a', path: '$.n' }, scale_by: { fact: 'a', path: '$.r' } }), { a: { n: 40_000_000, r: 1.2 } }, labels).computed_fen).toBe(48_000_000);
    expect(computeAmount(amount(), { a: { n: 99999, r: 0.3333 } }, labels).computed_fen).toBe(33329);
    expect(computeAmount(amount({ rounding: 'yuan' }), { a: { n: 99999, r: 0.3333 } }, labels).computed_fen).toBe(33300);
  });

  it('caps before rounding and writes the formula with its numbers', () => {
    const a = computeAmount(amount({ cap_fen: 500000, rounding: 'yuan' }), { a: { n: 600000, r: 0.95 } }, labels);
    expect(a).toEqual({
      base_fen: 600000, scale: 0.95, cap_fen: 500000, rounding: 'yuan', computed_fen: 500000, explanation: '说明',
      formula: '数量 6,000.00 元 × 比例 0.95 = 5,700.00 元；超过封顶 5,000.00 元，按 5,000.00 元计；按元取整（舍去不足 1 元的部分）：5,000.00 元',
    });
    expect(computeAmount(amount({ scale_by: undefined }), { a: { n: 12345 } }, labels).formula).toBe('数量 123.45 元；精确到分（舍去不足 1 分的部分）：123.45 元');
    expect(computeAmount(amount(), { a: { n: 1001, r: 0.5 } }, labels).formula).toBe('数量 10.01 元 × 比例 0.5 = 5.005 元；精确到分（舍去不足 1 分的部分）：5.00 元');
  });

  it('computes in doubles exactly what BigInt arithmetic gives, past 2^53 too', () => {
    // the reference: every step in BigInt, as the amount was computed before doubles were used below 2^53
    const reference = (n: number, r: number, cap: number | undefined, rounding: 'fen' | 'yuan') => {
      let micro = BigInt(Math.floor(n)) * BigInt(Math.max(0, Math.round(r * 1_000_000)));
      if (cap !== undefined && micro > BigInt(cap) * 1_000_000n) micro = BigInt(cap) * 1_000_000n;
      return Number(rounding === 'yuan' ? (micro / 100_000_000n) * 100n : micro / 1_000_000n);
    };
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const bases = [0, 1, 99, 100, 150000, 4_503_599_627, 9_007_199_254, 2 ** 53, 1e18];
    for (let i = 0; i < 4000; i++) {
      const n = i < bases.length * 20 ? bases[i % bases.length] + Math.floor(next() * 1000) : Math.floor(next() * 10 ** Math.floor(next() * 17));
      const r = [0.29, 0.3333, 1.2, 1, 0.999999, 7.5][i % 6] * (i % 7 === 0 ? next() * 10 : 1);
      const cap = i % 3 === 0 ? undefined : Math.floor(next() * 10 ** Math.floor(next() * 14));
      const rounding = i % 2 ? 'fen' : 'yuan';
      const spec = amount({ cap_fen: cap, rounding });
      expect(computeAmount(spec, { a: { n, r } }, labels).computed_fen, JSON.stringify({ n, r, cap, rounding })).toBe(reference(n, r, cap, rounding));
      // the steps-free amount of quick verdicts: the same number, with or without a scale
      expect(amountFen(spec, { a: { n, r } }), JSON.stringify({ n, r, cap, rounding })).toBe(reference(n, r, cap, rounding));
      expect(amountFen({ ...spec, scale_by: undefined }, { a: { n } })).toBe(computeAmount({ ...spec, scale_by: undefined }, { a: { n } }, labels).computed_fen);
    }
    expect(computeAmount(amount(), { a: { n: 1e18, r: 1.5 } }, labels).formula).toBe('数量 10,000,000,000,000,000.00 元 × 比例 1.5 = 15,000,000,000,000,000.00 元；精确到分（舍去不足 1 分的部分）：15,000,000,000,000,000.00 元');
  });

  it('gives 0, saying why, without a usable base or scale', () => {
    expect(computeAmount(amount(), { a: { r: 1 } }, labels)).toMatchObject({ base_fen: 0, computed_fen: 0, formula: '无法取得补贴基数（数量：无），金额按 0 元计' });
    expect(computeAmount(amount(), { a: { n: -5, r: 1 } }, labels).computed_fen).toBe(0);
    expect(computeAmount(amount(), { a: { n: 100, r: 'x' } }, labels)).toMatchObject({ base_fen: 100, scale: null, computed_fen: 0 });
    expect(computeAmount(amount(), { a: { n: 100, r: -1 } }, labels).computed_fen).toBe(0);
    for (const a of [{ r: 1 }, { n: -5, r: 1 }, { n: 100, r: 'x' }, { n: 100, r: -1 }, { n: Infinity, r: 1 }, null]) expect(amountFen(amount(), { a }), JSON.stringify(a)).toBe(0);
  });
});

const rule = (id: string, onFail: 'ineligible' | 'needs_review', conditions: any, extra: Record<string, unknown> = {}) => ({
  id, name: `规则${id}`, description: 'd', basis: '依据', conditions, event: { type: id, params: { on_fail: onFail, message: `未满足 ${id}：{{a.n}}，{{a.list.1}}，{{b.missing}}` } }, ...extra,
});
const body = (rules: any[]): RulesetBody => ({ name: 'n', description: 'd', basis: 'b', amount: amount({ scale_by: undefined }), rules });

describe('judge', () => {
  const rules = [
    rule('hard', 'ineligible', { all: [{ fact: 'a', path: '$.n', operator: 'greaterThan', value: 10 }] }),
    rule('soft', 'needs_review', { all: [{ fact: 'a', path: '$.r', operator: 'lessThan', value: 1 }] }, { mandatory: true }),
  ];
  const prepared = prepareRuleSet(body(rules), { hard: { node: '150000', version: 1 }, soft: { node: '150200', version: 2, overrides: '150000' } }, operators);

  it('is ineligible when an ineligible rule fails, else needs_review when a review rule fails, else eligible', () => {
    expect(judge(prepared, { a: { n: 5, r: 2, list: ['x', 'y'] } }, labels)).toMatchObject({ outcome: 'ineligible', amount_fen: 0 });
    expect(judge(prepared, { a: { n: 50, r: 2 } }, labels)).toMatchObject({ outcome: 'needs_review', amount_fen: 50 });
    expect(judge(prepared, { a: { n: 50, r: 0.5 } }, labels)).toMatchObject({ outcome: 'eligible', amount_fen: 50, reasons: [] });
    for (const facts of [{ a: { n: 5, r: 2 } }, { a: { n: 50, r: 2 } }, { a: { n: 50, r: 0.5 } }, {}]) {
      const full = judge(prepared, facts, labels);
      expect(quickJudge(prepared, facts)).toEqual({ outcome: full.outcome, amount_fen: full.amount_fen, passed: Object.fromEntries(full.rules.map((r) => [r.id, r.passed])) });
    }
  });

  it('fills placeholders (a missing value reads 无), lists ineligible reasons first and names each rule\'s source', () => {
    const v = judge(prepared, { a: { n: 5, r: 2, list: ['x', 'y'] } }, labels);
    expect(v.reasons).toEqual(['未满足 hard：5，y，无', '未满足 soft：5，y，无']);
    expect(v.rules.map((r) => [r.id, r.source_node, r.mandatory])).toEqual([['hard', '150000', false], ['soft', '150200', true]]);
    expect(v.rules[0].conditions[0]).toMatchObject({ path_label: '数量（分）', operator_label: '大于', expected: 10, actual: 5, message: '数量（分） 5 大于 10：不符合' });
  });

  it('explains a comparison skipped by a decided priority batch, a negated one, and a missing fact', () => {
    const p = prepareRuleSet(body([
      rule('batches', 'ineligible', { all: [
        { fact: 'a', path: '$.n', operator: 'equal', value: 1, priority: 2 },
        { fact: 'a', path: '$.r', operator: 'equal', value: 1, priority: 1 },
        { not: { fact: 'a', path: '$.list', operator: 'contains', value: 'z' } },
        { fact: 'nothing', operator: 'notEqual', value: 0 },
      ] }, { event: { type: 'batches', params: { on_fail: 'ineligible', message: 'm', pass_message: '通过：{{a.n}}' } } }),
    ]), {}, operators);
    const failed = judge(p, { a: { n: 2, r: 1, list: ['z'] } }, labels).rules[0];
    expect(failed.conditions.map((c) => [c.evaluated, c.passed])).toEqual([[true, false], [false, null], [false, null], [false, null]]);
    expect(failed.conditions[1].message).toBe('比例 1 等于 1：未判断（本规则的结果已由其他条件决定）');
    expect(failed.conditions[2]).toMatchObject({ negated: true, actual: ['z'], message: '清单 z 包含 z（要求不成立）：未判断（本规则的结果已由其他条件决定）' });
    const passed = judge(p, { a: { n: 1, r: 1, list: [] } }, labels).rules[0];
    expect(passed.message).toBe('通过：1');
    expect(passed.conditions[2]).toMatchObject({ evaluated: true, passed: false, negated: true, message: '清单 （空） 包含 z（要求不成立）：符合' });
    expect(passed.conditions[3]).toMatchObject({ fact: 'nothing', fact_label: 'nothing', path: null, actual: null, passed: true, message: 'nothing 无 不等于 0：符合' });
  });
});

describe('text', () => {
  it('shows values as a clerk reads them', () => {
    expect([show(true), show(false), show(null), show(undefined), show(['a', 'b']), show([]), show(3.5), show({ x: 1 })]).toEqual(['是', '否', '无', '无', 'a、b', '（空）', '3.5', '{"x":1}']);
    expect([yuan(0), yuan(5), yuan(123456789)]).toEqual(['0.00 元', '0.05 元', '1,234,567.89 元']);
    // either side of 2^31, where both switch from 32-bit integer arithmetic to doubles
    expect([yuan(2 ** 31 - 1), yuan(2 ** 31), yuan(-12345), yuan(1e15 + 99)]).toEqual(['21,474,836.47 元', '21,474,836.48 元', '-123.45 元', '10,000,000,000,000.99 元']);
    expect([2 ** 31 - 1, 2 ** 31, -(2 ** 31), 1_000_000, 999_999].map(thousands)).toEqual(['2,147,483,647', '2,147,483,648', '-2,147,483,648', '1,000,000', '999,999']);
    expect([1000, 1001000, -1234, 999_999_999_999_999, 1e18, 12345678901234567890n, -1000n].map(thousands)).toEqual(['1,000', '1,001,000', '-1,234', '999,999,999,999,999', '1,000,000,000,000,000,000', '12,345,678,901,234,567,890', '-1,000']);
    expect(fillPlaceholders('{{x.list.0.id}}/{{ x.name }}/{{y}}', { x: { list: [{ id: 7 }], name: '甲' } })).toBe('7/甲/无');
  });

  it('writes every number exactly as String does, decimals of up to 4 places through its own table', () => {
    const values = [0, -0, 1, -1, 0.5, -0.5, 0.1 + 0.2, 1.2, 0.29, 0.7134, 0.0001, -0.0001, 0.00001, 5e-7, 1e-4 + 1e-12, 99_999.9999, -99_999.9999, 100_000.5, 123_456_789, 2 ** 53, 1e21, 1 / 3, NaN, Infinity, -Infinity];
    for (let k = -20_000; k <= 20_000; k += 7) values.push(k / 10_000, k / 100, k);
    for (let i = 0; i < 5_000; i++) values.push(Math.round(Math.sin(i) * 1e8) / 1e4, Math.sin(i) * 10 ** ((i % 13) - 6));
    for (const v of values) expect(numberText(v), String(v)).toBe(String(v));
  });

  it('lists where two decisions differ', () => {
    expect(jsonDifferences({ a: 1, b: [1, 2], t: 'x', c: { d: 'e' } }, { a: 1, b: [1, 3], t: 'y', c: {} }, ['t'])).toEqual([
      { path: '/b/1', stored: 2, replayed: 3 }, { path: '/c/d', stored: 'e', replayed: null },
    ]);
  });
});

describe('fact gathering', () => {
  it('orders dependencies first and refuses unknown facts and cycles with a clear message', () => {
    expect(factOrder(plugins, ['b'])).toEqual(['a', 'b']);
    expect(() => factOrder(plugins, ['nope'])).toThrow('规则集使用的事实「nope」没有插件提供');
    expect(() => factOrder(plugins, ['loop1'])).toThrow('事实之间存在循环依赖：loop1 → loop2 → loop1');
  });

  it('masks a clear ID or mobile number in a snapshot, tells which fact held it, and leaves look-alikes alone', async () => {
    const ctx = { db: null as never, claim: {}, date: '2024-06-20', regionChain: [], services: null as never };
    await expect(gatherFacts(plugins, ['b'], ctx)).resolves.toEqual({ a: { n: 1 }, b: { fromA: 2 } });
    const told: unknown[] = [];
    const facts = await gatherFacts(plugins, ['leaky'], ctx, (...args) => told.push(args));
    const id = idNumber('150102', '19800101', 5);
    expect(facts).toEqual({ leaky: { note: `号码 ${id.slice(0, 6)}********${id.slice(-4)}` } });
    expect(told).toEqual([['leaky', 'test-facts', ['$.note']]]);
    expect(maskPiiText('电话 138-1234-5678，+8613912345678')).toBe('电话 138****5678，139****5678');
    for (const keep of ['S15010200000012X', '123456789012345678', '2024-06-20', '1381234567800']) expect(maskPiiText(keep)).toBe(keep);
  });
});
