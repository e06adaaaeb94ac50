// The form builder's rows give every form of configs/ back as written (fields, order, help, roles, extra keywords), and a missing body reads as no fields.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankRow, bodyOf, rowsOf } from './formModel';

const CONFIGS = path.resolve(__dirname, '../../../configs');
const files = fs.readdirSync(CONFIGS, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => {
  const forms = path.join(CONFIGS, d.name, 'forms');
  return fs.existsSync(forms) ? fs.readdirSync(forms).map((f) => path.join(forms, f)) : [];
});

describe('form rows', () => {
  it('finds the forms of configs/', () => expect(files.length).toBeGreaterThan(0));

  it.each(files.map((f) => [path.relative(CONFIGS, f), f]))('%s round-trips through its rows', (_name, file) => {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { mode: string; body: { entity: string; ui_schema?: Record<string, unknown> } };
    const withOrder = doc.mode === 'base' && Array.isArray(doc.body.ui_schema?.['ui:order']);
    const back = bodyOf(doc.body.entity, rowsOf(doc.body), doc.body, withOrder);
    expect(back).toEqual({ ...doc.body, ui_schema: doc.body.ui_schema ?? {} });
  });

  it('reads a missing or malformed body as no fields', () => {
    expect(rowsOf(undefined)).toEqual([]);
    expect(rowsOf({ schema: 'nope', ui_schema: [] })).toEqual([]);
  });

  it('reads a choice, help and roles, and writes them back', () => {
    const body = {
      entity: 'worker',
      schema: { type: 'object', properties: { grade: { type: 'string', title: '等级', oneOf: [{ const: 'a', title: '甲' }, { const: 'b', title: '乙' }], maxLength: 2 } }, required: ['grade'] },
      ui_schema: { 'ui:order': ['grade'], grade: { 'ui:help': '按证书填写', 'ui:options': { roles: ['reviewer'] } } },
    };
    const [row] = rowsOf(body);
    expect(row).toMatchObject({ name: 'grade', title: '等级', kind: 'choice', required: true, help: '按证书填写', roles: ['reviewer'], extra: { maxLength: 2 } });
    expect(row.choices).toEqual([{ code: 'a', label: '甲' }, { code: 'b', label: '乙' }]);
    expect(bodyOf('worker', [row, blankRow(['grade'])], body, true).schema.properties).toEqual({
      grade: body.schema.properties.grade,
      field_1: { type: 'string', title: '' },
    });
  });
});
