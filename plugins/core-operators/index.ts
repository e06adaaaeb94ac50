// The core operators: json-rules-engine's ten built-ins, plus between and two date comparisons.
import { definePlugin, type OperatorDefinition } from '../../core/plugins/contract.js';

// json-rules-engine's numberValidator: accepts anything parseFloat reads a number from
// ("12abc", [5], "Infinity"), rejects null, undefined, true, "abc".
function numberValidator(factValue: unknown): boolean {
  // a number reads as itself (parseFloat(String(x)) is x, Infinity included): only NaN fails; skips a string round trip
  if (typeof factValue === 'number') return !Number.isNaN(factValue);
  return Number.parseFloat(factValue as string).toString() !== 'NaN';
}

// Bodies and parameter names are json-rules-engine's own (engine-default-operators.js), so a
// value of the wrong type fails the same way (`b.indexOf is not a function`).
const builtIns: OperatorDefinition[] = [
  { name: 'equal', label: '等于', evaluate: (a, b) => a === b },
  { name: 'notEqual', label: '不等于', evaluate: (a, b) => a !== b },
  { name: 'in', label: '属于', evaluate: (a, b) => b.indexOf(a) > -1 },
  { name: 'notIn', label: '不属于', evaluate: (a, b) => b.indexOf(a) === -1 },
  { name: 'contains', label: '包含', evaluate: (a, b) => a.indexOf(b) > -1, validateFactValue: Array.isArray },
  { name: 'doesNotContain', label: '不包含', evaluate: (a, b) => a.indexOf(b) === -1, validateFactValue: Array.isArray },
  { name: 'lessThan', label: '小于', evaluate: (a, b) => a < b, validateFactValue: numberValidator },
  { name: 'lessThanInclusive', label: '小于等于', evaluate: (a, b) => a <= b, validateFactValue: numberValidator },
  { name: 'greaterThan', label: '大于', evaluate: (a, b) => a > b, validateFactValue: numberValidator },
  { name: 'greaterThanInclusive', label: '大于等于', evaluate: (a, b) => a >= b, validateFactValue: numberValidator },
];

const isNumber = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);

/** `{ fact: 'age', operator: 'between', value: [16, 60] }`: 16 ≤ age ≤ 60; false when `value` is not two numbers. */
const between: OperatorDefinition = {
  name: 'between',
  label: '介于',
  validateFactValue: isNumber,
  evaluate: (fact: number, range: unknown) =>
    Array.isArray(range) && range.length === 2 && isNumber(range[0]) && isNumber(range[1]) && fact >= range[0] && fact <= range[1],
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** True for a real calendar date written `YYYY-MM-DD` (runs per evaluation: no regex, no Date). */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || v.length !== 10 || v[4] !== '-' || v[7] !== '-') return false;
  const y = digits(v, 0, 4);
  const m = digits(v, 5, 7);
  const d = digits(v, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
}

// `YYYY-MM-DD` strings order as the dates they name
const dateOnOrBefore: OperatorDefinition = {
  name: 'dateOnOrBefore',
  label: '不晚于',
  validateFactValue: isIsoDate,
  evaluate: (fact: string, date: unknown) => isIsoDate(date) && fact <= date,
};

const dateOnOrAfter: OperatorDefinition = {
  name: 'dateOnOrAfter',
  label: '不早于',
  validateFactValue: isIsoDate,
  evaluate: (fact: string, date: unknown) => isIsoDate(date) && fact >= date,
};

export default definePlugin({
  id: 'core-operators',
  version: '1.0.0',
  description: 'json-rules-engine 的内置运算符，以及“介于”和日期比较',
  operators: [...builtIns, between, dateOnOrBefore, dateOnOrAfter],
});
