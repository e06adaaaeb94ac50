// Loads the plugins named in configuration (PLUGINS) from plugins/<name>/index, in order; nothing registers by side effect.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import type { FactDefinition, OperatorDefinition, RiskCheckDefinition, SmsSenderDefinition, SteppePlugin, VerifierDefinition } from './contract.js';

export interface PluginRegistry {
  plugins: SteppePlugin[];
  facts: Map<string, FactDefinition & { plugin: string }>;
  operators: Map<string, OperatorDefinition & { plugin: string }>;
  verifiers: Map<string, Array<VerifierDefinition & { plugin: string }>>;
  riskChecks: Map<string, RiskCheckDefinition & { plugin: string }>;
  /** SMS delivery adapters, by id, in load order (the first one sends). */
  smsSenders: Map<string, SmsSenderDefinition & { plugin: string }>;
}

/** Builds the registry from plugin objects; a name provided twice is an error naming both plugins. */
export function registerPlugins(plugins: SteppePlugin[]): PluginRegistry {
  const reg: PluginRegistry = { plugins, facts: new Map(), operators: new Map(), verifiers: new Map(), riskChecks: new Map(), smsSenders: new Map() };
  const claim = <T extends object>(map: Map<string, T & { plugin: string }>, kind: string, name: string, plugin: string, value: T) => {
    const existing = map.get(name);
    if (existing) throw new Error(`Plugin "${plugin}" provides ${kind} "${name}", already provided by plugin "${existing.plugin}"`);
    map.set(name, { ...value, plugin });
  };
  for (const p of plugins) {
    if (!p || typeof p.id !== 'string' || typeof p.version !== 'string') throw new Error('A plugin must default-export { id, version, … } (use definePlugin)');
    for (const f of p.facts ?? []) claim(reg.facts, 'fact', f.id, p.id, f);
    for (const o of p.operators ?? []) claim(reg.operators, 'operator', o.name, p.id, o);
    for (const c of p.riskChecks ?? []) claim(reg.riskChecks, 'risk check', c.id, p.id, c);
    for (const a of p.smsSenders ?? []) claim(reg.smsSenders, 'SMS sender', a.id, p.id, a);
    for (const v of p.verifiers ?? []) {
      const list = reg.verifiers.get(v.check) ?? [];
      list.push({ ...v, plugin: p.id });
      reg.verifiers.set(v.check, list);
    }
  }
  return reg;
}

/** Imports plugins/<name>/index.(js|ts) for each name, relative to the running code (source or dist). */
export async function loadPlugins(names: string[], pluginsDir: string): Promise<PluginRegistry> {
  const plugins: SteppePlugin[] = [];
  for (const name of names) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`PLUGINS: "${name}" is not a plugin folder name`);
    const base = path.join(pluginsDir, name, 'index');
    const file = ['.js', '.ts'].map((ext) => base + ext).find((f) => fs.existsSync(f));
    if (!file) throw new Error(`PLUGINS names "${name}", but ${base}.ts does not exist`);
    const mod = await import(pathToFileURL(file).href);
    if (!mod.default) throw new Error(`Plugin ${name} has no default export`);
    plugins.push(mod.default as SteppePlugin);
  }
  return registerPlugins(plugins);
}
