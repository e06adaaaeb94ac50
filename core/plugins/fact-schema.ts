// A fact's value schema at work: the fields rules may read (with their Chinese titles), and checks of values against it.
import { Kind, OptionalKind, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';

const props = (s: TSchema): Record<string, TSchema> | null => (s[Kind] === 'Object' ? (s.properties as Record<string, TSchema>) : null);

/** `Nullable(X)` and unions with null: the non-null members. */
function members(s: TSchema): TSchema[] {
  if (s[Kind] === 'Union') return (s.anyOf as TSchema[]).filter((m) => m[Kind] !== 'Null').flatMap(members);
  return [s];
}

/**
 * The paths rules may read and their labels, from each property's `title`, nested objects
 * included: `{ '$.local': '户籍在申请地盟市', '$.address.city': '城市' }`. A property without a
 * title is an error naming it (an explanation would otherwise show the raw path).
 */
export function fieldsOf(factId: string, schema: TSchema): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (s: TSchema, prefix: string) => {
    for (const m of members(s)) {
      const p = props(m);
      if (!p) continue;
      for (const [key, child] of Object.entries(p)) {
        const path = `${prefix}.${key}`;
        const title = child.title ?? members(child).find((x) => typeof x.title === 'string')?.title;
        if (typeof title !== 'string' || title === '') throw new Error(`Fact "${factId}": field ${path} needs a Chinese title (Type.String({ title: '…' }))`);
        out[path] = title;
        walk(child, path);
      }
    }
  };
  walk(schema, '$');
  return out;
}

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();

function checker(schema: TSchema): TypeCheck<TSchema> {
  let c = compiled.get(schema);
  if (!c) compiled.set(schema, (c = TypeCompiler.Compile(schema)));
  return c;
}

/** Each place a value differs from its schema: `$.birthRegionCode：Expected string`. Empty when it fits. */
export function valueProblems(schema: TSchema, value: unknown): string[] {
  const c = checker(schema);
  if (c.Check(value)) return [];
  return [...c.Errors(value)].slice(0, 5).map((e) => `${'$' + e.path.replace(/\//g, '.')}：${e.message}`);
}

/**
 * Problems of a hand-written partial value (a rule test's facts): every key present must be a
 * field of the schema and fit it; keys left out are fine (a test gives what its rules read).
 */
export function partialValueProblems(schema: TSchema, value: unknown, path = '$'): string[] {
  const objects = members(schema).filter((m) => props(m));
  if (objects.length === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) {
    return valueProblems(schema, value).map((p) => (path === '$' ? p : p.replace(/^\$/, path)));
  }
  const p = props(objects[0])!;
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const child = p[key];
    if (!child) out.push(`${path}.${key}：不是该事实的字段（可用：${Object.keys(p).join('、')}）`);
    else if (!(v === undefined && child[OptionalKind])) out.push(...partialValueProblems(child, v, `${path}.${key}`));
  }
  return out;
}

/** Whether resolved fact values are checked against their schemas: in tests and development, not in production. */
export const CHECK_FACT_VALUES = process.env.NODE_ENV !== 'production';
