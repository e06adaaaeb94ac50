// How a decision's values read to a clerk: ranges as 16～60, lists with 、, yes/no, nothing as —.

export const showValue = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) {
    if (value.length === 2 && value.every((v) => typeof v === 'number')) return `${value[0]}～${value[1]}`;
    return value.map(showValue).join('、');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/** 「申请日年龄（周岁）」 from the fact and path labels, without repeating the fact. */
export const conditionSubject = (factLabel: string, pathLabel: string): string =>
  !pathLabel || pathLabel === factLabel ? factLabel : pathLabel.startsWith(factLabel) ? pathLabel : `${factLabel} · ${pathLabel}`;
