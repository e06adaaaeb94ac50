// Rule conditions in Chinese from the vocabulary's labels: 「申请日年龄（周岁） 介于 16～60」, groups as 同时满足/满足其一/不满足.

export interface Vocabulary {
  facts: Array<{ id: string; label: string; fields?: Record<string, string> }>;
  operators: Array<{ name: string; label: string }>;
}

export interface Line {
  depth: number;
  text: string;
  group?: boolean;
}

/** A node of a condition tree as stored: a group (all / any / not), a named condition, or a leaf; narrowed as it is read. */
type Node = Record<string, unknown>;

/** A leaf: a fact (at a path) compared by an operator with a value or another fact. */
export interface Leaf { fact: string; path?: string | null; operator: string; value: unknown }

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A parameter as the rule editors name it: its label and unit (年龄上限（周岁）). */
export interface ParamLabel { name: string; label?: string; unit?: string }

/** The vocabulary with the region's parameters named, so `{ fact: params, path: $.age_max }` reads 「年龄上限（周岁）」. */
export const withParams = (vocab: Vocabulary, params: ParamLabel[]): Vocabulary => (params.length === 0 ? vocab : {
  ...vocab,
  facts: [...vocab.facts.filter((f) => f.id !== 'params'), {
    id: 'params', label: '政策参数',
    fields: Object.fromEntries(params.map((p) => [`$.${p.name}`, `${p.label ?? p.name}${p.unit ? `（${p.unit}）` : ''}`])),
  }],
});

const factLabel = (vocab: Vocabulary, fact: string, path?: string | null): string => {
  const f = vocab.facts.find((x) => x.id === fact);
  if (!f) return path ? `${fact}${path.replace(/^\$/, '')}` : fact;
  if (!path) return f.label;
  return f.fields?.[path] ?? `${f.label}（${path.replace(/^\$\.?/, '')}）`;
};

/** Names a code value (returnee → 返乡农牧民工); returns undefined for values it does not know. */
export type ValueLabel = (value: string) => string | undefined;

export const valueText = (vocab: Vocabulary, value: unknown, between = false, label?: ValueLabel): string => {
  if (isNode(value) && typeof value.fact === 'string') return factLabel(vocab, value.fact, typeof value.path === 'string' ? value.path : null);
  if (Array.isArray(value)) return between && value.length === 2 ? `${value[0]}～${value[1]}` : value.map((v) => valueText(vocab, v, false, label)).join('、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value === null || value === undefined) return '空';
  if (typeof value === 'object') return JSON.stringify(value);
  return (typeof value === 'string' && label?.(value)) || String(value);
};

export const leafText = (vocab: Vocabulary, leaf: Leaf, label?: ValueLabel): string => {
  const op = vocab.operators.find((o) => o.name === leaf.operator);
  const opLabel = op?.label ?? leaf.operator;
  return `${factLabel(vocab, leaf.fact, leaf.path)} ${opLabel} ${valueText(vocab, leaf.value, leaf.operator === 'between', label)}`;
};

/** The condition tree as indented lines; `labels` name the groups (all / any / not / condition). */
export const conditionLines = (
  vocab: Vocabulary, node: unknown, labels: Record<'all' | 'any' | 'not' | 'condition', string>, depth = 0, label?: ValueLabel,
): Line[] => {
  if (!isNode(node)) return [];
  if (Array.isArray(node.all) || Array.isArray(node.any)) {
    const key = Array.isArray(node.all) ? 'all' : 'any';
    const children = node[key] as unknown[];
    if (children.length === 1 && depth === 0) return conditionLines(vocab, children[0], labels, depth, label);
    return [{ depth, text: labels[key], group: true }, ...children.flatMap((c) => conditionLines(vocab, c, labels, depth + 1, label))];
  }
  if (node.not) return [{ depth, text: labels.not, group: true }, ...conditionLines(vocab, node.not, labels, depth + 1, label)];
  if (typeof node.condition === 'string') return [{ depth, text: `${labels.condition}「${node.condition}」` }];
  if (typeof node.fact === 'string') {
    const leaf: Leaf = { fact: node.fact, path: typeof node.path === 'string' ? node.path : null, operator: String(node.operator), value: node.value };
    return [{ depth, text: leafText(vocab, leaf, label) }];
  }
  return [];
};
