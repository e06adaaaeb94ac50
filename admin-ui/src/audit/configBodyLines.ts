// A configuration document's body change in an audit entry, item by item in words (修改规则「…」：条件、政策依据), not JSON.
import { changedLines } from '../configs/publish/diffText';
import { KEY_LABELS } from '../configs/bodyTemplates';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** What names an item of a body's list: a rule's or service's id, a parameter's name, a catalog entry's code. */
const keyOf = (item: Obj) => String(item.id ?? item.code ?? item.name ?? '');
const nameOf = (item: Obj) => String(item.label ?? item.name ?? item.title ?? keyOf(item));

const ITEM: Record<string, string> = { rules: '规则', params: '参数', entries: '目录条目', services: '服务事项', sections: '段落', cases: '测试案例' };

/**
 * Lines for a body changed from `before` to `after`: lists of named items matched by their id (新增/删除/修改, with the
 * fields that changed), the form's fields by name, other values as 「名称：前 → 后」.
 */
export function configBodyLines(before: unknown, after: unknown, translate: Translate): string[] {
  const a = isObj(before) ? before : {};
  const b = isObj(after) ? after : {};
  const label = (k: string) => translate(`steppe.publish.paths.${k}`, { _: k });
  const out: string[] = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[k], y = b[k];
    if (same(x, y)) continue;
    const list = (v: unknown) => (Array.isArray(v) && v.every(isObj) ? (v as Obj[]) : null);
    const xs = list(x ?? []), ys = list(y ?? []);
    if (xs && ys && [...xs, ...ys].every((i) => keyOf(i))) {
      const what = ITEM[k] ?? label(k);
      const before = new Map(xs.map((i) => [keyOf(i), i]));
      const after = new Map(ys.map((i) => [keyOf(i), i]));
      for (const [id, i] of after) {
        const old = before.get(id);
        if (!old) out.push(`新增${what}「${nameOf(i)}」`);
        else if (!same(old, i)) {
          const fields = [...new Set([...Object.keys(old), ...Object.keys(i)])].filter((f) => !same(old[f], i[f])).map(label);
          out.push(`修改${what}「${nameOf(i)}」：${fields.join('、')}`);
        }
      }
      for (const [id, i] of before) if (!after.has(id)) out.push(`删除${what}「${nameOf(i)}」`);
    } else if (k === 'schema' && (isObj(x) || isObj(y))) {
      // A form: its fields by title.
      const px = ((isObj(x) ? x : {}).properties ?? {}) as Record<string, Obj>, py = ((isObj(y) ? y : {}).properties ?? {}) as Record<string, Obj>;
      const [rx, ry] = [isObj(x) ? x.required : undefined, isObj(y) ? y.required : undefined];
      for (const f of new Set([...Object.keys(px), ...Object.keys(py)])) {
        const title = String((py[f] ?? px[f])?.title ?? f);
        if (!px[f]) out.push(`新增字段「${title}」`);
        else if (!py[f]) out.push(`删除字段「${title}」`);
        else if (!same(px[f], py[f])) out.push(`修改字段「${title}」`);
      }
      if (!same(rx, ry)) out.push(`${label('required')}：${((ry ?? []) as string[]).map((f) => String(py[f]?.title ?? f)).join('、') || '（无）'}`);
    } else if (k === 'entity' && typeof y === 'string') {
      out.push(`${label(k)}：${KEY_LABELS[y] ?? y}`);
    } else if (k === 'ui_schema') {
      if (!same(x ?? {}, y ?? {})) out.push(`${label('ui_schema')}已修改`);
    } else if (isObj(x) || isObj(y)) {
      out.push(...changedLines(x, y, translate).map((line) => `${label(k)} ${line}`));
    } else {
      out.push(...changedLines({ [k]: x }, { [k]: y }, translate));
    }
  }
  return out;
}
