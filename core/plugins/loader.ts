// Loads the plugins named in configuration (PLUGINS) from plugins/<name>/index, in order; nothing registers by side effect.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import { availablePlugins, pluginNames } from './names.js';
import type { FactDefinition, OperatorDefinition, RiskCheckDefinition, SmsSenderDefinition, SteppePlugin, VerificationCheckDefinition, VerifierDefinition } from './contract.js';

export interface PluginRegistry {
  plugins: SteppePlugin[];
  facts: Map<string, FactDefinition & { plugin: string }>;
  operators: Map<string, OperatorDefinition & { plugin: string }>;
  verifiers: Map<string, Array<VerifierDefinition & { plugin: string }>>;
  riskChecks: Map<string, RiskCheckDefinition & { plugin: string }>;
  /** SMS delivery adapters, by id, in load order (the first one sends). */
  smsSenders: Map<string, SmsSenderDefinition & { plugin: string }>;
  /** Data comparisons by id, in registration order: the `verification` fact runs them, guides waive by them, the console offers them. */
  checks: Map<string, VerificationCheckDefinition & { plugin: string }>;
}

/** Builds the registry from plugin objects; a name provided twice is an error naming both plugins. */
export function registerPlugins(plugins: SteppePlugin[]): PluginRegistry {
  const reg: PluginRegistry = { plugins, facts: new Map(), operators: new Map(), verifiers: new Map(), riskChecks: new Map(), smsSenders: new Map(), checks: new Map() };
  const claim = <T extends object>(map: Map<string, T & { plugin: string }>, kind: string, name: string, plugin: string, value: T) => {
    const existing = map.get(name);
    if (existing) throw new Error(`Plugin "${plugin}" provides ${kind} "${name}", already provided by plugin "${existing.plugin}": rename one, or leave one plugin out of PLUGINS`);
    map.set(name, { ...value, plugin });
  };
  for (const p of plugins) {
    if (!p || typeof p.id !== 'string' || typeof p.version !== 'string') throw new Error('A plugin must default-export { id, version, … } (use definePlugin)');
    if (reg.plugins.indexOf(p) !== reg.plugins.findIndex((q) => q.id === p.id)) throw new Error(`Two plugins have the id "${p.id}"`);
    for (const f of p.facts ?? []) claim(reg.facts, 'fact', f.id, p.id, f);
    for (const o of p.operators ?? []) claim(reg.operators, 'operator', o.name, p.id, o);
    for (const c of p.riskChecks ?? []) claim(reg.riskChecks, 'risk check', c.id, p.id, c);
    for (const a of p.smsSenders ?? []) claim(reg.smsSenders, 'SMS sender', a.id, p.id, a);
    for (const c of p.checks ?? []) {
      if (!/^[a-z][a-z0-9_]*$/.test(c.id)) throw new Error(`Plugin "${p.id}" provides check "${c.id}": a check id is snake_case (e.g. housing_fund)`);
      claim(reg.checks, 'check', c.id, p.id, c);
    }
    for (const v of p.verifiers ?? []) {
      const list = reg.verifiers.get(v.check) ?? [];
      list.push({ ...v, plugin: p.id });
      reg.verifiers.set(v.check, list);
    }
  }
  for (const [check, list] of reg.verifiers) {
    if (!reg.checks.has(check)) throw new Error(`Plugin "${list[0].plugin}" provides a verifier for check "${check}", which no loaded plugin declares (checks: [defineCheck({ id: '${check}', … })]); declared: ${[...reg.checks.keys()].join(', ') || 'none'}`);
  }
  return reg;
}

/** Imports plugins/<name>/index.(js|ts) for each name, relative to the running code (source or dist). */
export async function loadPlugins(names: string[], pluginsDir: string, extra: readonly SteppePlugin[] = []): Promise<PluginRegistry> {
  const plugins: SteppePlugin[] = [];
  for (const name of names) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`PLUGINS: "${name}" is not a plugin folder name`);
    const base = path.join(pluginsDir, name, 'index');
    const file = ['.js', '.ts'].map((ext) => base + ext).find((f) => fs.existsSync(f));
    if (!file) throw new Error(`PLUGINS names "${name}", but there is no plugin folder ${path.join(pluginsDir, name)} with an index.ts; available: ${availablePlugins(pluginsDir).join(', ')}`);
    const mod = (await import(pathToFileURL(file).href)) as { default?: SteppePlugin };
    if (!mod.default) throw new Error(`Plugin ${name} (${file}) has no default export: end it with \`export default definePlugin({ … })\``);
    plugins.push(mod.default);
  }
  return registerPlugins([...plugins, ...extra]);
}

/** The plugins `PLUGINS` names (see `pluginNames`), from plugins/ beside the running code, then `extra` (tests). */
export function loadConfiguredPlugins(spec: string | undefined, pluginsDir: string, extra: readonly SteppePlugin[] = []): Promise<PluginRegistry> {
  return loadPlugins(pluginNames(spec), pluginsDir, extra);
}
