// Explanations compiled once per rule set and labels: each comparison's labels and sentence parts fixed, values from a trace.
import type { RuleSetTrace } from '../compiler/index.js';
import { frozenCopy } from '../compiler/shape.js';
import type { Rule } from '../../configs/kinds/ruleset.js';
import type { PreparedRuleSet } from './prepare.js';
import type { ConditionExplanation, RuleExplanation } from './types.js';
import { factLabel, operatorLabel, pathLabel, type Labels } from './labels.js';
import { paramLabel } from './explain.js';
import { factReader } from './read.js';
import { PARAMS_FACT } from '../../configs/params.js';
import { compileTemplate, show, showExpected } from './format.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

type LeafExplainer = (leaves: unknown[], snapshot: Record<string, unknown>) => ConditionExplanation;
export type RuleExplainer = (result: unknown, leaves: unknown[], snapshot: Record<string, unknown>) => RuleExplanation;

/**
 * One explainer per rule, in written order. Gives exactly what `explainConditions` gives on
 * the engine's result shape (a test compares both), with labels and fixed text worked out
 * here instead of per evaluation. Null when the rule set cannot be traced.
 */
export function compileExplainers(prepared: PreparedRuleSet, labels: Labels): RuleExplainer[] | null {
  const starts = prepared.compiled.leafStarts;
  if (!prepared.compiled.trace || !starts) return null;
  return prepared.rules.map((rule, i) => {
    const leaves: LeafExplainer[] = [];
    collect(rule.conditions, false, labels, leaves, starts[i]);
    if (starts[i] + leaves.length !== starts[i + 1])
      throw new Error(`rule ${rule.id}: ${leaves.length} comparisons explained, ${starts[i + 1] - starts[i]} compiled`);
    return ruleExplainer(rule, prepared, leaves);
  });
}

function ruleExplainer(rule: Rule, prepared: PreparedRuleSet, leaves: LeafExplainer[]): RuleExplainer {
  const params = rule.event.params;
  const passText = compileTemplate(params.pass_message ? params.pass_message : `符合“${rule.name}”`);
  const failText = compileTemplate(params.message);
  const fixed = { id: rule.id, name: rule.name, basis: rule.basis, mandatory: rule.mandatory === true, source_node: prepared.sources[rule.id]?.node ?? null };
  return (result, rec, snapshot) => {
    const passed = Boolean(result);
    const conditions = new Array<ConditionExplanation>(leaves.length);
    for (let k = 0; k < leaves.length; k++) conditions[k] = leaves[k](rec, snapshot);
    return {
      id: fixed.id,
      name: fixed.name,
      basis: fixed.basis,
      mandatory: fixed.mandatory,
      source_node: fixed.source_node,
      passed,
      on_fail: params.on_fail,
      message: passed ? passText(snapshot) : failText(snapshot),
      conditions,
    };
  };
}

/** Walks the written conditions in the order the compiler numbers leaves (and `explainConditions` lists them). */
function collect(node: unknown, negated: boolean, labels: Labels, out: LeafExplainer[], first: number): void {
  if (!isObject(node)) return;
  for (const kind of ['all', 'any'] as const) {
    const list = node[kind];
    if (Array.isArray(list)) for (const child of list) collect(child, negated, labels, out, first);
  }
  if (node.not !== undefined) collect(node.not, !negated, labels, out, first);
  if (typeof node.fact === 'string' && typeof node.operator === 'string') out.push(leafExplainer(node, negated, labels, 4 * (first + out.length)));
}

