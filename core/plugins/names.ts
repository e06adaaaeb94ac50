// Which plugin folders to load: the defaults, `+name` added to them, or a full list; every mistake named at start.
import fs from 'node:fs';
import path from 'node:path';

/** The built-in plugins, in load order (verifiers of one check run in this order). */
export const DEFAULT_PLUGINS = [
  'core-operators',
  'id-card',
  'case-facts',
  'catalog',
  'attendance',
  'subsidy-history',
  'verification',
  'training-base',
  'parameters',
  'risk-checks',
] as const;

/**
 * The folder names `PLUGINS` stands for:
 * - empty: the defaults;
 * - `+hukou,+other`: the defaults, then these (every entry starts with `+`);
 * - `core-operators,id-card,…,hukou`: exactly this list.
 * A name twice, a malformed name or a mix of the two forms is an error naming it.
 *
 * @example
 * pluginNames('+hukou') // ['core-operators', …, 'risk-checks', 'hukou']
 */
export function pluginNames(spec: string | undefined): string[] {
  const entries = (spec ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (entries.length === 0) return [...DEFAULT_PLUGINS];
  const adding = entries.filter((e) => e.startsWith('+'));
  if (adding.length > 0 && adding.length < entries.length) {
    throw new Error(`PLUGINS="${spec}": either add to the defaults with "+name" on every entry, or list every plugin without "+" (not both)`);
  }
  const names = adding.length ? [...DEFAULT_PLUGINS, ...adding.map((e) => e.slice(1).trim())] : entries;
  const seen = new Set<string>();
  for (const name of names) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`PLUGINS: "${name}" is not a plugin folder name (lower-case letters, digits and "-")`);
    if (seen.has(name))
      throw new Error(
        `PLUGINS names "${name}" twice${adding.length && DEFAULT_PLUGINS.includes(name as never) ? ' ("+" adds to the defaults, which already load it)' : ''}`,
      );
    seen.add(name);
  }
  return names;
}

/** The plugin folders under `pluginsDir` (those with an index), for the message about an unknown name. */
export function availablePlugins(pluginsDir: string): string[] {
  if (!fs.existsSync(pluginsDir)) return [];
  return fs
    .readdirSync(pluginsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && ['index.ts', 'index.js'].some((f) => fs.existsSync(path.join(pluginsDir, d.name, f))))
    .map((d) => d.name)
    .sort();
}
