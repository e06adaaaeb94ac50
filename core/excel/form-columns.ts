// A region's form fields as roster columns: a header matches a field by its title (or its name); cells become typed values.
import type { EffectiveDocument } from '../configs/resolve.js';
import { normaliseHeader } from './roster.js';
import { CellError } from './roster-values.js';

type Prop = { type?: string; title?: string; enum?: unknown[]; oneOf?: Array<{ const?: unknown; title?: string }>; items?: Prop };

/** Header (normalised) → form field name, for a form document's properties. */
export function formHeaders(form: EffectiveDocument<'form'> | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, prop] of Object.entries<Prop>(form?.body?.schema?.properties ?? {})) {
    out.set(normaliseHeader(name), name);
    if (prop.title) out.set(normaliseHeader(prop.title), name);
  }
  return out;
}

function choice(prop: Prop, text: string): unknown {
  const hit = prop.oneOf?.find((o) => o.title === text || String(o.const) === text);
  if (hit) return hit.const;
  return text;
}

/** The cell as the field's type; a value the form refuses is passed on for the form check to explain. */
export function formValue(form: EffectiveDocument<'form'>, field: string, header: string, text: string): unknown {
  const prop: Prop = form.body.schema.properties[field] ?? {};
  if (prop.type === 'integer' || prop.type === 'number') {
    const n = Number(text);
    if (!Number.isFinite(n)) throw new CellError(`extra.${field}`, `「${header}」应为数字，实际为「${text}」`);
    return n;
  }
  if (prop.type === 'boolean') {
    if (/^(是|true|1|有|y|yes)$/i.test(text)) return true;
    if (/^(否|false|0|无|n|no)$/i.test(text)) return false;
    throw new CellError(`extra.${field}`, `「${header}」应填「是」或「否」，实际为「${text}」`);
  }
  if (prop.type === 'array') return text.split(/[、,，;；]+/).filter(Boolean).map((t) => (prop.items ? choice(prop.items, t) : t));
  return choice(prop, text);
}
