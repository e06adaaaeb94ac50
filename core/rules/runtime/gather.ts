// Gathers the facts a rule set needs for one claim, dependencies first, into a JSON snapshot.
import type { FactContext } from '../../plugins/contract.js';
import type { PluginRegistry } from '../../plugins/loader.js';
import { ApiError } from '../../http/errors.js';
import { asJson } from './read.js';
import { maskPii } from './pii-guard.js';
import { CHECK_FACT_VALUES, valueProblems } from '../../plugins/fact-schema.js';

/**
 * The needed facts and their `dependsOn`, in an order where each comes after what it reads.
 * An unknown fact or a cycle is an error (publish-time checks make the first unlikely).
 */
export function factOrder(plugins: Pick<PluginRegistry, 'facts'>, needed: Iterable<string>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, from: string[]) => {
    const s = state.get(id);
    if (s === 'done') return;
    if (s === 'visiting') throw new ApiError(422, `事实之间存在循环依赖：${[...from, id].join(' → ')}`);
    const def = plugins.facts.get(id);
    if (!def) {
      const by = from.length ? `（事实「${from.at(-1)}」依赖它）` : '';
      throw new ApiError(422, `规则集使用的事实「${id}」${by}没有插件提供；请检查 PLUGINS 配置是否加载了相应插件`);
    }
    state.set(id, 'visiting');
    for (const dep of def.dependsOn ?? []) visit(dep, [...from, id]);
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of needed) visit(id, []);
  return order;
}

/** Called when a fact's value held a clear resident ID or mobile number (a plugin to fix). */
export type OnMasked = (fact: string, plugin: string, paths: string[]) => void;

/**
 * Resolves each fact once, in dependency order; each value is stored as JSON would give it back
 * (so a replay from the stored snapshot sees exactly what the evaluation saw). A resident ID or
 * mobile number in a value is masked before anything sees it (the claim is still decided), and
 * `onMasked` is told which fact did it.
 */
export async function gatherFacts(plugins: Pick<PluginRegistry, 'facts'>, needed: Iterable<string>, ctx: Omit<FactContext, 'facts'>, onMasked?: OnMasked): Promise<Record<string, unknown>> {
  const facts: Record<string, unknown> = {};
  for (const id of factOrder(plugins, needed)) {
    const def = plugins.facts.get(id)!;
    if (CHECK_FACT_VALUES && def.dependsOnSchemas) {
      for (const [dep, schema] of Object.entries(def.dependsOnSchemas)) {
        const problems = valueProblems(schema, facts[dep]);
        if (problems.length) throw new Error(`fact "${id}" of plugin "${def.plugin}" reads fact "${dep}", whose value does not fit what it declares (factRef): ${problems.join('; ')}`);
      }
    }
    let value: unknown;
    try {
      value = asJson(await def.resolve({ ...ctx, facts }));
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw new Error(`fact "${id}" of plugin "${def.plugin}" failed: ${(err as Error).message}`, { cause: err });
    }
    // in tests and development a value that does not fit its declared schema is the plugin's bug: stop here, naming the path
    if (CHECK_FACT_VALUES && def.value) {
      const problems = valueProblems(def.value, value);
      if (problems.length) throw new Error(`fact "${id}" of plugin "${def.plugin}" resolved a value that does not fit its schema: ${problems.join('; ')}`);
    }
    const clean = maskPii(value);
    if (clean.masked.length > 0) onMasked?.(id, def.plugin, clean.masked);
    facts[id] = clean.value;
  }
  return facts;
}
