// A row's fields against the resource's POST schema, as the route would check them (service.create trusts its input).
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Static, TObject } from '@sinclair/typebox';
import { describeSchemaError } from '../http/error-handler.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: false, strict: false, coerceTypes: 'array', useDefaults: true }));

/** anyOf of literals fails once per literal: one enum error instead (as the API's error handler does). */
function first(errors: ErrorObject[]): ErrorObject {
  const anyOf = errors.find((e) => e.keyword === 'anyOf');
  if (!anyOf) return errors[0];
  const consts = errors.filter((e) => e.keyword === 'const' && e.instancePath === anyOf.instancePath);
  if (consts.length > 0) return { ...anyOf, keyword: 'enum', params: { allowedValues: consts.map((c) => c.params.allowedValue) } };
  return errors.find((e) => e.instancePath === anyOf.instancePath && e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null')) ?? anyOf;
}

/**
 * The row as the POST body `schema` describes it (checked as the route checks it: ajv, coercing and filling defaults in
 * place), or its first problem, with the field named by its column header.
 */
export function checkRow<T extends TObject>(schema: T, body: Record<string, unknown>, headerOf: (field: string) => string | undefined): { body: Static<T> } | { problem: { field: string; message: string } } {
  // ajv keeps what it compiled by schema object: a roster's rows share one validator.
  const validate = ajv.compile<Static<T>>(schema);
  if (validate(body)) return { body };
  const { field, message } = describeSchemaError(first(validate.errors ?? []) as never);
  const top = field.split('.')[0];
  const header = headerOf(top);
  return { problem: { field: top, message: header ? message.replace(`字段「${field}」`, `「${header}」`) : message } };
}
