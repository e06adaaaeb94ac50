// An audit entry's changes as rows a person reads: field (its Chinese label), before, after. A transition or update
// records [before, after] pairs; a creation records the values it set. Enum values read in words.
import { ENUMS, type EnumName } from '../common/enums';

export interface ChangeRow { field: string; before: unknown; after: unknown }

const isPair = (v: unknown): v is [unknown, unknown] => Array.isArray(v) && v.length === 2;

export function changeRows(changes: unknown): ChangeRow[] {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, value]) =>
    isPair(value) ? { field, before: value[0], after: value[1] } : { field, before: undefined, after: value });
}

/** A value in a cell: text as is, lists joined, objects as compact JSON. */
export const cellText = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('、');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/** Fields whose enum is not `<resource>_<field>` nor `<field>` (risk_cases.severity → risk_severity, level → skill_level). */
const ENUM_OF_FIELD: Record<string, EnumName> = {
  'risk_cases.status': 'risk_status', 'risk_cases.severity': 'risk_severity',
  state: 'claim_state', outcome: 'claim_outcome', level: 'skill_level', min_level: 'skill_level',
  category: 'worker_category', traits: 'worker_trait', code: 'fund_source_code',
};

/** The enum a resource's field holds, if any: `<resource>_<field>` (program_status), `<field>` (channel), then the exceptions. */
export function enumOf(resource: string, field: string): EnumName | undefined {
  const singular = resource.replace(/s$/, '');
  const names = [`${singular}_${field}`, field];
  const found = names.find((n): n is EnumName => n in ENUMS);
  return found ?? ENUM_OF_FIELD[`${resource}.${field}`] ?? ENUM_OF_FIELD[field];
}

/** A value's enum word where the value is one of the field's enum values (else undefined). */
export function enumWord(resource: string, field: string, value: unknown, translate: (key: string) => string): string | undefined {
  const name = enumOf(resource, field);
  if (!name || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  return (ENUMS[name] as readonly (string | number)[]).some((v) => String(v) === String(value)) ? translate(`steppe.enums.${name}.${value}`) : undefined;
}
