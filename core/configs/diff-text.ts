// What a publish changes, as plain Chinese sentences a clerk reads: 「年龄上限由 60 周岁改为 65 周岁（自 2025-01-01 起）」.
import type { DiffEntry } from './diff.js';
import { CLAIM_TYPE_LABELS, LEVEL_LABELS, OUTCOME_LABELS, paramValueOn, PARAM_TYPE_LABELS, type ConfigKind, type Param, type ParamType } from './kinds/index.js';
import type { Amount, FactRef, Rule } from './kinds/ruleset.js';
import type { LevelStandard } from './kinds/catalog.js';
import { eachLeaf, isFactReference } from './kinds/conditions.js';
import { factLabel, operatorLabel, pathLabel, type Labels } from '../rules/runtime/labels.js';
import { show, showExpected, yuan } from '../rules/runtime/format.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ON_FAIL: Record<string, string> = { ineligible: OUTCOME_LABELS.ineligible, needs_review: '转人工审核' };

/** A form field as the sentences read it: the JSON Schema keywords they name. */
interface FieldSchema { title?: string; type?: string; description?: string; oneOf?: { title?: string; const?: unknown }[] }
/** The parts of a form body (or of its document entry) the sentences read; ui_schema values are checked where read. */
interface FormParts { schema?: { properties?: Record<string, FieldSchema | undefined> }; required?: string[]; ui_schema?: Record<string, unknown> }
/** One field's ui_schema entry. */
interface UiEntry { 'ui:options'?: { roles?: string[] }; 'ui:help'?: string; 'ui:widget'?: string }
/** A catalog occupation as the sentences read it. */
interface Occupation { name?: string; shortage?: boolean; levels?: Record<string, LevelStandard | undefined> }

/** A parameter value with its unit: 60 周岁, 1,500.00 元, 80%, 是. */
export function paramValueText(type: ParamType | undefined, value: unknown, unit?: string): string {
  if (value === undefined) return '（无）';
  if (type === 'fen' && typeof value === 'number') return yuan(value);
  if (type === 'ratio' && typeof value === 'number') return `${Math.round(value * 10000) / 100}%`;
  if (typeof value === 'boolean') return value ? '是' : '否';
  return `${String(value)}${unit ? ` ${unit}` : ''}`;
}

/** The name of a compared code value (a region's name, a choice's label) where one is known; undefined leaves it as written. */
export type ValueNamer = (fact: string, path: string | undefined, value: unknown) => string | undefined;

/** One comparison in words: 「申请日年龄（周岁） 小于等于 年龄上限」, 「申请地区 等于 昆都仑区（150203）」. */
export function conditionText(leaf: { fact: string; path?: string; operator: string; value: unknown }, labels: Labels, params?: Record<string, Param>, names?: ValueNamer): string {
  const label = (fact: string, path?: string) => {
    if (fact === 'params' && path && params?.[path.slice(2)]) return `参数「${params[path.slice(2)].label ?? path.slice(2)}」`;
    return path ? pathLabel(labels, fact, path) : factLabel(labels, fact);
  };
  const value = isFactReference(leaf.value) ? label(leaf.value.fact, leaf.value.path) : names?.(leaf.fact, leaf.path, leaf.value) ?? showExpected(leaf.operator, leaf.value);
  return `${label(leaf.fact, leaf.path)} ${operatorLabel(labels, leaf.operator)} ${value}`;
}

function leaves(conditions: unknown, labels: Labels, params?: Record<string, Param>, names?: ValueNamer): string[] {
  const out: string[] = [];
  eachLeaf(conditions, '', (leaf, at) => out.push(`${conditionText(leaf, labels, params, names)}${at.includes('/any/') ? '（任一满足）' : ''}${at.includes('/not') ? '（不成立）' : ''}`));
  return out;
}

