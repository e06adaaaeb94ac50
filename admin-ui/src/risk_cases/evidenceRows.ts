// A risk case's evidence (what the check found, as JSON) as lines a clerk reads: Chinese labels, ids as #12, codes in
// words, amounts in yuan, date pairs as ranges; nested findings (each class, each peer) as indented groups.
import { formatFen } from '../common/money';
import type { ValueLabel } from '../configs/rules/conditionText';

export interface EvidenceRow {
  key: string;
  label: string;
  /** The value in words, or the rows of a nested finding (an object) or of each item of a list of them. */
  text?: string;
  groups?: EvidenceRow[][];
  /** Records the value names by id, shown by their readable names (`text` holds the ids until those arrive). */
  refs?: { reference: string; ids: Array<string | number> };
}

type Translate = (key: string, options?: { _: string }) => string;

/** Enum of a key where the evidence holds a code of the console's enums. */
const ENUM_KEYS: Record<string, string> = {
  target_group: 'target_group', training_kind: 'training_kind', category: 'worker_category', current_category: 'worker_category',
  categories: 'worker_category', level: 'skill_level', approval_status: 'approval_status',
};
/** Two dates that bound a period. */
const RANGES = new Set(['class_dates', 'training_dates']);

const isId = (key: string) => /(^|_)ids?$/.test(key);
/** The resource an id key points at: `worker_id`, `worker_ids`, `registered_by_institution_id` → workers, institutions. */
const REFERENCES: Array<[RegExp, string]> = [
  [/(^|_)worker_ids?$/, 'workers'], [/(^|_)program_ids?$/, 'programs'], [/(^|_)institution_ids?$/, 'institutions'],
  [/(^|_)enrollment_ids?$/, 'enrollments'], [/(^|_)claim_ids?$/, 'claims'], [/(^|_)certificate_ids?$/, 'certificates'],
];
const referenceOf = (key: string) => REFERENCES.find(([re]) => re.test(key))?.[1];
const isRefValue = (v: unknown): v is string | number => typeof v === 'number' || typeof v === 'string';

export function evidenceRows(evidence: unknown, translate: Translate, label?: ValueLabel): EvidenceRow[] {
  if (!evidence || typeof evidence !== 'object' || Array.isArray(evidence)) return [];
  const record = evidence as Record<string, unknown>;
  const scalar = (key: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return v ? '是' : '否';
    if (isId(key) && (typeof v === 'number' || typeof v === 'string')) return `#${v}`;
    if ((key === 'fen' || key.endsWith('_fen')) && typeof v === 'number') return formatFen(v);
    if (key === 'finding' && typeof v === 'string') return translate(`steppe.risk.findings.${v}`, { _: v });
    if (typeof v === 'string' && ENUM_KEYS[key]) return translate(`steppe.enums.${ENUM_KEYS[key]}.${v}`, { _: label?.(v) ?? v });
    if (typeof v === 'string') return label?.(v) ?? v;
    return String(v);
  };
  return Object.entries(record)
    // `x_label` is the check's own words for `x`: shown in x's place, not twice.
    .filter(([key]) => !(key.endsWith('_label') && key.slice(0, -6) in record))
    .map(([key, value]): EvidenceRow => {
      const row = { key, label: translate(`steppe.risk.evidence.${key}`, { _: key }) };
      const own = record[`${key}_label`];
      if (typeof own === 'string') return { ...row, text: own };
      const reference = referenceOf(key);
      const ids = Array.isArray(value) ? value : [value];
      if (reference && ids.length > 0 && ids.every(isRefValue)) return { ...row, text: ids.map((v) => `#${v}`).join('、'), refs: { reference, ids } };
      if (Array.isArray(value)) {
        if (value.some((v) => v && typeof v === 'object')) return { ...row, groups: value.map((v) => evidenceRows(v, translate, label)) };
        if (RANGES.has(key) && value.length === 2) return { ...row, text: `${scalar(key, value[0])} 至 ${scalar(key, value[1])}` };
        return { ...row, text: value.length ? value.map((v) => scalar(key, v)).join('、') : '—' };
      }
      if (value && typeof value === 'object') return { ...row, groups: [evidenceRows(value, translate, label)] };
      return { ...row, text: scalar(key, value) };
    });
}
