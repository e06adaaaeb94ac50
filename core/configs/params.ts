// The parameters in force for a node on a date, as the `params` fact holds them: values, and where each came from.
import type { Knex } from 'knex';
import { paramValueOn, type ParamType } from './kinds/params.js';
import { resolveFrom, databaseSource, type Candidate, type DocumentSource, type EffectiveDocument } from './resolve.js';
import { eachLeaf, isFactReference, type ConfigError, type RulesetBody } from './kinds/index.js';
import { pointer } from './kinds/common.js';

/** The fact rules read parameters through: `{ "fact": "params", "path": "$.age_max" }`. */
export const PARAMS_FACT = 'params';

export interface ParamAbout {
  label: string;
  type: ParamType;
  unit?: string;
  basis?: string;
  /** The node whose document set the value in force, its name and the version. */
  node: string;
  node_name: string;
  version: number;
  /** The first day of the value in force. */
  from: string;
}

/** `{ age_max: 60, …, _about: { age_max: { label, node, node_name, version, from, … } } }`. */
export type ParamsFact = Record<string, unknown> & { _about: Record<string, ParamAbout> };

/**
 * The fact value of a resolved parameters document on a date; a parameter with no value yet
 * on that date is left out (a rule reading it sees no value).
 *
 * @example
 * paramsFact(doc, '2025-03-01') // { age_max: 65, _about: { age_max: { label: '年龄上限', node: '150200', node_name: '包头市', version: 2, from: '2025-01-01', … } } }
 */
export function paramsFact(doc: EffectiveDocument<'param'> | null, date: string): ParamsFact {
  const out: ParamsFact = { _about: {} };
  if (!doc) return out;
  const names = new Map(doc.chain.map((c) => [c.node, c.node_name]));
  for (const p of doc.body.params) {
    const v = paramValueOn(p, date);
    if (!v) continue;
    const origin = doc.sources[`${p.name}@${v.from}`] ?? doc.sources[p.name] ?? { node: doc.node, version: 0 };
    out[p.name] = v.value;
    out._about[p.name] = {
      label: p.label ?? p.name, type: p.type ?? 'number', ...(p.unit ? { unit: p.unit } : {}), ...(p.basis ? { basis: p.basis } : {}),
      node: origin.node, node_name: names.get(origin.node) ?? origin.node, version: origin.version, from: v.from,
    };
  }
  return out;
}

/** The parameters fact of a node on a date from the database, a draft parameters document standing in for its node's. */
export async function paramsFactFor(db: Knex | Knex.Transaction, node: string, date: string, candidate?: Candidate<'param'>): Promise<ParamsFact> {
  return paramsFactFrom(databaseSource(db), node, date, candidate);
}

export async function paramsFactFrom(source: DocumentSource, node: string, date: string, candidate?: Candidate<'param'>): Promise<ParamsFact> {
  return paramsFact(await resolveFrom(source, node, 'param', 'default', date, candidate), date);
}

/** Every place a rule set reads a parameter: conditions, compared values, placeholders, the amount. */
export function paramUses(body: RulesetBody, base = '/body'): Array<{ path: string; name: string }> {
  const uses: Array<{ path: string; name: string }> = [];
  const nameOf = (p: string | undefined) => p?.match(/^\$\.([a-z][a-z0-9_]*)$/)?.[1] ?? p ?? '';
  body.rules.forEach((rule, i) => {
    if ('remove' in rule) return;
    const at = pointer(base, 'rules', i);
    eachLeaf(rule.conditions, pointer(at, 'conditions'), (leaf, leafAt) => {
      if (leaf.fact === PARAMS_FACT) uses.push({ path: leafAt, name: nameOf(leaf.path) });
      if (isFactReference(leaf.value) && leaf.value.fact === PARAMS_FACT) uses.push({ path: pointer(leafAt, 'value'), name: nameOf(leaf.value.path) });
    });
    for (const key of ['message', 'pass_message'] as const) {
      const text = rule.event.params[key];
      for (const m of text?.matchAll(/\{\{\s*params\.([a-z][a-z0-9_]*)\s*\}\}/g) ?? []) uses.push({ path: pointer(at, 'event', 'params', key), name: m[1] });
    }
  });
  for (const key of ['base', 'scale_by'] as const) {
    const ref = body.amount?.[key];
    if (ref?.fact === PARAMS_FACT) uses.push({ path: pointer(base, 'amount', key), name: nameOf(ref.path) });
  }
  return uses;
}

/** A rule set may read only the parameters in force at its node on its first day. */
export function checkParamUses(body: RulesetBody, params: ParamsFact | null, date: string): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const use of paramUses(body)) {
    if (params && Object.hasOwn(params._about, use.name)) continue;
    const known = params ? Object.entries(params._about).map(([n, a]) => `${n}（${a.label}）`).join('、') : '';
    errors.push({ path: use.path, message: `参数「${use.name}」在 ${date} 没有生效的取值${known ? `；可用的参数：${known}` : '；请先在政策参数表中定义它'}` });
  }
  return errors;
}
