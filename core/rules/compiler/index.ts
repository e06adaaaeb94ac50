// Public entry of the rules compiler: compileRuleSet, referencedNames and their types.
export { compileRuleSet } from './ruleset.js';
export { referencedNames, type NameUse, type ReferencedNames } from './referenced-names.js';
export { RuleCompileError } from './errors.js';
export { parsePath } from './path.js';
export { compileRead } from './facts.js';
export type { CompileOptions, CompiledRuleSet, ConditionResult, RuleEvent, RuleOutcome, RuleSetResult, RuleSetTrace } from './types.js';
