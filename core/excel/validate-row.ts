// A row's fields against the resource's POST schema, as the route would check them (service.create trusts its input).
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { TObject } from '@sinclair/typebox';
import { describeSchemaError } from '../http/error-handler.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: false, strict: false, coerceTypes: 'array', useDefaults: true }));
const compiled = new WeakMap<TObject, ValidateFunction>();

/** anyOf of literals fails once per literal: one enum error instead (as the API's error handler does). */
function first(errors: ErrorObject[]): ErrorObject {
  const anyOf = errors.find((e) => e.keyword === 'anyOf');
  if (!anyOf) return errors[0];
  const consts = errors.filter((e) => e.keyword === 'const' && e.instancePath === anyOf.instancePath);
  if (consts.length > 0) return { ...anyOf, keyword: 'enum', params: { allowedValues: consts.map((c) => c.params.allowedValue) } };
  return errors.find((e) => e.instancePath === anyOf.instancePath && e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null')) ?? anyOf;
}

/** The first problem of `body`, with the field named by its column header; null when valid. */
export function rowProblem(schema: TObject, body: Record<string, unknown>, headerOf: (field: string) => string | undefined): { field: string; message: string } | null {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(body)) return null;
  const { field, message } = describeSchemaError(first(validate.errors ?? []) as never);
  const top = field.split('.')[0];
  const header = headerOf(top);
  return { field: top, message: header ? message.replace(`字段「${field}」`, `「${header}」`) : message };
}
