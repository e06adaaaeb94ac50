// A form as a role sees it: role-limited fields gone for other roles, their stored values kept on save.
import { describe, expect, it } from 'vitest';
import { hiddenFor, visibleForm, visibleValues, withHidden } from './roleFields';

const body = {
  schema: {
    type: 'object', required: ['site_check', 'steel_years'],
    properties: { site_check: { type: 'string', title: '实地核查意见' }, steel_years: { type: 'integer', title: '钢铁行业从业年限' } },
  },
  ui_schema: { 'ui:order': ['site_check', 'steel_years'], site_check: { 'ui:options': { roles: ['reviewer'] } }, steel_years: { 'ui:options': { roles: [] } } },
};

describe('role-limited fields in the console', () => {
  it('hides a field from roles not listed, never from those listed', () => {
    expect(hiddenFor(body, 'region_admin')).toEqual(['site_check']);
    expect(hiddenFor(body, 'reviewer')).toEqual([]);
    expect(hiddenFor(body, null)).toEqual([]);
  });

  it('takes the field off the schema, its required mark and its place in the order', () => {
    const v = visibleForm(body, ['site_check']);
    expect(Object.keys(v.schema.properties ?? {})).toEqual(['steel_years']);
    expect(v.schema.required).toEqual(['steel_years']);
    expect(v.ui_schema).toEqual({ 'ui:order': ['steel_years'], steel_years: { 'ui:options': { roles: [] } } });
    expect(visibleForm(body, [])).toBe(body);
  });

  it('saves the edits with the hidden value as stored, whatever the edit carried', () => {
    const stored = { site_check: '已核查', steel_years: 1 };
    expect(visibleValues(stored, ['site_check'])).toEqual({ steel_years: 1 });
    expect(withHidden({ steel_years: 2, site_check: '改了' }, stored, ['site_check'])).toEqual({ steel_years: 2, site_check: '已核查' });
    expect(withHidden({ steel_years: 2 }, {}, ['site_check'])).toEqual({ steel_years: 2 });
  });
});
