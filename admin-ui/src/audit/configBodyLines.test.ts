// Audit entries of configuration documents read item by item in words.
import { describe, expect, it } from 'vitest';
import { configBodyLines } from './configBodyLines';

const labels: Record<string, string> = { name: '名称', basis: '政策依据', conditions: '条件', amount: '补贴金额', cap_fen: '封顶金额', required: '必填项', ui_schema: '界面设置' };
const t = (key: string, o?: Record<string, unknown>) => labels[key.split('.').pop()!] ?? String(o?._ ?? key);

describe('configBodyLines', () => {
  it('names rules by their names, with the fields that changed, and the amount cap in yuan', () => {
    const rule = { id: 'working-age', name: '年龄在范围内', basis: 'a', conditions: { all: [] } };
    const before = { name: '规则', amount: { cap_fen: 500000, rounding: 'yuan' }, rules: [rule, { id: 'gone', name: '旧规则' }] };
    const after = { name: '规则', amount: { cap_fen: 600000, rounding: 'yuan' }, rules: [{ ...rule, basis: 'b', conditions: { all: [{}] } }, { id: 'new', name: '新规则' }] };
    expect(configBodyLines(before, after, t)).toEqual([
      '补贴金额 封顶金额：¥5,000.00 → ¥6,000.00',
      '修改规则「年龄在范围内」：政策依据、条件', '新增规则「新规则」', '删除规则「旧规则」',
    ]);
  });

  it('names form fields by their titles', () => {
    const before = { entity: 'worker', schema: { type: 'object', properties: { a: { type: 'string', title: '甲' } } }, ui_schema: {} };
    const after = { entity: 'worker', schema: { type: 'object', properties: { a: { type: 'string', title: '甲' }, b: { type: 'boolean', title: '乙' } }, required: ['b'] }, ui_schema: {} };
    expect(configBodyLines(before, after, t)).toEqual(['新增字段「乙」', '必填项：乙']);
    // a new document: everything it has
    expect(configBodyLines(undefined, after, t)).toEqual(['entity：劳动者登记', '新增字段「甲」', '新增字段「乙」', '必填项：乙']);
  });

  it('names parameters by name', () => {
    expect(configBodyLines({ params: [{ name: 'age_max', label: '年龄上限', values: [{ from: '2024-01-01', value: 60 }] }] },
      { params: [{ name: 'age_max', label: '年龄上限', values: [{ from: '2024-01-01', value: 65 }] }] }, (k, o) => (k.endsWith('values') ? '取值' : String(o?._ ?? k))))
      .toEqual(['修改参数「年龄上限」：取值']);
  });
});
