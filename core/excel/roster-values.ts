// Roster cells as API values: categories, education and employment by Chinese label or code, traits as a list.
import { codeOf, VALUE_LABELS } from './labels.js';

/** Enum of the fields a clerk may fill with labels. */
const ENUM_OF: Record<string, string> = { category: 'worker_category', education: 'education', employment_status: 'employment_status' };

export class CellError extends Error {
  constructor(public field: string, message: string) {
    super(message);
  }
}

function choices(enumName: string): string {
  return Object.values(VALUE_LABELS[enumName]).join('、');
}

/** One cell as the API value of `field`; throws CellError with a clerk's explanation. */
export function rosterValue(field: string, header: string, text: string): unknown {
  const enumName = ENUM_OF[field];
  if (enumName) {
    const code = codeOf(enumName, text);
    if (!code) throw new CellError(field, `「${header}」的值「${text}」无法识别，可填：${choices(enumName)}（或其代码）`);
    return code;
  }
  if (field === 'traits') {
    const parts = text.split(/[、,，;；/\s]+/).filter(Boolean);
    return parts.map((p) => {
      const code = codeOf('worker_trait', p);
      if (!code) throw new CellError(field, `「${header}」中的「${p}」无法识别，可填（多个用顿号分隔）：${choices('worker_trait')}`);
      return code;
    });
  }
  if (field === 'id_number') return text.replace(/\s/g, '').toUpperCase();
  return text;
}
