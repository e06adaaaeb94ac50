// The console's form validator: Chinese errors under the right field, oneOf choices resolved, and no code evaluated (the CSP refuses it).
import { describe, expect, it } from 'vitest';
import type { RJSFSchema } from '@rjsf/utils';
import { CspValidator } from './cspValidator';

const schema: RJSFSchema = {
  type: 'object',
  required: ['ethnicity'],
  properties: {
    ethnicity: { type: 'string', title: '民族', enum: ['汉族', '蒙古族'] },
    household_type: { type: 'string', title: '户籍所在地类型', oneOf: [{ const: 'agricultural', title: '农村（嘎查村）' }, { const: 'pastoral', title: '牧区（嘎查）' }] },
    migrant_years: { type: 'integer', title: '外出务工年限（年）', minimum: 0, maximum: 50 },
    current_skills: { type: 'string', title: '已掌握的技能', maxLength: 5 },
  },
};

describe('cspValidator', () => {
  it('reports each wrong field in Chinese, under the field', () => {
    const v = new CspValidator();
    const { errors, errorSchema } = v.validateFormData({ household_type: 'urban', migrant_years: 99, current_skills: '焊工电工厨师' }, schema);
    expect(errors.map((e) => e.stack).sort()).toEqual([
      '「外出务工年限（年）」不能大于 50', '「已掌握的技能」最多 5 个字符', '「户籍所在地类型」应为以下之一：农村（嘎查村）、牧区（嘎查）', '「民族」为必填项',
    ].sort());
    expect((errorSchema as Record<string, { __errors?: string[] }>).migrant_years.__errors).toEqual(['不能大于 50']);
    expect((errorSchema as Record<string, { __errors?: string[] }>).ethnicity.__errors).toEqual(['为必填项']);
    expect(v.validateFormData({ ethnicity: '蒙古族', household_type: 'pastoral', migrant_years: 3 }, schema).errors).toEqual([]);
  });

  it('tells rjsf which choice a value matches', () => {
    const v = new CspValidator();
    const branches = (schema.properties!.household_type as RJSFSchema).oneOf as RJSFSchema[];
    expect(branches.map((b) => v.isValid(b, 'pastoral', schema))).toEqual([false, true]);
  });

  it('never evaluates a string as code', () => {
    const original = globalThis.Function;
    const refused = () => { throw new EvalError('refused by the Content-Security-Policy'); };
    globalThis.Function = refused as unknown as FunctionConstructor;
    try {
      const v = new CspValidator();
      expect(v.validateFormData({ migrant_years: 51 }, schema).errors.length).toBeGreaterThan(0);
      expect(v.isValid(schema, { ethnicity: '汉族' }, schema)).toBe(true);
    } finally {
      globalThis.Function = original;
    }
  });
});
