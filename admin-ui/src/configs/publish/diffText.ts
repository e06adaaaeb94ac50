// Readable lines of what changed inside an entry or rule: 「五级/初级工 补贴标准：¥1,500.00 → ¥1,800.00」.
import { formatFen } from '../../common/money';
import type { ValueLabel } from '../rules/conditionText';
import { valueLabeller } from '../rules/valueLabels';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const flatten = (value: unknown, prefix = ''): Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { [prefix || '(值)']: value };
  return Object.entries(value as Record<string, unknown>).reduce<Record<string, unknown>>(
    (out, [k, v]) => ({ ...out, ...flatten(v, prefix ? `${prefix}.${k}` : k) }), {});
};

/** A value in the line: amounts in yuan, yes/no, code values in words (returnee → 返乡农牧民工), lists with 、. */
const show = (key: string, value: unknown, label?: ValueLabel): string => {
  if (value === undefined) return '（无）';
  if (typeof value === 'number' && key.endsWith('_fen')) return formatFen(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return label?.(value) ?? (value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) return value.map((v) => show(key, v, label)).join('、');
  return JSON.stringify(value);
};

/** `levels.5.standard_fen` → 「五级/初级工 补贴标准」; unknown segments stay as written. */
const pathLabel = (path: string, translate: Translate): string =>
  path.split('.').filter((seg) => seg !== 'levels').map((seg, i, all) =>
    all[i - 1] === undefined && /^(5|4|3|2|1|special)$/.test(seg) && path.startsWith('levels.')
      ? translate(`steppe.enums.skill_level.${seg}`)
      : translate(`steppe.publish.paths.${seg}`, { _: seg })).join(' ');

export const changedLines = (before: unknown, after: unknown, translate: Translate = (k, o) => String(o?._ ?? k)): string[] => {
  const label = valueLabeller(translate);
  const a = flatten(before ?? {});
  const b = flatten(after ?? {});
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${pathLabel(k, translate)}：${show(k, a[k], label)} → ${show(k, b[k], label)}`);
};
