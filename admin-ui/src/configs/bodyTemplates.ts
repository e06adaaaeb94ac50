// Starting bodies of a new document, per kind and mode: valid shapes to fill in (validated as you type).
export const KIND_KEYS: Record<string, string[]> = {
  catalog: ['default'],
  guide: ['default'],
  ruleset: ['training', 'evaluation', 'upgrade', 'base_reward'],
  form: ['worker', 'intention', 'program', 'claim'],
  // A typical case is named by its author: a slug such as baotou-welders-2026.
  case: [],
};

export const bodyTemplate = (kind: string, key: string, mode: string): unknown => {
  if (kind === 'catalog') return { reference: '', note: '', entries: [] };
  if (kind === 'ruleset') return { name: '', description: '', basis: '', ...(mode === 'base' ? { amount: null } : {}), rules: [] };
  if (kind === 'form') return { entity: key, schema: { type: 'object', properties: {} }, ui_schema: {} };
  if (kind === 'case') return { summary: '', sections: [{ heading: '', text: '' }], outcome: '' };
  return { services: [] };
};
