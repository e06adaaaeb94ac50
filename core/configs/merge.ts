// Inheritance: applies a child's `extend` document to its parent's resolved body, recording where each part came from.
import { checkParamValues, type BodyOf, type CatalogBody, type CatalogEntry, type EffectiveBody, type FormBody, type GuideBody, type Param, type ParamsBody, type RulesetBody, type Service, type ConfigError, type ConfigKind } from './kinds/index.js';
import type { Rule } from './kinds/ruleset.js';

/** Which document a part of the resolved body came from. */
export interface Origin {
  node: string;
  version: number;
  /** The node whose part this one replaced, when it overrides an ancestor's. */
  overrides?: string;
}

/** One document of a chain to merge, its body of the kind resolved. */
export interface Layer<K extends ConfigKind = ConfigKind> {
  node: string;
  /** For messages: 包头市. */
  node_name?: string;
  version: number;
  mode: 'base' | 'extend';
  body: BodyOf<K>;
}

/** Which layer a part comes from: what an origin records. */
type Where = Pick<Layer, 'node' | 'version'>;

/** A mandatory rule of the ancestors above a `base` rule set, which that base may not drop or change. */
export interface InheritedRule {
  rule: Rule;
  origin: Origin;
  node_name?: string;
}

export interface Resolved<K extends ConfigKind = ConfigKind> {
  /** The merged body; null when the layers do not begin with a base document. */
  body: EffectiveBody<K> | null;
  /** Part id (catalog entry code, rule id, form field, guide service id) → origin. */
  sources: Record<string, Origin>;
  /** Problems, each with the node of the document that caused it. */
  errors: Array<ConfigError & { node?: string }>;
}

/** An item of a merged list (catalog entry, rule, parameter, service) or its removal, as written. */
type Keyed = { [k: string]: unknown };
type Errors = Resolved['errors'];

const who = (node: string, name?: string) => (name ? `${name}（${node}）` : node);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Merges a list of items keyed by `key`: override by key, `remove: true` drops, new keys append. */
function mergeList(
  parent: Keyed[], child: Keyed[], key: string, field: string, layer: Where, sources: Record<string, Origin>, errors: Errors,
  onItem?: (prev: Keyed | undefined, item: Keyed, index: number) => Keyed | null,
): Keyed[] {
  const out = parent.map((p) => ({ ...p }));
  // The key of every item (code, id, name) is a string: the kinds' schemas say so.
  const idOf = (x: Keyed) => x[key] as string;
  child.forEach((item, index) => {
    const at = out.findIndex((p) => p[key] === item[key]);
    const prev = at >= 0 ? out[at] : undefined;
    const next = onItem ? onItem(prev, item, index) : item;
    if (next === null) return;
    if (item.remove) {
      // A removal of something the parent no longer has is stale: harmless when resolving, refused at publish.
      if (at < 0) errors.push({ node: layer.node, path: `/body/${field}/${index}`, message: `要删除的「${idOf(item)}」在上级文档中不存在；请去掉这条删除` });
      else out.splice(at, 1);
      delete sources[idOf(item)];
      return;
    }
    if (at >= 0) {
      out[at] = next;
      sources[idOf(item)] = { node: layer.node, version: layer.version, overrides: sources[idOf(item)]?.node };
    } else {
      out.push(next);
      sources[idOf(item)] = { node: layer.node, version: layer.version };
    }
  });
  return out;
}

function mergeCatalog(parent: EffectiveBody<'catalog'>, child: CatalogBody, layer: Where, sources: Record<string, Origin>, errors: Errors): EffectiveBody<'catalog'> {
  const entries = mergeList(parent.entries, child.entries, 'code', 'entries', layer, sources, errors, (prev, item) =>
    prev && !item.remove ? { ...prev, ...item, levels: { ...(prev.levels as object), ...(item.levels as object) } } : item);
  return { ...parent, reference: child.reference ?? parent.reference, note: child.note ?? parent.note, entries: entries as CatalogEntry[] };
}

function mandatoryMessage(rule: Keyed | Rule, origin: string, removing: boolean): string {
  return `规则「${rule.name}」（${rule.id}）是${origin}设定的强制规则，下级不能${removing ? '删除' : '覆盖或修改'}`;
}

function mergeRuleset(parent: EffectiveBody<'ruleset'>, child: RulesetBody, layer: Where, sources: Record<string, Origin>, errors: Errors, names: Map<string, string>): EffectiveBody<'ruleset'> {
  const rules = mergeList(parent.rules, child.rules, 'id', 'rules', layer, sources, errors, (prev, item, index) => {
    if (!prev?.mandatory) return item;
    const origin = sources[item.id as string]?.node;
    errors.push({ node: layer.node, path: `/body/rules/${index}`, message: mandatoryMessage(prev, origin ? who(origin, names.get(origin)) : '上级', Boolean(item.remove)) });
    return null;
  });
  return {
    ...parent, name: child.name ?? parent.name, description: child.description ?? parent.description, basis: child.basis ?? parent.basis,
    amount: child.amount === undefined ? parent.amount : child.amount,
    rules: rules as Rule[],
  };
}