function paramSentences(e: DiffEntry, date: string): string[] {
  const a = e.before as Param | undefined, b = e.after as Param | undefined;
  const p = (b ?? a)!;
  const label = p.label ?? p.name;
  if (e.change === 'added') {
    const v = paramValueOn(b!, date) ?? b!.values[0];
    return [`新增参数「${label}」（${PARAM_TYPE_LABELS[b!.type ?? 'number']}）：${paramValueText(b!.type, v.value, b!.unit)}（自 ${v.from} 起）`];
  }
  if (e.change === 'removed') return [`删除参数「${label}」`];
  const out: string[] = [];
  // Each new or changed dated value, as the sentence the policy would say.
  for (const v of b!.values) {
    const old = a!.values.find((x) => x.from === v.from);
    const prev = old ?? paramValueOn(a!, v.from);
    if (old && same(old.value, v.value)) continue;
    const was = prev ? paramValueText(a!.type, prev.value, a!.unit) : '（无）';
    out.push(`${label}由 ${was}改为 ${paramValueText(b!.type, v.value, b!.unit)}（自 ${v.from} 起）`);
  }
  for (const v of a!.values) if (!b!.values.some((x) => x.from === v.from)) out.push(`${label}取消自 ${v.from} 起的取值 ${paramValueText(a!.type, v.value, a!.unit)}`);
  if (a!.label !== b!.label) out.push(`参数名称由「${a!.label}」改为「${b!.label}」`);
  if (a!.basis !== b!.basis) out.push(`参数「${label}」的政策依据改为：${b!.basis ?? '（无）'}`);
  if (a!.unit !== b!.unit) out.push(`参数「${label}」的单位由 ${a!.unit ?? '（无）'} 改为 ${b!.unit ?? '（无）'}`);
  return out;
}

function ruleSentences(e: DiffEntry, labels: Labels, params?: Record<string, Param>, names?: ValueNamer): string[] {
  // Entries of a rule set's diff are whole rules (core/configs/diff.ts); only the one side of an added or removed rule exists.
  const a = e.before as Rule, b = e.after as Rule;
  const name = (b ?? a)?.name ?? e.id;
  if (e.change === 'added') return [`新增规则「${name}」：${leaves(b.conditions, labels, params, names).join('，并且')}；不满足时${ON_FAIL[b.event.params.on_fail]}${b.mandatory ? '（强制规则）' : ''}`];
  if (e.change === 'removed') return [`删除规则「${name}」`];
  const out: string[] = [];
  if (a.name !== b.name) out.push(`规则「${a.name}」改名为「${b.name}」`);
  const before = leaves(a.conditions, labels, params, names), after = leaves(b.conditions, labels, params, names);
  for (const c of after) if (!before.includes(c)) out.push(`规则「${name}」新增条件：${c}`);
  for (const c of before) if (!after.includes(c)) out.push(`规则「${name}」删除条件：${c}`);
  if (out.length === (a.name !== b.name ? 1 : 0) && !same(a.conditions, b.conditions)) out.push(`规则「${name}」调整了条件的组合方式（全部满足/任一满足）`);
  if (a.event.params.on_fail !== b.event.params.on_fail) out.push(`规则「${name}」不满足时由${ON_FAIL[a.event.params.on_fail]}改为${ON_FAIL[b.event.params.on_fail]}`);
  if (a.event.params.message !== b.event.params.message) out.push(`规则「${name}」的提示改为：${b.event.params.message}`);
  if (a.basis !== b.basis) out.push(`规则「${name}」的政策依据改为：${b.basis}`);
  if (a.description !== b.description) out.push(`规则「${name}」的说明改为：${b.description}`);
  if (Boolean(a.mandatory) !== Boolean(b.mandatory)) out.push(`规则「${name}」${b.mandatory ? '设为强制规则（下级不能修改或删除）' : '不再是强制规则'}`);
  return out;
}

const TYPE_NAMES: Record<string, string> = { string: '文字', number: '数值', integer: '整数', boolean: '是/否', array: '多选', object: '对象' };

