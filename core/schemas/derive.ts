// Derives the POST and PUT bodies of an entity from its one record schema, typed as exactly as they validate.
import { Type, type Evaluate, type TInteger, type TNull, type TObject, type TOptional, type TProperties, type TSchema, type TUnion } from '@sinclair/typebox';
import { BOOKKEEPING_FIELDS, type Bookkeeping } from './common.js';

/** No extra properties (the default of `extra`). */
type NoProperties = Record<never, TSchema>;

/** The field names of a record schema. */
export type FieldName<T extends TObject> = Extract<keyof T['properties'], string>;

/** The type-level mirror of isNullable: a union with a null member (common.ts Nullable). */
type IsNullable<S> = S extends TUnion<infer U> ? ([Extract<U[number], TNull>] extends [never] ? false : true) : false;
/** The type-level mirror of `default !== undefined`: a schema built with WithDefault (common.ts). */
type HasDefault<S> = S extends { default: unknown } ? true : false;
type MayBeLeftOut<S, K, Optional> = K extends Optional ? true : IsNullable<S> extends true ? true : HasDefault<S>;

/** The properties of createSchema's object: see createSchema. */
export type CreateProperties<P extends TProperties, ServerSet extends PropertyKey, Optional extends PropertyKey, Extra extends TProperties> = Evaluate<{
  [K in Exclude<keyof P, 'id' | keyof typeof Bookkeeping | ServerSet | keyof Extra>]: MayBeLeftOut<P[K], K, Optional> extends true ? TOptional<P[K]> : P[K];
} & Extra>;

/** The properties of updateSchema's object: see updateSchema. */
export type UpdateProperties<P extends TProperties, Extra extends TProperties> = Evaluate<{
  [K in Exclude<keyof P, keyof Extra | 'version'>]: TOptional<P[K]>;
} & Omit<Extra, 'version'> & { version: TInteger }>;

function isNullable(schema: TSchema): boolean {
  return Array.isArray(schema.anyOf) && schema.anyOf.some((s: TSchema) => s.type === 'null');
}

/**
 * The loops below decide per field at run time (is it nullable, has it a default); the type they promise is the
 * mapped type that mirrors the same rule (CreateProperties, UpdateProperties), checked by derive.test.ts.
 */
function objectOf<P extends TProperties>(props: Record<string, TSchema>): TObject<P> {
  return Type.Object(props, { additionalProperties: false }) as TObject<P>;
}

/**
 * POST body: the record without id, bookkeeping and `serverSet` fields; nullable fields, fields with a default
 * (WithDefault) and `optional` ones may be left out; `extra` adds (or replaces) fields.
 * @example createSchema(Worker, ['gender', 'birth_date'], ['region_code']) // Static<>: { name: string; region_code?: string; … }
 */
export function createSchema<
  T extends TObject,
  const ServerSet extends readonly FieldName<T>[] = [],
  const Optional extends readonly FieldName<T>[] = [],
  Extra extends TProperties = NoProperties,
>(record: T, serverSet?: ServerSet, optional?: Optional, extra?: Extra): TObject<CreateProperties<T['properties'], ServerSet[number], Optional[number], Extra>> {
  const props: Record<string, TSchema> = {};
  const skip = new Set<string>(['id', ...BOOKKEEPING_FIELDS, ...(serverSet ?? [])]);
  const leftOut = new Set<string>(optional ?? []);
  for (const [name, schema] of Object.entries<TSchema>(record.properties)) {
    if (skip.has(name)) continue;
    props[name] = isNullable(schema) || schema.default !== undefined || leftOut.has(name) ? Type.Optional(schema) : schema;
  }
  return objectOf({ ...props, ...extra });
}

/** The schema without its `default`: the route validator fills defaults in (useDefaults), which a PUT must not. */
function withoutDefault(schema: TSchema): TSchema {
  if (schema.default === undefined) return schema;
  const { default: _omitted, ...rest } = schema;
  return rest as TSchema;
}

/**
 * PUT body: every field of the record optional (react-admin sends the whole record back,
 * read-only fields are ignored by the service) and `version` required for optimistic locking.
 * No field has a default: a PUT naming only the fields that change (curl) must leave the others
 * as stored, not reset them to the defaults of a new record.
 */
export function updateSchema<T extends TObject, Extra extends TProperties = NoProperties>(record: T, extra?: Extra): TObject<UpdateProperties<T['properties'], Extra>> {
  const props: Record<string, TSchema> = {};
  for (const [name, schema] of Object.entries<TSchema>(record.properties)) props[name] = Type.Optional(withoutDefault(schema));
  return objectOf({ ...props, ...extra, version: Type.Integer({ minimum: 1, description: 'The version you read' }) });
}
