// Inheritance: applies a child's `extend` document to its parent's resolved body, recording where each part came from.
import { checkParamValues, type CatalogBody, type FormBody, type GuideBody, type Param, type ParamsBody, type RulesetBody, type ConfigError, type ConfigKind } from './kinds/index.js';
import type { Rule } from './kinds/ruleset.js';

/** Which document a part of the resolved body came from. */
export interface Origin {
  node: string;
  version: number;
  /** The node whose part this one replaced, when it overrides an ancestor's. */
  overrides?: string;
}

export interface Layer {
  node: string;
  /** For messages: 包头市. */
  node_name?: string;
  version: number;
  mode: 'base' | 'extend';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a document body of the layer's kind: the merge functions below take it as that kind's type
  body: any;
}

/** A mandatory rule of the ancestors above a `base` rule set, which that base may not drop or change. */
export interface InheritedRule {
  rule: Rule;
  origin: Origin;
  node_name?: string;
}

export interface Resolved {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the merged body of the kind resolved (see EffectiveDocument.body in resolve.ts)
  body: any;
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
  parent: Keyed[], child: Keyed[], key: string, field: string, layer: Layer, sources: Record<string, Origin>, errors: Errors,
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

function mergeCatalog(parent: CatalogBody, child: CatalogBody, layer: Layer, sources: Record<string, Origin>, errors: Errors): CatalogBody {
  const entries = mergeList(parent.entries, child.entries, 'code', 'entries', layer, sources, errors, (prev, item) =>
    prev && !item.remove ? { ...prev, ...item, levels: { ...(prev.levels as object), ...(item.levels as object) } } : item);
  return { ...parent, reference: child.reference ?? parent.reference, note: child.note ?? parent.note, entries: entries as CatalogBody['entries'] };
}

function mandatoryMessage(rule: Keyed | Rule, origin: string, removing: boolean): string {
  return `规则「${rule.name}」（${rule.id}）是${origin}设定的强制规则，下级不能${removing ? '删除' : '覆盖或修改'}`;
}

function mergeRuleset(parent: RulesetBody, child: RulesetBody, layer: Layer, sources: Record<string, Origin>, errors: Errors, names: Map<string, string>): RulesetBody {
  const rules = mergeList(parent.rules, child.rules, 'id', 'rules', layer, sources, errors, (prev, item, index) => {
    if (!prev?.mandatory) return item;
    const origin = sources[item.id as string]?.node;
    errors.push({ node: layer.node, path: `/body/rules/${index}`, message: mandatoryMessage(prev, origin ? who(origin, names.get(origin)) : '上级', Boolean(item.remove)) });
    return null;
  });
  return {
    ...parent, name: child.name ?? parent.name, description: child.description ?? parent.description, basis: child.basis ?? parent.basis,
    amount: child.amount === undefined ? parent.amount : child.amount,
    rules: rules as RulesetBody['rules'],
  };
}

/** A `base` rule set below the root still carries the ancestors' mandatory rules, unchanged. */
function keepMandatory(body: RulesetBody, inherited: InheritedRule[], layer: Layer, sources: Record<string, Origin>, errors: Errors): void {
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

function mergeForm(parent: FormBody, child: FormBody, layer: Layer, sources: Record<string, Origin>): FormBody {
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
function checkMergedForm(form: FormBody, child: FormBody, layer: Layer, errors: Errors): void {
  (child.schema.required ?? []).forEach((name, i) => {
    if (!(name in form.schema.properties)) errors.push({ node: layer.node, path: `/body/schema/required/${i}`, message: `必填字段「${name}」在本表单和上级表单中都没有定义` });
  });
  for (const key of Object.keys(child.ui_schema ?? {})) {
    if (!key.startsWith('ui:') && !(key in form.schema.properties)) {
      errors.push({ node: layer.node, path: `/body/ui_schema/${key}`, message: `界面设置中的字段「${key}」在本表单和上级表单中都没有定义` });
    }
  }
}

function mergeGuide(parent: GuideBody, child: GuideBody, layer: Layer, sources: Record<string, Origin>, errors: Errors): GuideBody {
  return { ...parent, services: mergeList(parent.services, child.services, 'id', 'services', layer, sources, errors) as GuideBody['services'] };
}

/**
 * A child's parameter keeps the parent's label, type, unit and basis unless it restates them; its
 * values take over from their earliest date, the parent's earlier values still answering before.
 */
function mergeParams(parent: ParamsBody, child: ParamsBody, layer: Layer, sources: Record<string, Origin>, errors: Errors): ParamsBody {
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
  return { ...parent, note: child.note ?? parent.note, params: params as ParamsBody['params'] };
}

/** The lists of a base body whose items get an origin; which one it has depends on the kind. */
interface BaseLists { entries?: Keyed[]; rules?: Keyed[]; params?: Param[]; services?: Keyed[]; schema?: { properties: Record<string, unknown> } }

function baseSources(kind: ConfigKind, body: BaseLists, layer: Layer): Record<string, Origin> {
  const origin = { node: layer.node, version: layer.version };
  const ids: string[] = kind === 'catalog' ? body.entries!.map((e) => e.code as string)
    : kind === 'ruleset' ? body.rules!.map((r) => r.id as string)
    : kind === 'form' ? Object.keys(body.schema!.properties)
    : kind === 'param' ? body.params!.map((p) => p.name)
    : kind === 'guide' ? body.services!.map((s) => s.id as string)
    : [];
  const out: Record<string, Origin> = Object.fromEntries(ids.map((id) => [id, { ...origin }]));
  // Each value of a parameter has its own origin: a child restating values from a date leaves the parent's earlier ones.
  if (kind === 'param') for (const p of body.params!) for (const v of p.values) out[`${p.name}@${v.from}`] = { ...origin };
  return out;
}

/**
 * Resolves layers ordered from the nearest `base` down to the node itself. `inherited` are the
 * mandatory rules of the ancestors above that base (rule sets only).
 *
 * @example
 * resolveLayers('catalog', [{ node: '150000', version: 1, mode: 'base', body }, { node: '150200', version: 2, mode: 'extend', body: child }])
 * // { body: merged, sources: { '6-18-02-04': { node: '150200', version: 2, overrides: '150000' }, ... }, errors: [] }
 */
export function resolveLayers(kind: ConfigKind, layers: Layer[], inherited: InheritedRule[] = []): Resolved {
  const errors: Errors = [];
  if (layers.length === 0 || layers[0].mode !== 'base') {
    return { body: null, sources: {}, errors: [{ node: layers[0]?.node, path: '/mode', message: '找不到可继承的上级文档：最上层的文档必须是完整文档（base）' }] };
  }
  const names = new Map<string, string>(inherited.filter((m) => m.node_name).map((m) => [m.origin.node, m.node_name!]));
  for (const l of layers) if (l.node_name) names.set(l.node, l.node_name);
  const body = structuredClone(layers[0].body);
  if (kind === 'catalog') body.entries = body.entries.filter((e: Keyed) => !e.remove);
  if (kind === 'param') body.params = body.params.filter((p: Keyed) => !p.remove);
  const sources = baseSources(kind, body, layers[0]);
  if (kind === 'ruleset') keepMandatory(body, inherited, layers[0], sources, errors);
  let merged = body;
  for (const layer of layers.slice(1)) {
    if (kind === 'catalog') merged = mergeCatalog(merged, layer.body, layer, sources, errors);
    else if (kind === 'ruleset') merged = mergeRuleset(merged, layer.body, layer, sources, errors, names);
    else if (kind === 'form') {
      merged = mergeForm(merged, layer.body, layer, sources);
      checkMergedForm(merged, layer.body, layer, errors);
    } else if (kind === 'param') merged = mergeParams(merged, layer.body, layer, sources, errors);
    else if (kind === 'guide') merged = mergeGuide(merged, layer.body, layer, sources, errors);
    // A typical case is always whole (base): a later layer of the same key replaces it.
    else merged = structuredClone(layer.body);
  }
  return { body: merged, sources, errors };
}
