// json-rules-engine's six default operator decorators (`someFact:`, `not:`, ...), same code.

/** An operator as json-rules-engine runs it: validator first, then the comparison (each operator narrows its own values). */
export type OperatorFn = (factValue: unknown, jsonValue: unknown) => unknown;

interface Decorator {
  validator?: (factValue: unknown) => boolean;
  cb(factValue: unknown, jsonValue: unknown, next: OperatorFn): unknown;
}

// Bodies and parameter names are json-rules-engine's, so that a bad value fails with the
// same TypeError text (`jsonValue.some is not a function`): the casts to arrays are unchecked on purpose
// (someFact/everyFact's validator checks the fact; a value that is no array fails as the engine fails).
export const DECORATORS: ReadonlyMap<string, Decorator> = new Map<string, Decorator>([
  ['someFact', { validator: Array.isArray, cb: (factValue, jsonValue, next) => (factValue as unknown[]).some((fv: unknown) => next(fv, jsonValue)) }],
  ['someValue', { cb: (factValue, jsonValue, next) => (jsonValue as unknown[]).some((jv: unknown) => next(factValue, jv)) }],
  ['everyFact', { validator: Array.isArray, cb: (factValue, jsonValue, next) => (factValue as unknown[]).every((fv: unknown) => next(fv, jsonValue)) }],
  ['everyValue', { cb: (factValue, jsonValue, next) => (jsonValue as unknown[]).every((jv: unknown) => next(factValue, jv)) }],
  ['swap', { cb: (factValue, jsonValue, next) => next(jsonValue, factValue) }],
  ['not', { cb: (factValue, jsonValue, next) => !next(factValue, jsonValue) }],
]);

/** Wraps `next` in a decorator the way `OperatorDecorator.decorate` does. */
export function decorate(decorator: Decorator, next: OperatorFn): OperatorFn {
  const { validator, cb } = decorator;
  if (!validator) return (factValue, jsonValue) => cb(factValue, jsonValue, next);
  return (factValue, jsonValue) => validator(factValue) && cb(factValue, jsonValue, next);
}
