// json-rules-engine's six default operator decorators (`someFact:`, `not:`, ...), same code.

/** An operator as json-rules-engine runs it: validator first, then the comparison. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- json-rules-engine's operator contract: an operator decides what it accepts
export type OperatorFn = (factValue: any, jsonValue: any) => unknown;

interface Decorator {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as OperatorFn
  validator?: (factValue: any) => boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as OperatorFn
  cb(factValue: any, jsonValue: any, next: OperatorFn): unknown;
}

// Bodies and parameter names are json-rules-engine's, so that a bad value fails with the
// same TypeError text (`jsonValue.some is not a function`).
export const DECORATORS: ReadonlyMap<string, Decorator> = new Map<string, Decorator>([
  ['someFact', { validator: Array.isArray, cb: (factValue, jsonValue, next) => factValue.some((fv: unknown) => next(fv, jsonValue)) }],
  ['someValue', { cb: (factValue, jsonValue, next) => jsonValue.some((jv: unknown) => next(factValue, jv)) }],
  ['everyFact', { validator: Array.isArray, cb: (factValue, jsonValue, next) => factValue.every((fv: unknown) => next(fv, jsonValue)) }],
  ['everyValue', { cb: (factValue, jsonValue, next) => jsonValue.every((jv: unknown) => next(factValue, jv)) }],
  ['swap', { cb: (factValue, jsonValue, next) => next(jsonValue, factValue) }],
  ['not', { cb: (factValue, jsonValue, next) => !next(factValue, jsonValue) }],
]);

/** Wraps `next` in a decorator the way `OperatorDecorator.decorate` does. */
export function decorate(decorator: Decorator, next: OperatorFn): OperatorFn {
  const { validator, cb } = decorator;
  if (!validator) return (factValue, jsonValue) => cb(factValue, jsonValue, next);
  return (factValue, jsonValue) => validator(factValue) && cb(factValue, jsonValue, next);
}
