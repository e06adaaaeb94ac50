// Fields of a region's form that only some roles see and fill (`ui_schema[field]['ui:options'].roles`, set in the form builder).
import { VALUE_LABELS } from '../excel/labels.js';

interface FormBodyLike { schema?: { properties?: Record<string, { title?: string }> }; ui_schema?: Record<string, unknown> }

/** Each role-limited field with the roles that may see it; a field without `roles` (or with an empty list) is everyone's. */
export function roleLimitedFields(body: FormBodyLike | null | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of Object.keys(body?.schema?.properties ?? {})) {
    const ui = body?.ui_schema?.[name] as { 'ui:options'?: { roles?: unknown } } | undefined;
    const roles = ui?.['ui:options']?.roles;
    if (Array.isArray(roles) && roles.length > 0) out.set(name, roles.map(String));
  }
  return out;
}

/** The fields `role` does not see. No role (a job, the system itself) sees every field. */
export function hiddenFields(body: FormBodyLike | null | undefined, role: string | null | undefined): Set<string> {
  if (!role) return new Set();
  return new Set([...roleLimitedFields(body)].filter(([, roles]) => !roles.includes(role)).map(([name]) => name));
}

const roleName = (role: string) => (VALUE_LABELS.role as Record<string, string>)[role] ?? role;

/**
 * A write by `role` that changes a field hidden from it, in words: the console never shows such a field to that role, so
 * a changed value can only come from around the console. Values it does not touch (kept as stored, or absent on both
 * sides) pass, so a hidden-role user can still save the record's other fields.
 */
export function hiddenFieldChanges(body: FormBodyLike | null | undefined, role: string | null | undefined,
  extra: Record<string, unknown>, before: Record<string, unknown>): Array<{ field: string; message: string }> {
  const limited = roleLimitedFields(body);
  return [...hiddenFields(body, role)].filter((name) => JSON.stringify(extra[name] ?? null) !== JSON.stringify(before[name] ?? null)).map((name) => {
    const title = body?.schema?.properties?.[name]?.title;
    return {
      field: `extra.${name}`,
      message: `扩展字段${title ? `「${title}」（extra.${name}）` : `「extra.${name}」`}仅限${limited.get(name)!.map(roleName).join('、')}填写，${roleName(role!)}不能修改`,
    };
  });
}
