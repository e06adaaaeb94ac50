// The body of each kind: its schema, its type (`BodyOf<K>`), and the one gate from parsed JSON to a typed body.
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { CaseBody } from './case.js';
import { CatalogBody, type CatalogEntry } from './catalog.js';
import type { ConfigDocument, ConfigKind } from './envelope.js';
import { FormBody } from './form.js';
import { GuideBody, type Service } from './guide.js';
import { ParamsBody, type Param } from './params.js';
import { RulesetBody, type Rule } from './ruleset.js';

/** Kind → body type, as its schema admits it: an extension's removals (`{ id, remove: true }`) included. */
export interface ConfigBodies {
  catalog: CatalogBody;
  ruleset: RulesetBody;
  form: FormBody;
  guide: GuideBody;
  param: ParamsBody;
  case: CaseBody;
}

/** The body type of a kind: `BodyOf<'ruleset'>` is `RulesetBody`; `BodyOf<ConfigKind>` the union of them all. */
export type BodyOf<K extends ConfigKind> = ConfigBodies[K];

/**
 * Kind → body of an effective document: the removals of the extensions applied, its lists hold whole items
 * only. Each is a `BodyOf` of its kind, so whatever reads a document body reads an effective one too.
 */
export interface EffectiveBodies {
  catalog: Omit<CatalogBody, 'entries'> & { entries: CatalogEntry[] };
  ruleset: Omit<RulesetBody, 'rules'> & { rules: Rule[] };
  form: FormBody;
  guide: Omit<GuideBody, 'services'> & { services: Service[] };
  param: Omit<ParamsBody, 'params'> & { params: Param[] };
  case: CaseBody;
}

/** The body of an effective (merged) document of a kind: `EffectiveBody<'catalog'>['entries']` is `CatalogEntry[]`. */
export type EffectiveBody<K extends ConfigKind> = EffectiveBodies[K];

/** The body schema of each kind; its static type is the kind's `BodyOf`, so the two cannot drift apart. */
export const BODY_SCHEMAS: { [K in ConfigKind]: TSchema & { static: BodyOf<K> } } = {
  catalog: CatalogBody,
  ruleset: RulesetBody,
  form: FormBody,
  guide: GuideBody,
  param: ParamsBody,
  case: CaseBody,
};

type Typed<K extends ConfigKind> = Omit<ConfigDocument, 'kind' | 'body'> & { kind: K; body: BodyOf<K> };
/** A document that passed `validateDocument`, its body typed by its kind (`switch (doc.kind)` narrows `doc.body`). */
export type ValidConfigDocument<K extends ConfigKind = ConfigKind> = { [P in K]: Typed<P> }[K];

/**
 * A schema without its `uniqueItems`: the type does not express them, `validateDocument` checked them, and
 * TypeBox hashes every item of such an array, which is 90 % of a catalog's check (350 µs of 390 for 30 entries).
 */
function withoutUniqueItems<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withoutUniqueItems) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  // Reflect.ownKeys keeps TypeBox's symbol keys (its Kind), without which the compiler refuses the schema.
  const keys = Reflect.ownKeys(schema).filter((k) => !(k === 'uniqueItems' && typeof Reflect.get(schema, k) === 'boolean'));
  return Object.fromEntries(keys.map((k) => [k, withoutUniqueItems(Reflect.get(schema, k))])) as T;
}

// Compiled on first use: a stored body is checked on every resolution that reads it (claims read the catalog as they are decided).
const checks = new Map<ConfigKind, TypeCheck<TSchema>>();

/**
 * Whether `json` is a body of `kind` as its schema types it: the one place parsed JSON (a stored row, a file,
 * a draft) becomes a `BodyOf<K>`. Documents are published, imported or tried as drafts only after
 * `validateDocument`, which checks the same schema and more, so this confirms what they passed; what the
 * type does not express (unique items, the checks across fields such as `checkCatalog`) is not repeated.
 *
 * @example
 * const body: unknown = JSON.parse(row.body);
 * if (isBodyOf('ruleset', body)) body.rules; // a RulesetBody
 */
export function isBodyOf<K extends ConfigKind>(kind: K, json: unknown): json is BodyOf<K> {
  let check = checks.get(kind);
  if (!check) checks.set(kind, (check = TypeCompiler.Compile(withoutUniqueItems(BODY_SCHEMAS[kind]))));
  // The predicate is this gate's one assertion: what passed the schema of `kind` is the schema's static type, BodyOf<K>.
  return check.Check(json);
}