function leafExplainer(node: Record<string, unknown>, negated: boolean, labels: Labels, slot: number): LeafExplainer {
  const fact = node.fact as string;
  const path = typeof node.path === 'string' && node.path !== '' ? node.path : null;
  const operator = node.operator as string;
  // frozen, as the compiled shapes hand out the written value: a caller cannot change the rule set through it
  const written = frozenCopy(node.value);
  const ref = isObject(written) && typeof written.fact === 'string' ? (written as { fact: string; path?: string }) : null;
  const refPath = ref && typeof ref.path === 'string' && ref.path !== '' ? ref.path : null;
  const subject = path ? pathLabel(labels, fact, path) : factLabel(labels, fact);
  const factText = factLabel(labels, fact);
  const opLabel = operatorLabel(labels, operator);
  const refLabel = ref ? (refPath ? pathLabel(labels, ref.fact, refPath) : factLabel(labels, ref.fact)) : '';
  const middle = ` ${opLabel} ${ref ? `${refLabel} ` : ''}`;
  const tail = negated ? '（要求不成立）：' : '：';
  const head = subject + ' ';
  const readActual = factReader(fact, path);
  const readExpected = ref ? factReader(ref.fact, refPath) : () => written;
  // A policy parameter is named with the document its value came from, which the snapshot carries (params._about).
  const subjectParam = paramLabeller(fact, path);
  const refParam = ref ? paramLabeller(ref.fact, refPath) : null;
  const between = operator.endsWith('between');
  // a written value reads the same in every sentence (evaluated, it is the very value the trace recorded)
  const writtenText = ref ? '' : showExpected(operator, written);
  // the two sentence endings, and one object literal per case, so that every explanation of a leaf has one shape
  const [pass, fail] = [tail + (negated ? '不符合' : '符合'), tail + (negated ? '符合' : '不符合')];
  const skipped = tail + '未判断（本规则的结果已由其他条件决定）';
  // with a written value, all that follows the actual value is fixed: one of three texts
  const [passAfter, failAfter, skippedAfter] = [pass, fail, skipped].map((end) => middle + writtenText + end);
  return (rec, snapshot) => {
    // the engine's shape leaves `result` out when an operator returns undefined: that reads as not evaluated
    const evaluated = rec[slot] === true && rec[slot + 3] !== undefined;
    const actual = evaluated ? rec[slot + 1] : readActual(snapshot);
    const expected = evaluated ? rec[slot + 2] : readExpected(snapshot);
    const passed = evaluated ? Boolean(rec[slot + 3]) : null;
    const subjectNow = (subjectParam && subjectParam(snapshot)) ?? subject;
    const refNow = refParam && refParam(snapshot);
    const message =
      (subjectNow === subject ? head : subjectNow + ' ') +
      show(actual) +
      (ref
        ? (refNow ? ` ${opLabel} ${refNow} ` : middle) +
          (between ? showExpected(operator, expected) : show(expected)) +
          (passed === null ? skipped : passed ? pass : fail)
        : passed === null
          ? skippedAfter
          : passed
            ? passAfter
            : failAfter);
    const expectedJson = expected === undefined ? null : expected;
    const actualJson = actual === undefined ? null : actual;
    // the keys in the order stored decisions have always had them
    if (ref) {
      const expected_from = { fact: ref.fact, path: refPath, label: refNow ?? refLabel };
      return negated
        ? {
            fact,
            fact_label: factText,
            path,
            path_label: subjectNow,
            operator,
            operator_label: opLabel,
            expected: expectedJson,
            actual: actualJson,
            passed,
            evaluated,
            message,
            expected_from,
            negated,
          }
        : {
            fact,
            fact_label: factText,
            path,
            path_label: subjectNow,
            operator,
            operator_label: opLabel,
            expected: expectedJson,
            actual: actualJson,
            passed,
            evaluated,
            message,
            expected_from,
          };
    }
    return negated
      ? {
          fact,
          fact_label: factText,
          path,
          path_label: subjectNow,
          operator,
          operator_label: opLabel,
          expected: expectedJson,
          actual: actualJson,
          passed,
          evaluated,
          message,
          negated,
        }
      : {
          fact,
          fact_label: factText,
          path,
          path_label: subjectNow,
          operator,
          operator_label: opLabel,
          expected: expectedJson,
          actual: actualJson,
          passed,
          evaluated,
          message,
        };
  };
}

/** `paramLabel` for one fact and path, or null when they cannot name a policy parameter. */
function paramLabeller(fact: string, path: string | null): ((snapshot: Record<string, unknown>) => string | null) | null {
  if (fact !== PARAMS_FACT || !path) return null;
  return (snapshot) => paramLabel(snapshot, fact, path);
}

/** The rules of a traced evaluation, explained in written order. */
export function explainTrace(explainers: RuleExplainer[], trace: RuleSetTrace, snapshot: Record<string, unknown>): RuleExplanation[] {
  const out = new Array<RuleExplanation>(explainers.length);
  for (let i = 0; i < explainers.length; i++) out[i] = explainers[i](trace.results[i], trace.leaves, snapshot);
  return out;
}
