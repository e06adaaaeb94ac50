// A region form's value as text: a choice by its title (oneOf const → title), yes/no, lists with 、.

type Prop = { title?: string; oneOf?: Array<{ const?: unknown; title?: string }>; items?: Prop };

export const extraText = (prop: Prop | undefined, value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map((v) => extraText(prop?.items, v)).join('、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  const choice = prop?.oneOf?.find((o) => o.const === value);
  if (choice?.title) return choice.title;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};
