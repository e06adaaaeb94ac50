// Starting bodies of a new document, per kind and mode: valid shapes to fill in (validated as you type).
export const KIND_KEYS: Record<string, string[]> = {
  catalog: ['default'],
  guide: ['default'],
  ruleset: ['training', 'evaluation', 'upgrade', 'base_reward'],
  form: ['worker', 'intention', 'program', 'claim'],
  param: ['default'],
  // A typical case is named by its author: a slug such as baotou-welders-2026.
  case: [],
};

/** What a clerk reads for each key: no raw codes in the console. */
export const KEY_LABELS: Record<string, string> = {
  default: '本级文档', training: '职业培训补贴', evaluation: '职业技能评价补贴', upgrade: '技能提升补贴', base_reward: '实训基地以奖代补',
  worker: '劳动者登记', intention: '培训意愿登记', program: '培训班（项目）', claim: '补贴申请',
};

export const bodyTemplate = (kind: string, key: string, mode: string, title = ''): unknown => {
  if (kind === 'catalog') return { reference: '', note: '', entries: [] };
  // A rule set's name starts as the document's title, so the draft is valid from the start and the clerk edits it in the builder.
  if (kind === 'ruleset') return { name: title || KEY_LABELS[key] || key, description: title ? `${title}：在上级规则基础上的本地调整` : '本地调整', basis: '见各条规则的政策依据', ...(mode === 'base' ? { amount: null } : {}), rules: [] };
  if (kind === 'param') return { params: [] };
  if (kind === 'form') return { entity: key, schema: { type: 'object', properties: {} }, ui_schema: {} };
  if (kind === 'case') return { summary: '', sections: [{ heading: '', text: '' }], outcome: '' };
  return { services: [] };
};
