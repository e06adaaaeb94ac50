// Flattens a rule's evaluated condition tree into the comparisons a clerk reads, each with a Chinese sentence.
import type { ConditionResult } from '../compiler/index.js';
import type { ConditionExplanation } from './types.js';
import { factLabel, operatorLabel, pathLabel, type Labels } from './labels.js';
import { readFact } from './read.js';
import { show, showExpected } from './format.js';
import { PARAMS_FACT, type ParamAbout } from '../../configs/params.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const json = (v: unknown) => (v === undefined ? null : v);

/** Every comparison of the tree, in written order; a skipped one is read from the snapshot for display. */
export function explainConditions(tree: ConditionResult, snapshot: Record<string, unknown>, labels: Labels): ConditionExplanation[] {
  const out: ConditionExplanation[] = [];
  walk(tree, false, snapshot, labels, out);
  return out;
}

function walk(node: unknown, negated: boolean, snapshot: Record<string, unknown>, labels: Labels, out: ConditionExplanation[]): void {
  if (!isObject(node)) return;
  for (const kind of ['all', 'any'] as const) {
    const list = node[kind];
    if (Array.isArray(list)) for (const child of list) walk(child, negated, snapshot, labels, out);
  }
  if (node.not !== undefined) walk(node.not, !negated, snapshot, labels, out);
  if (typeof node.fact === 'string' && typeof node.operator === 'string') out.push(leaf(node, negated, snapshot, labels));
}

/**
 * A policy parameter names its value's document: `年龄上限（包头市政策参数第 2 版，自 2025-01-01 起）`.
 * The origin is part of the snapshot (`params._about`), so a replay reads the same words.
 */
export function paramLabel(snapshot: Record<string, unknown>, fact: string, path: string | null): string | null {
  if (fact !== PARAMS_FACT || !path) return null;
  const about = (snapshot[PARAMS_FACT] as { _about?: Record<string, ParamAbout> } | undefined)?._about?.[path.slice(2)];
  if (!about) return null;
  return `${about.label}（${about.node_name}政策参数第 ${about.version} 版，自 ${about.from} 起）`;
}

function leaf(node: Record<string, unknown>, negated: boolean, snapshot: Record<string, unknown>, labels: Labels): ConditionExplanation {
  const fact = node.fact as string;
  const path = typeof node.path === 'string' && node.path !== '' ? node.path : null;
  const operator = node.operator as string;
  const evaluated = Object.hasOwn(node, 'result');
  const ref = isObject(node.value) && typeof node.value.fact === 'string' ? (node.value as { fact: string; path?: string }) : null;
  const refPath = ref && typeof ref.path === 'string' && ref.path !== '' ? ref.path : null;
  const actual = evaluated ? node.factResult : readFact(snapshot, fact, path);
  const expected = evaluated ? node.valueResult : ref ? readFact(snapshot, ref.fact, refPath) : node.value;
  const passed = evaluated ? Boolean(node.result) : null;
  const subject = paramLabel(snapshot, fact, path) ?? (path ? pathLabel(labels, fact, path) : factLabel(labels, fact));
  const opLabel = operatorLabel(labels, operator);
  const refLabel = ref ? (paramLabel(snapshot, ref.fact, refPath) ?? (refPath ? pathLabel(labels, ref.fact, refPath) : factLabel(labels, ref.fact))) : '';
  const verdict = !evaluated ? '未判断（本规则的结果已由其他条件决定）' : (passed !== negated) ? '符合' : '不符合';
  const message = `${subject} ${show(actual)} ${opLabel} ${ref ? `${refLabel} ` : ''}${showExpected(operator, expected)}${negated ? '（要求不成立）' : ''}：${verdict}`;
  const out: ConditionExplanation = {
    fact, fact_label: factLabel(labels, fact), path, path_label: path ? pathLabel(labels, fact, path) : factLabel(labels, fact),
    operator, operator_label: opLabel, expected: json(expected), actual: json(actual), passed, evaluated, message,
  };
  if (ref) out.expected_from = { fact: ref.fact, path: refPath, label: refLabel };
  if (negated) out.negated = true;
  return out;
}