function fieldSentences(e: DiffEntry): string[] {
  // Entries of a form's diff are field schemas; only the one side of an added or removed field exists.
  const a = e.before as FieldSchema, b = e.after as FieldSchema;
  const title = (b ?? a)?.title ?? e.id;
  const type = (f: FieldSchema) => (f.oneOf ? '单选' : TYPE_NAMES[f.type ?? ''] ?? f.type);
  if (e.change === 'added') return [`新增字段「${title}」（${type(b)}）`];
  if (e.change === 'removed') return [`删除字段「${title}」（已填写的内容仍可查看）`];
  const out: string[] = [];
  if (a.title !== b.title) out.push(`字段「${a.title}」改名为「${b.title}」`);
  if (type(a) !== type(b)) out.push(`字段「${title}」的类型由${type(a)}改为${type(b)}`);
  if (!same(a.oneOf, b.oneOf)) out.push(`字段「${title}」的选项改为：${(b.oneOf ?? []).map((c) => c.title ?? c.const).join('、') || '（无）'}`);
  if ((a.description ?? '') !== (b.description ?? '')) out.push(`字段「${title}」的说明改为：${b.description ?? '（无）'}`);
  if (out.length === 0) out.push(`字段「${title}」的设置有改动`);
  return out;
}

function formRest(e: DiffEntry, after: FormParts | null, before: FormParts | null): string[] {
  const out: string[] = [];
  const titleOf = (n: string) => after?.schema?.properties?.[n]?.title ?? before?.schema?.properties?.[n]?.title ?? n;
  const entryBefore = e.before as FormParts | undefined, entryAfter = e.after as FormParts | undefined;
  const ra: string[] = entryBefore?.required ?? [], rb: string[] = entryAfter?.required ?? [];
  for (const n of rb) if (!ra.includes(n)) out.push(`「${titleOf(n)}」改为必填`);
  for (const n of ra) if (!rb.includes(n)) out.push(`「${titleOf(n)}」改为选填`);
  const ua = entryBefore?.ui_schema ?? {}, ub = entryAfter?.ui_schema ?? {};
  const order = (ub['ui:order'] ?? []) as string[];
  if (!same(ua['ui:order'], ub['ui:order'])) out.push(`字段顺序调整为：${order.filter((n) => n !== '*').map(titleOf).join('、')}`);
  for (const key of new Set([...Object.keys(ua), ...Object.keys(ub)])) {
    if (key.startsWith('ui:') || same(ua[key], ub[key])) continue;
    // Keys not starting with ui: are field names, each with its own entry.
    const fa = ua[key] as UiEntry | undefined, fb = ub[key] as UiEntry | undefined;
    const rolesA = fa?.['ui:options']?.roles, rolesB = fb?.['ui:options']?.roles;
    if (!same(rolesA, rolesB)) out.push(`「${titleOf(key)}」${rolesB ? `仅对 ${rolesB.join('、')} 显示` : '对所有角色显示'}`);
    if (!same(fa?.['ui:help'], fb?.['ui:help'])) out.push(`「${titleOf(key)}」的填写提示改为：${fb?.['ui:help'] ?? '（无）'}`);
    if (!same(fa?.['ui:widget'], fb?.['ui:widget'])) out.push(`「${titleOf(key)}」的输入方式改为 ${fb?.['ui:widget'] ?? '默认'}`);
  }
  return out;
}

