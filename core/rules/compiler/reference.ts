// Compiles `{ condition: "name" }` references to shared conditions (`engine.setCondition`).
import { compileBoolean } from './boolean.js';
import { conditionKind } from './condition.js';
import type { CompileContext } from './context.js';
import { fail, pointerToken, type Site } from './errors.js';
import type { CompiledNode } from './node.js';
import { staticProps } from './shape.js';

/**
 * A reference keeps its own priority among its siblings and, unevaluated, stays as written
 * (`{ condition: "name" }`). When evaluated it is realized as the engine does: `condition`
 * is deleted and the shared condition's properties are copied over the reference's own
 * (so the shared condition's `priority` wins in the result shape).
 */
export function compileReference(raw: Record<string, unknown>, site: Site, ctx: CompileContext): CompiledNode {
  const realized = realize(raw, site, ctx, {});
  return {
    priority: (raw.priority as number | undefined) || 1,
    skipped: Object.freeze(staticProps(raw, [])),
    emit: realized.emit,
  };
}

/**
 * The node a reference becomes once realized: a boolean node whose shape also carries
 * `prefix` and the reference's other properties. Follows references to references.
 */
export function realize(raw: Record<string, unknown>, site: Site, ctx: CompileContext, prefix: Record<string, unknown>): CompiledNode {
  const name = raw.condition;
  if (typeof name !== 'string' || name === '') fail(site, '"condition" must be a non-empty string', '/condition');
  const def = ctx.named.get(name);
  if (!def) fail(site, `unknown shared condition "${name}"`, '/condition');
  if (ctx.resolving.includes(name)) fail(site, `shared conditions refer to each other in a cycle: ${[...ctx.resolving, name].join(' → ')}`, '/condition');
  const inner: CompileContext = { ...ctx, resolving: [...ctx.resolving, name] };
  const defSite: Site = { owner: `shared condition "${name}"`, pointer: `/conditions/${pointerToken(name)}` };
  const merged = { ...prefix, ...staticProps(raw, ['condition']) };
  const kind = conditionKind(def, defSite);
  if (kind === 'condition') return realize(def, defSite, inner, merged);
  if (kind === 'leaf') fail(defSite, 'a shared condition must have "all", "any", "not" or "condition" at its root');
  return compileBoolean(def, kind, defSite, inner, merged).node;
}
