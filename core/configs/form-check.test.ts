// A form whose merged schema/uiSchema pair would not render or validate is refused at publish; the check itself, field by field.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { formRenderProblems } from './form-check.js';
import { draft, publishDoc, seed, userAt } from './test-support.js';

const form = (properties: Record<string, unknown>, ui_schema: Record<string, unknown> = {}, required?: string[]) => ({
  schema: { type: 'object', properties, ...(required ? { required } : {}) }, ui_schema,
});

describe('formRenderProblems', () => {
  const name = { type: 'string', title: '嘎查村' };
  it('accepts a sound form and an order ending in *', () => {
    expect(formRenderProblems(form({ a: name, b: { type: 'integer', title: '牲畜头数' } }, { 'ui:order': ['b', 'a'], b: { 'ui:widget': 'updown' } }, ['a']))).toEqual([]);
    expect(formRenderProblems(form({ a: name, b: name }, { 'ui:order': ['b', '*'] }))).toEqual([]);
  });

  it('names an order that misses a field, one that invents one, a repeated entry, a stray required field and a widget of the wrong type', () => {
    const problems = formRenderProblems(form({ a: name, b: { type: 'boolean', title: '纯牧户' } }, { 'ui:order': ['a', 'ghost', 'a'], b: { 'ui:widget': 'textarea' } }, ['c']));
    expect(problems).toEqual(expect.arrayContaining([
      { path: '/body/ui_schema/ui:order/1', message: '字段顺序中的「ghost」不是表单中的字段（合并后的表单没有它），表单将无法显示' },
      { path: '/body/ui_schema/ui:order/2', message: '字段顺序中「嘎查村」（a）出现了不止一次' },
      { path: '/body/ui_schema/ui:order', message: '字段顺序缺少字段 「纯牧户」（b），表单将无法显示；请把它们排入顺序，或在末尾加 "*"' },
      { path: '/body/schema/required/0', message: '必填字段「c」不是表单中的字段' },
      { path: '/body/ui_schema/b/ui:widget', message: expect.stringContaining('字段「纯牧户」（b）不能使用控件「textarea」；boolean 类型可用：checkbox') },
    ]));
  });

  it('names a field without type or choices, and a choice of the wrong type', () => {
    const problems = formRenderProblems(form({ x: { title: '无类型' }, y: { type: 'string', title: '区域', oneOf: [{ const: 1, title: '一' }] } }));
    expect(problems.map((p) => p.path)).toEqual(['/body/schema/properties/x', '/body/schema/properties/y/oneOf/0/const']);
  });
});

describeEachDb('configs: a form that would break the merged form is refused at publish', (t) => {
  let admin: TestClient;
  let baotou: TestClient;
  beforeAll(async () => {
    admin = await TestClient.login(t().app);
    baotou = await userAt(t().app, admin, 'form_baotou_admin', 'region_admin', '150200');
  });

  const baotouForm = (ui_schema: Record<string, unknown>) => ({
    kind: 'form', key: 'worker', node: '150200', mode: 'extend', title: '包头市劳动者登记补充信息', effective_from: '2024-04-01', effective_to: null,
    body: { entity: 'worker', schema: { type: 'object', properties: { steel_experience: { type: 'boolean', title: '有钢铁行业从业经历' } }, required: ['steel_experience'] }, ui_schema },
  });

  it('refuses a 包头 form whose order drops the inherited fields, and publishes it with the fields appended in place', async () => {
    const broken = await draft(baotou, baotouForm({ 'ui:order': ['steel_experience', 'ethnicity'] }));
    const r = await baotou.post(`/api/configs/${broken.id}/publish`);
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('合并后的表单：字段顺序缺少字段 「户籍所在地类型」（household_type）');
    expect(r.body.details[0].message).toMatch(/^合并后的表单：字段顺序缺少字段 .*「期望月收入」（expected_income_band），表单将无法显示/);
    expect((await baotou.get(`/api/configs/${broken.id}`)).body.state).toBe('draft');

    // Without an order of its own the child's field follows the inherited order: the merged form renders.
    await publishDoc(baotou, baotouForm({}));
    const merged = (await baotou.get('/api/regions/150203/effective/form?key=worker&date=2024-05-01')).body.body;
    expect(merged.ui_schema['ui:order'].at(-1)).toBe('steel_experience');
    expect(formRenderProblems(merged)).toEqual([]);
  });

  it('refuses a 自治区 form that would break a child\'s merged form, naming the child', async () => {
    const doc = { ...seed('150000-nei-mongol/forms/worker.json'), effective_from: '2024-05-01' };
    doc.body.ui_schema.ethnicity = { 'ui:widget': 'checkbox' };
    const d = await draft(admin, doc);
    const r = await admin.post(`/api/configs/${d.id}/publish`);
    expect(r.status).toBe(400);
    expect(r.body.details).toContainEqual({ path: '/body/ui_schema/ethnicity/ui:widget', message: expect.stringContaining('合并后的表单：字段「民族」（ethnicity）不能使用控件「checkbox」') });
    expect(r.body.details.some((e: { message: string }) => e.message.startsWith('下级呼伦贝尔市（150700）合并后的表单：'))).toBe(true);
  });
});
