// The operator registry of a compilation and the resolution of `decorator:operator` names.
import type { OperatorDefinition } from '../../plugins/contract.js';
import { DECORATORS, decorate, type OperatorFn } from './decorators.js';
import { RuleCompileError, fail, type Site } from './errors.js';

/** Operators by name, checked: names are non-empty, unique and free of `:` (decorator syntax). */
export function operatorRegistry(operators: readonly OperatorDefinition[]): Map<string, OperatorFn> {
  const registry = new Map<string, OperatorFn>();
  operators.forEach((def, i) => {
    const site = `operator #${i}`;
    if (!def || typeof def.name !== 'string' || def.name === '') throw new RuleCompileError(site, `/operators/${i}/name`, 'operator name must be a non-empty string');
    if (def.name.includes(':')) throw new RuleCompileError(site, `/operators/${i}/name`, `operator name "${def.name}" must not contain ":" (it separates decorators)`);
    if (registry.has(def.name)) throw new RuleCompileError(site, `/operators/${i}/name`, `operator "${def.name}" is defined twice`);
    if (typeof def.evaluate !== 'function') throw new RuleCompileError(site, `/operators/${i}/evaluate`, `operator "${def.name}" has no evaluate function`);
    registry.set(def.name, baseOperator(def));
  });
  return registry;
}

// Called as plain functions (no `this`), as json-rules-engine's Operator calls them.
function baseOperator(def: OperatorDefinition): OperatorFn {
  const evaluate = def.evaluate;
  const validate = def.validateFactValue;
  if (!validate) return (factValue, jsonValue) => evaluate(factValue, jsonValue);
  return (factValue, jsonValue) => validate(factValue) && evaluate(factValue, jsonValue);
}

/** Splits `someFact:not:equal` into decorators (outermost first) and the operator name. */
export function splitOperatorName(name: string): { decorators: string[]; operator: string } {
  const parts = name.split(':');
  const operator = parts.pop() as string;
  return { decorators: parts, operator };
}

/**
 * Resolves a condition's `operator` (possibly decorated) to one function, or throws a
 * compile error naming the unknown operator or decorator.
 */
export function resolveOperator(name: unknown, registry: ReadonlyMap<string, OperatorFn>, site: Site): OperatorFn {
  if (typeof name !== 'string' || name === '') fail(site, '"operator" must be a non-empty string');
  const { decorators, operator } = splitOperatorName(name);
  for (const d of decorators) {
    if (!DECORATORS.has(d)) fail(site, `unknown operator decorator "${d}" in "${name}"`);
  }
  let fn = registry.get(operator);
  if (!fn) fail(site, decorators.length ? `unknown operator "${operator}" in "${name}"` : `unknown operator "${name}"`);
  // innermost decorator (nearest the operator name) is applied first, as OperatorMap.get does
  for (let i = decorators.length - 1; i >= 0; i--) fn = decorate(DECORATORS.get(decorators[i])!, fn);
  return fn;
}
