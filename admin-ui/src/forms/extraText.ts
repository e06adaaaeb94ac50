// A region form's value as text: a choice by its title (oneOf const → title), yes/no, lists with 、.

/** What the console reads of a field's JSON Schema: its title, choices, and the item schema of a list. */
export type FieldProp = { title?: string; oneOf?: Array<{ const?: unknown; title?: string }>; items?: FieldProp };

export const extraText = (prop: FieldProp | undefined, value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map((v) => extraText(prop?.items, v)).join('、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  const choice = prop?.oneOf?.find((o) => o.const === value);
  if (choice?.title) return choice.title;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};
