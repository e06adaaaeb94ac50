// A resolved rule set compiled once: the compiled evaluator, its rules by id and the facts it needs.
import type { RuleProperties } from 'json-rules-engine';
import type { OperatorDefinition } from '../../plugins/contract.js';
import type { Origin } from '../../configs/merge.js';
import type { Rule, RulesetBody } from '../../configs/kinds/ruleset.js';
import { compileRuleSet, referencedNames, type CompiledRuleSet } from '../compiler/index.js';
import { placeholderFacts } from './format.js';

export interface PreparedRuleSet {
  body: RulesetBody;
  sources: Record<string, Origin>;
  /** The rules in written order (removal markers dropped). */
  rules: Rule[];
  compiled: CompiledRuleSet;
  /** Facts the conditions, messages and amount read, before their dependencies. */
  facts: string[];
}

/**
 * Compiles a resolved ruleset body with the loaded operators. Each rule becomes a
 * json-rules-engine rule named by its id; `event.type` is the id too.
 */
export function prepareRuleSet(body: RulesetBody, sources: Record<string, Origin>, operators: readonly OperatorDefinition[]): PreparedRuleSet {
  const rules = body.rules.filter((r): r is Rule => !('remove' in r));
  const engineRules = toEngineRules(rules);
  const compiled = compileRuleSet(engineRules, operators);
  const facts = new Set(referencedNames(engineRules).facts.keys());
  if (body.amount) {
    facts.add(body.amount.base.fact);
    if (body.amount.scale_by) facts.add(body.amount.scale_by.fact);
  }
  for (const r of rules) {
    for (const f of placeholderFacts(r.event.params.message)) facts.add(f);
    if (r.event.params.pass_message) for (const f of placeholderFacts(r.event.params.pass_message)) facts.add(f);
  }
  return { body, sources, rules, compiled, facts: [...facts] };
}

/** The rules as json-rules-engine takes them: named by id, with their priority, conditions and event. */
export function toEngineRules(rules: readonly Rule[]): RuleProperties[] {
  return rules.map((r) => ({ name: r.id, conditions: r.conditions as RuleProperties['conditions'], event: r.event, ...(r.priority ? { priority: r.priority } : {}) }));
}

/**
 * Prepared rule sets by a key that fixes their content: the config ids and versions of a
 * resolved chain (published documents never change). Bounded; cleared when full.
 */
export class RuleSetCache {
  private readonly entries = new Map<string, PreparedRuleSet>();

  constructor(private readonly operators: () => readonly OperatorDefinition[], private readonly max = 500) {}

  get(key: string, body: RulesetBody, sources: Record<string, Origin>): PreparedRuleSet {
    let hit = this.entries.get(key);
    if (!hit) {
      hit = prepareRuleSet(body, sources, this.operators());
      if (this.entries.size >= this.max) this.entries.clear();
      this.entries.set(key, hit);
    }
    return hit;
  }
}

/** `ruleset:training:150000#3@1>150600#9@2`: the key of a chain of published documents. */
export function chainKey(kind: string, key: string, chain: ReadonlyArray<{ node: string; config_id: number; version: number }>): string {
  return `${kind}:${key}:${chain.map((c) => `${c.node}#${c.config_id}@${c.version}`).join('>')}`;
}