/** A `base` rule set below the root still carries the ancestors' mandatory rules, unchanged. */
function keepMandatory(body: EffectiveBody<'ruleset'>, inherited: InheritedRule[], layer: Where, sources: Record<string, Origin>, errors: Errors): void {
  for (const m of inherited) {
    const at = body.rules.findIndex((r) => r.id === m.rule.id);
    if (at >= 0 && same(body.rules[at], m.rule)) continue;
    const origin = who(m.origin.node, m.node_name);
    if (at < 0) {
      body.rules.push(structuredClone(m.rule));
      errors.push({ node: layer.node, path: '/body/rules', message: `${mandatoryMessage(m.rule, origin, true)}（完整文档 base 也必须保留这条规则）` });
      sources[m.rule.id] = { ...m.origin };
    } else {
      body.rules[at] = structuredClone(m.rule);
      errors.push({ node: layer.node, path: `/body/rules/${at}`, message: mandatoryMessage(m.rule, origin, false) });
      sources[m.rule.id] = { ...m.origin };
    }
  }
}

function mergeForm(parent: FormBody, child: FormBody, layer: Where, sources: Record<string, Origin>): FormBody {
  const properties = { ...parent.schema.properties };
  for (const [name, field] of Object.entries(child.schema.properties)) {
    sources[name] = { node: layer.node, version: layer.version, overrides: properties[name] ? sources[name]?.node : undefined };
    properties[name] = field;
  }
  const required = [...new Set([...(parent.schema.required ?? []), ...(child.schema.required ?? [])])];
  const schema: FormBody['schema'] = { ...parent.schema, ...child.schema, properties };
  if (required.length > 0) schema.required = required;
  else delete schema.required;
  const ui_schema: Record<string, unknown> = { ...(parent.ui_schema ?? {}), ...(child.ui_schema ?? {}) };
  // Fields a child adds go after the inherited order unless its own order places them: an order list that
  // misses a field stops the whole form from rendering.
  const order = ui_schema['ui:order'];
  if (Array.isArray(order) && !order.includes('*')) {
    const added = Object.keys(child.schema.properties).filter((n) => !order.includes(n));
    if (added.length > 0) ui_schema['ui:order'] = [...order, ...added];
  }
  return { entity: parent.entity, schema, ui_schema };
}

/** An extend form may name the parent's fields in `required` and `ui_schema`; after the merge they must exist. */
function checkMergedForm(form: FormBody, child: FormBody, layer: Where, errors: Errors): void {
  (child.schema.required ?? []).forEach((name, i) => {
    if (!(name in form.schema.properties)) errors.push({ node: layer.node, path: `/body/schema/required/${i}`, message: `必填字段「${name}」在本表单和上级表单中都没有定义` });
  });
  for (const key of Object.keys(child.ui_schema ?? {})) {
    if (!key.startsWith('ui:') && !(key in form.schema.properties)) {
      errors.push({ node: layer.node, path: `/body/ui_schema/${key}`, message: `界面设置中的字段「${key}」在本表单和上级表单中都没有定义` });
    }
  }
}

function mergeGuide(parent: EffectiveBody<'guide'>, child: GuideBody, layer: Where, sources: Record<string, Origin>, errors: Errors): EffectiveBody<'guide'> {
  return { ...parent, services: mergeList(parent.services, child.services, 'id', 'services', layer, sources, errors) as Service[] };
}

/**
 * A child's parameter keeps the parent's label, type, unit and basis unless it restates them; its
 * values take over from their earliest date, the parent's earlier values still answering before.
 */
function mergeParams(parent: EffectiveBody<'param'>, child: ParamsBody, layer: Where, sources: Record<string, Origin>, errors: Errors): EffectiveBody<'param'> {
  const params = mergeList(parent.params, child.params, 'name', 'params', layer, sources, errors, (prev, item, index) => {
    if (!prev || item.remove) return item;
    // Not a removal: a parameter (or a value-only override of one) over the parent's parameter.
    const [was, now] = [prev as Param, item as Omit<Param, 'type' | 'label'> & Partial<Pick<Param, 'type' | 'label'>>];
    const first = now.values[0].from;
    const merged = { ...prev, ...item, values: [...was.values.filter((v) => v.from < first), ...now.values] };
    for (const v of now.values) sources[`${now.name}@${v.from}`] = { node: layer.node, version: layer.version };
    if (now.type !== undefined && now.type !== was.type) {
      errors.push({ node: layer.node, path: `/body/params/${index}/type`, message: `参数「${was.label}」（${was.name}）的类型不能由「${was.type}」改为「${now.type}」；请新建一个参数` });
    }
    // A value-only override is typed by the parent's parameter (a typed one was checked with its document).
    if (now.type === undefined) for (const e of checkParamValues({ name: now.name, values: now.values, label: was.label }, was.type, `/body/params/${index}`)) errors.push({ node: layer.node, ...e });
    return merged;
  });
  for (const p of child.params) if (!('remove' in p) && !parent.params.some((x) => x.name === p.name)) {
    for (const v of p.values) sources[`${p.name}@${v.from}`] = { node: layer.node, version: layer.version };
  }
  return { ...parent, note: child.note ?? parent.note, params: params as Param[] };
}