function catalogSentences(e: DiffEntry): string[] {
  // Entries of a catalog's diff are occupations; only the one side of an added or removed one exists.
  const a = e.before as Occupation, b = e.after as Occupation;
  const name = (b ?? a)?.name ?? e.id;
  const level = (l: string, s: LevelStandard) => `${LEVEL_LABELS[l as keyof typeof LEVEL_LABELS] ?? l} ${yuan(s.standard_fen)}、${s.min_hours} 学时`;
  if (e.change === 'added') return [`新增职业「${name}」（${e.id}）：${Object.entries(b.levels ?? {}).flatMap(([l, s]) => (s ? [level(l, s)] : [])).join('；')}`];
  if (e.change === 'removed') return [`从目录中删除职业「${name}」（${e.id}）`];
  const out: string[] = [];
  for (const l of new Set([...Object.keys(a.levels ?? {}), ...Object.keys(b.levels ?? {})])) {
    const x = a.levels?.[l], y = b.levels?.[l];
    const lv = LEVEL_LABELS[l as keyof typeof LEVEL_LABELS] ?? l;
    if (!x) out.push(`「${name}」新增${level(l, y!)}`);
    else if (!y) out.push(`「${name}」删除${lv}`);
    else {
      if (x.standard_fen !== y.standard_fen) out.push(`「${name}」${lv}补贴标准由 ${yuan(x.standard_fen)}改为 ${yuan(y.standard_fen)}`);
      if (x.min_hours !== y.min_hours) out.push(`「${name}」${lv}最低学时由 ${x.min_hours} 学时改为 ${y.min_hours} 学时`);
    }
  }
  if (a.name !== b.name) out.push(`职业「${a.name}」改名为「${b.name}」`);
  if (Boolean(a.shortage) !== Boolean(b.shortage)) out.push(`「${name}」${b.shortage ? '列为' : '不再列为'}紧缺职业`);
  if (out.length === 0) out.push(`「${name}」的目录信息有改动`);
  return out;
}

/**
 * The diff of a publish as sentences, in the order of the entries. `params` names the parameters
 * a rule set's conditions refer to; `date` is the day the change is looked at.
 */
export function diffSentences(kind: ConfigKind, entries: DiffEntry[], opts: { labels: Labels; date: string; before: unknown; after: unknown; params?: Record<string, Param>; key?: string; names?: ValueNamer }): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (e.id === '(document)') {
      // A form document's body: its schema, required names and ui_schema.
      if (kind === 'form') out.push(...formRest(e, opts.after as FormParts | null, opts.before as FormParts | null));
      else {
        const a = (e.before ?? {}) as Record<string, unknown>, b = (e.after ?? {}) as Record<string, unknown>;
        const names: Record<string, string> = { name: '名称', description: '说明', basis: '政策依据', note: '说明', reference: '政策依据', amount: '补贴金额计算方式' };
        for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
          if (same(a[k], b[k])) continue;
          if (k === 'amount') out.push(amountSentence(a.amount as Amount | undefined, b.amount as Amount | undefined, opts.labels));
          else out.push(`${kind === 'ruleset' && opts.key ? CLAIM_TYPE_LABELS[opts.key as keyof typeof CLAIM_TYPE_LABELS] ?? '' : ''}${names[k] ?? k}改为：${show(b[k])}`);
        }
      }
      continue;
    }
    if (kind === 'param') out.push(...paramSentences(e, opts.date));
    else if (kind === 'ruleset') out.push(...ruleSentences(e, opts.labels, opts.params, opts.names));
    else if (kind === 'form') out.push(...fieldSentences(e));
    else if (kind === 'catalog') out.push(...catalogSentences(e));
    else out.push(e.change === 'added' ? `新增服务事项「${e.name ?? e.id}」` : e.change === 'removed' ? `删除服务事项「${e.name ?? e.id}」` : `修改服务事项「${e.name ?? e.id}」`);
  }
  return out;
}

function amountSentence(a: Amount | undefined, b: Amount | undefined, labels: Labels): string {
  if (!b) return '不再计算补贴金额';
  const ref = (r: FactRef | undefined) => (r ? pathLabel(labels, r.fact, r.path).replace(/（分）$/, '') : '');
  const text = `${ref(b.base)}${b.scale_by ? ` × ${ref(b.scale_by)}` : ''}${b.cap_fen !== undefined ? `，最高 ${yuan(b.cap_fen)}` : ''}，${b.rounding === 'yuan' ? '按元取整' : '精确到分'}`;
  if (a && a.cap_fen !== b.cap_fen && same({ ...a, cap_fen: 0 }, { ...b, cap_fen: 0 })) return `补贴封顶金额由 ${a.cap_fen === undefined ? '（无）' : yuan(a.cap_fen)} 改为 ${b.cap_fen === undefined ? '（无）' : yuan(b.cap_fen)}`;
  return `补贴金额改为：${text}`;
}
