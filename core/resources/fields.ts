// Reads an entity schema into the facts the generic resource needs: columns, JSON, booleans, integers.
import type { TObject, TSchema } from '@sinclair/typebox';
import type { ResourceDefinition } from './definition.js';

export interface FieldInfo {
  name: string;
  kind: 'string' | 'integer' | 'number' | 'boolean' | 'json';
  nullable: boolean;
  /** Stored in a column of the same name (PII fields are not). */
  column: boolean;
}

function kindOf(schema: TSchema): { kind: FieldInfo['kind']; nullable: boolean } {
  if (schema.anyOf) {
    const parts = (schema.anyOf as TSchema[]).filter((s) => s.type !== 'null');
    const nullable = parts.length < (schema.anyOf as TSchema[]).length;
    if (parts.length === 0) return { kind: 'string', nullable };
    if (parts.every((p) => p.const !== undefined || p.type === 'string')) return { kind: 'string', nullable };
    return { kind: kindOf(parts[0]).kind, nullable };
  }
  switch (schema.type) {
    case 'integer': return { kind: 'integer', nullable: false };
    case 'number': return { kind: 'number', nullable: false };
    case 'boolean': return { kind: 'boolean', nullable: false };
    case 'array':
    case 'object': return { kind: 'json', nullable: false };
    default: return { kind: schema.type === 'string' || schema.const !== undefined ? 'string' : 'json', nullable: false };
  }
}

const cache = new WeakMap<TObject, Map<string, FieldInfo>>();

export function fieldsOf(def: ResourceDefinition): Map<string, FieldInfo> {
  let fields = cache.get(def.schema);
  if (!fields) {
    fields = new Map();
    for (const [name, schema] of Object.entries(def.schema.properties)) {
      const { kind, nullable } = kindOf(schema as TSchema);
      fields.set(name, { name, kind, nullable, column: !def.pii?.[name] });
    }
    cache.set(def.schema, fields);
  }
  return fields;
}