/** What merging a layer needs besides the bodies: the layer, where each part came from, the problems found, node names. */
interface Step {
  layer: Where;
  sources: Record<string, Origin>;
  errors: Errors;
  names: Map<string, string>;
  /** The mandatory rules of the ancestors above the base (rule sets only). */
  inherited: InheritedRule[];
}

/** How a kind's bodies merge, each function taking that kind's own body type. */
interface KindMerge<K extends ConfigKind> {
  /** The base body ready to merge into (removals, refused in a base at publish, dropped), the origin of each of its parts recorded. */
  base(body: BodyOf<K>, step: Step): EffectiveBody<K>;
  /** The parent's resolved body with a child's `extend` document applied. */
  extend(parent: EffectiveBody<K>, child: BodyOf<K>, step: Step): EffectiveBody<K>;
}

/** Records the base layer as the origin of each part. */
function fromBase(step: Step, ids: string[]): void {
  for (const id of ids) step.sources[id] = { node: step.layer.node, version: step.layer.version };
}

const MERGES: { [K in ConfigKind]: KindMerge<K> } = {
  catalog: {
    base(body, step) {
      const entries = body.entries.filter((e): e is CatalogEntry => !('remove' in e));
      fromBase(step, entries.map((e) => e.code));
      return { ...body, entries };
    },
    extend: (parent, child, s) => mergeCatalog(parent, child, s.layer, s.sources, s.errors),
  },
  ruleset: {
    base(body, step) {
      const whole = { ...body, rules: body.rules.filter((r): r is Rule => !('remove' in r)) };
      fromBase(step, whole.rules.map((r) => r.id));
      keepMandatory(whole, step.inherited, step.layer, step.sources, step.errors);
      return whole;
    },
    extend: (parent, child, s) => mergeRuleset(parent, child, s.layer, s.sources, s.errors, s.names),
  },
  form: {
    base(body, step) {
      fromBase(step, Object.keys(body.schema.properties));
      return body;
    },
    extend(parent, child, s) {
      const merged = mergeForm(parent, child, s.layer, s.sources);
      checkMergedForm(merged, child, s.layer, s.errors);
      return merged;
    },
  },
  param: {
    base(body, step) {
      const params = body.params.filter((p): p is Param => !('remove' in p));
      fromBase(step, params.map((p) => p.name));
      // Each value of a parameter has its own origin: a child restating values from a date leaves the parent's earlier ones.
      fromBase(step, params.flatMap((p) => p.values.map((v) => `${p.name}@${v.from}`)));
      return { ...body, params };
    },
    extend: (parent, child, s) => mergeParams(parent, child, s.layer, s.sources, s.errors),
  },
  guide: {
    base(body, step) {
      const services = body.services.filter((s): s is Service => !('remove' in s));
      fromBase(step, services.map((s) => s.id));
      return { ...body, services };
    },
    extend: (parent, child, s) => mergeGuide(parent, child, s.layer, s.sources, s.errors),
  },
  // A typical case is always whole (base): a later layer of the same key replaces it.
  case: { base: (body) => body, extend: (_parent, child) => structuredClone(child) },
};

/**
 * Resolves layers ordered from the nearest `base` down to the node itself. `inherited` are the
 * mandatory rules of the ancestors above that base (rule sets only).
 *
 * @example
 * resolveLayers('catalog', [{ node: '150000', version: 1, mode: 'base', body }, { node: '150200', version: 2, mode: 'extend', body: child }])
 * // { body: merged, sources: { '6-18-02-04': { node: '150200', version: 2, overrides: '150000' }, ... }, errors: [] }
 */
export function resolveLayers<K extends ConfigKind>(kind: K, layers: Array<Layer<K>>, inherited: InheritedRule[] = []): Resolved<K> {
  const errors: Errors = [];
  if (layers.length === 0 || layers[0].mode !== 'base') {
    return { body: null, sources: {}, errors: [{ node: layers[0]?.node, path: '/mode', message: '找不到可继承的上级文档：最上层的文档必须是完整文档（base）' }] };
  }
  const names = new Map<string, string>(inherited.filter((m) => m.node_name).map((m) => [m.origin.node, m.node_name!]));
  for (const l of layers) if (l.node_name) names.set(l.node, l.node_name);
  const merge: KindMerge<K> = MERGES[kind];
  const sources: Record<string, Origin> = {};
  let merged = merge.base(structuredClone(layers[0].body), { layer: layers[0], sources, errors, names, inherited });
  for (const layer of layers.slice(1)) merged = merge.extend(merged, layer.body, { layer, sources, errors, names, inherited });
  return { body: merged, sources, errors };
}
