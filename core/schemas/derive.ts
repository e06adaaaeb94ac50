// Derives the POST and PUT bodies of an entity from its one record schema.
import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { BOOKKEEPING_FIELDS } from './common.js';

function isNullable(schema: TSchema): boolean {
  return Array.isArray(schema.anyOf) && schema.anyOf.some((s: TSchema) => s.type === 'null');
}

/**
 * POST body: the record without id, bookkeeping and `serverSet` fields; nullable fields,
 * fields with a default and `optional` ones may be left out.
 */
export function createSchema(record: TObject, serverSet: string[] = [], optional: string[] = [], extra: Record<string, TSchema> = {}): TObject {
  const props: Record<string, TSchema> = {};
  const skip = new Set(['id', ...BOOKKEEPING_FIELDS, ...serverSet]);
  for (const [name, schema] of Object.entries(record.properties)) {
    if (skip.has(name)) continue;
    const s = schema as TSchema;
    props[name] = isNullable(s) || s.default !== undefined || optional.includes(name) ? Type.Optional(s) : s;
  }
  return Type.Object({ ...props, ...extra }, { additionalProperties: false });
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
export function updateSchema(record: TObject, extra: Record<string, TSchema> = {}): TObject {
  const props: Record<string, TSchema> = {};
  for (const [name, schema] of Object.entries(record.properties)) props[name] = Type.Optional(withoutDefault(schema as TSchema));
  return Type.Object({ ...props, ...extra, version: Type.Integer({ minimum: 1, description: 'The version you read' }) }, { additionalProperties: false });
}
