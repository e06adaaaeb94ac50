// How a rule-test input reads to a clerk: 人员类别 = 脱贫劳动力, 已结业 = 否, 考核结果 = 空 — never a code or JSON.
import { formatFen } from '../common/money';
import { valueText, type ValueLabel } from '../configs/rules/conditionText';

/** What the formatter needs of a rule field (see fields.ts): its value type and, for a choice, its options. */
export interface ValueField {
  valueType?: string;
  values?: Array<{ name: string; label: string }>;
}

const NO_VOCABULARY = { facts: [], operators: [] };

/**
 * A fact's value in words: the field's own option label (a region, an occupation, a vocabulary choice), else the
 * console's enum word (`label`, from valueLabeller), 是/否, 空, amounts in yuan; lists joined with 、.
 */
export function factValueText(field: ValueField | undefined, value: unknown, label?: ValueLabel): string {
  if (field?.valueType === 'fen' && typeof value === 'number') return formatFen(value);
  const named: ValueLabel = (code) => field?.values?.find((o) => o.name === code)?.label ?? label?.(code);
  return valueText(NO_VOCABULARY, value, false, named);
}

/** 「人员类别 = 脱贫劳动力」: the field's last label part and its value (an amount's 「（分）」 dropped: it reads in yuan). */
export const inputText = (fieldLabel: string, field: ValueField | undefined, value: unknown, label?: ValueLabel): string => {
  const name = fieldLabel.split(' · ').pop() ?? fieldLabel;
  return `${field?.valueType === 'fen' && typeof value === 'number' ? name.replace(/（分）$/, '') : name} = ${factValueText(field, value, label)}`;
};
