// Validation of a document against its meta-schema and the vocabulary of the loaded plugins.
import type { PluginRegistry } from '../plugins/loader.js';
import { validateDocument, type ConfigError, type ValidateOptions } from './kinds/index.js';

/** The facts (with the paths rules may read) and operators the loaded plugins provide. */
export function vocabulary(plugins: PluginRegistry): ValidateOptions {
  const facts: Record<string, readonly string[] | null> = {};
  for (const [id, fact] of plugins.facts) facts[id] = fact.fields ? Object.keys(fact.fields) : null;
  return { facts, operators: [...plugins.operators.keys()], checks: [...plugins.checks.keys()] };
}

export function validateWithPlugins(doc: unknown, plugins: PluginRegistry): ConfigError[] {
  return validateDocument(doc, vocabulary(plugins));
}

/** One line for a 400 message: the first problems, each with its path. */
export function summarise(errors: ConfigError[], max = 3): string {
  const head = errors.slice(0, max).map((e) => `${e.path || '/'}：${e.message}`).join('；');
  return errors.length > max ? `${head}；另有 ${errors.length - max} 处问题` : head;
}
