// Chinese labels of facts, their paths and operators, taken from the loaded plugins, for explanations.
import type { PluginRegistry } from '../../plugins/loader.js';

export interface Labels {
  facts: Record<string, { label: string; fields: Record<string, string> }>;
  operators: Record<string, string>;
  /** Labels already worked out (explanations run per condition): fact → path → label, operator → label. */
  memo?: { paths: Map<string, Map<string, string>>; operators: Map<string, string> };
}

/** The labels the plugins declare (`FactDefinition.label/fields`, `OperatorDefinition.label`). */
export function labelsOf(plugins: Pick<PluginRegistry, 'facts' | 'operators'>): Labels {
  const facts: Labels['facts'] = {};
  for (const [id, f] of plugins.facts) facts[id] = { label: f.label, fields: f.fields ?? {} };
  const operators: Labels['operators'] = {};
  for (const [name, o] of plugins.operators) operators[name] = o.label;
  return { facts, operators };
}

const DECORATOR_LABELS: Record<string, string> = {
  not: '非', someFact: '任一元素', everyFact: '每个元素', someValue: '任一比较值', everyValue: '全部比较值', swap: '（两侧互换）',
};

export function factLabel(labels: Labels, fact: string): string {
  return labels.facts[fact]?.label ?? fact;
}

/** The field label of `$.a` or, for `$.a[0].b`, of its declared root `$.a`; else the path itself. */
export function pathLabel(labels: Labels, fact: string, path: string | null | undefined): string {
  if (!path || path === '$') return factLabel(labels, fact);
  const memo = (labels.memo ??= { paths: new Map(), operators: new Map() });
  let byPath = memo.paths.get(fact);
  if (!byPath) memo.paths.set(fact, (byPath = new Map()));
  let hit = byPath.get(path);
  if (hit === undefined) byPath.set(path, (hit = findPathLabel(labels, fact, path)));
  return hit;
}

function findPathLabel(labels: Labels, fact: string, path: string): string {
  const fields = labels.facts[fact]?.fields ?? {};
  if (fields[path]) return fields[path];
  const root = path.replace(/\[[0-9]+\].*$/, '').replace(/^(\$\.[^.[]+).*$/, '$1');
  return fields[root] ? `${fields[root]}（${path}）` : `${factLabel(labels, fact)} ${path}`;
}

export function operatorLabel(labels: Labels, operator: string): string {
  const memo = (labels.memo ??= { paths: new Map(), operators: new Map() });
  let hit = memo.operators.get(operator);
  if (hit === undefined) memo.operators.set(operator, (hit = findOperatorLabel(labels, operator)));
  return hit;
}

function findOperatorLabel(labels: Labels, operator: string): string {
  const parts = operator.split(':');
  const name = parts.pop() as string;
  return [...parts.map((d) => DECORATOR_LABELS[d] ?? d), labels.operators[name] ?? name].join(' ');
}
