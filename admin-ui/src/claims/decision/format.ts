// How a decision's values read to a clerk: ranges as 16～60, lists with 、, yes/no, codes in words, nothing as —.
import type { ValueLabel } from '../../configs/rules/conditionText';

/** `label` names code values (poverty_exited → 脱贫劳动力; see valueLabeller); codes it does not know stay as they are. */
export const showValue = (value: unknown, label?: ValueLabel): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) {
    if (value.length === 2 && value.every((v) => typeof v === 'number')) return `${value[0]}～${value[1]}`;
    return value.map((v) => showValue(v, label)).join('、');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return (typeof value === 'string' && label?.(value)) || String(value);
};

/** 「申请日年龄（周岁）」 from the fact and path labels, without repeating the fact. */
export const conditionSubject = (factLabel: string, pathLabel: string): string =>
  !pathLabel || pathLabel === factLabel ? factLabel : pathLabel.startsWith(factLabel) ? pathLabel : `${factLabel} · ${pathLabel}`;
