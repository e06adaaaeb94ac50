// A region's form as one role sees it: fields whose `ui:options.roles` leave the role out are taken off the schema, and
// their stored values ride along untouched (the server refuses a changed one: core/configs/form-roles.ts).
type Obj = Record<string, unknown>;
type Body = { schema: Obj & { properties?: Obj; required?: unknown }; ui_schema?: Obj };

/** Names of the fields `role` does not see (no role: every field is shown). */
export function hiddenFor(body: Body, role: string | null | undefined): string[] {
  if (!role) return [];
  return Object.keys(body.schema?.properties ?? {}).filter((name) => {
    const roles = ((body.ui_schema?.[name] as Obj | undefined)?.['ui:options'] as Obj | undefined)?.roles;
    return Array.isArray(roles) && roles.length > 0 && !roles.includes(role);
  });
}

/** The schema and uiSchema without the hidden fields (nor their required marks or places in ui:order). */
export function visibleForm(body: Body, hidden: string[]): Body {
  if (hidden.length === 0) return body;
  const drop = (o: Obj | undefined): Obj => Object.fromEntries(Object.entries(o ?? {}).filter(([k]) => !hidden.includes(k)));
  const keep = (list: unknown) => (Array.isArray(list) ? list.filter((n) => !hidden.includes(String(n))) : list);
  const schema: Body['schema'] = { ...body.schema, properties: drop(body.schema.properties) };
  if (Array.isArray(body.schema.required)) schema.required = keep(body.schema.required);
  const ui = drop(body.ui_schema);
  if (Array.isArray(body.ui_schema?.['ui:order'])) ui['ui:order'] = keep(body.ui_schema['ui:order']);
  return { ...body, schema, ui_schema: ui };
}

/** What the form edits: the visible values; what is saved: those edits with the hidden values as they were. */
export const visibleValues = (value: Record<string, unknown>, hidden: string[]) => Object.fromEntries(Object.entries(value).filter(([k]) => !hidden.includes(k)));
export const withHidden = (edited: Record<string, unknown>, stored: Record<string, unknown>, hidden: string[]) => ({
  ...visibleValues(edited, hidden),
  ...Object.fromEntries(hidden.filter((k) => k in stored).map((k) => [k, stored[k]])),
});
