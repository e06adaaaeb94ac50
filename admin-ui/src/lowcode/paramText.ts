// A policy parameter's type and value in words: 「金额（元）」, 「5,000.00 元」, 「80%」, 「65 周岁」.
export interface ParamLike { name: string; label?: string; type?: string; unit?: string }

export const PARAM_TYPES: Record<string, string> = { integer: '整数', number: '数值', ratio: '比例', fen: '金额（元）', boolean: '是/否', date: '日期' };

export const paramValueText = (p: ParamLike, v: unknown): string => (v === undefined ? '—'
  : p.type === 'fen' && typeof v === 'number' ? `${(v / 100).toFixed(2)} 元`
    : p.type === 'ratio' && typeof v === 'number' ? `${Math.round(v * 10000) / 100}%`
      : typeof v === 'boolean' ? (v ? '是' : '否') : `${String(v)}${p.unit ? ` ${p.unit}` : ''}`);
