// The visual editor's model round-trips every rule of configs/ to the same JSON, byte for byte, and back into the file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionOf, groupOf } from './ruleQuery';

const CONFIGS = path.resolve(__dirname, '../../../configs');
const files = fs.readdirSync(CONFIGS, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => {
  const rules = path.join(CONFIGS, d.name, 'rules');
  return fs.existsSync(rules) ? fs.readdirSync(rules).map((f) => path.join(rules, f)) : [];
});
const serialise = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

describe('rule conditions ⇄ query builder', () => {
  it.each(files.map((f) => [path.relative(CONFIGS, f), f]))('%s: every rule, and the whole file, round-trip byte for byte', (_rel, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const doc = JSON.parse(text);
    for (const rule of doc.body.rules) {
      if (rule.remove) continue;
      // through the editor's model and its JSON text (what the JSON view shows), then back
      const model = JSON.parse(JSON.stringify(groupOf(rule.conditions)));
      rule.conditions = conditionOf(model);
    }
    expect(serialise(doc)).toBe(text);
  });

  it('keeps not, nested any inside all, names, priorities, fact parameters and shared conditions', () => {
    const conditions = {
      all: [
        { not: { fact: 'worker', path: '$.category', operator: 'equal', value: 'employed' } },
        { any: [{ fact: 'idCard', operator: 'equal', value: true, path: '$.valid', priority: 2 }, { condition: 'shared-check' }], name: '任一' },
        { not: { all: [{ fact: 'params', params: { name: 'age_max' }, operator: 'lessThan', value: { path: '$.age', fact: 'idCard' } }] }, name: '否定组' },
        { not: { not: { fact: 'claim', path: '$.type', operator: 'in', value: ['training'] } } },
      ],
      priority: 3,
    };
    expect(serialise(conditionOf(JSON.parse(JSON.stringify(groupOf(conditions)))))).toBe(serialise(conditions));
  });

  it('turns an all group into any and keeps its place', () => {
    const g = groupOf({ all: [{ fact: 'a', operator: 'equal', value: 1 }], name: 'x' });
    g.combinator = 'or';
    expect(serialise(conditionOf(g))).toBe(serialise({ any: [{ fact: 'a', operator: 'equal', value: 1 }], name: 'x' }));
  });
});
