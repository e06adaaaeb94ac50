// The amount editor's model gives every amount of configs/ back byte for byte, and a changed cap changes that line only.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { amountWords, capFenOf, capYuanOf, idOf, patchAmount, refOf, type Amount } from './amountModel';

const CONFIGS = path.resolve(__dirname, '../../../configs');
const files = fs.readdirSync(CONFIGS, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => {
  const rules = path.join(CONFIGS, d.name, 'rules');
  return fs.existsSync(rules) ? fs.readdirSync(rules).map((f) => path.join(rules, f)) : [];
}).filter((f) => JSON.parse(fs.readFileSync(f, 'utf8')).body.amount);
const serialise = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

describe('rule-set amount ⇄ editor fields', () => {
  it('finds the amounts of configs/', () => expect(files.length).toBeGreaterThanOrEqual(4));

  it.each(files.map((f) => [path.relative(CONFIGS, f), f]))('%s: every field read and written back unchanged gives the same file', (_rel, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const doc = JSON.parse(text);
    const a = doc.body.amount as Amount;
    // what the editor does on each field: base and scale through the field picker's id, cap through yuan, the rest as is
    doc.body = { ...doc.body, amount: patchAmount(a, {
      base: refOf(idOf(a.base)), scale_by: a.scale_by ? refOf(idOf(a.scale_by)) : undefined,
      cap_fen: capFenOf(capYuanOf(a.cap_fen)) ?? undefined, rounding: a.rounding, explanation: a.explanation,
    }) };
    expect(serialise(doc)).toBe(text);
  });

  it('a new cap changes one line; removing the scale drops its key; a new scale goes after base', () => {
    const file = files.find((f) => f.endsWith(path.join('150000-nei-mongol', 'rules', 'training.json')))!;
    const text = fs.readFileSync(file, 'utf8');
    const doc = JSON.parse(text);
    const a = doc.body.amount as Amount;
    doc.body.amount = patchAmount(a, { cap_fen: capFenOf('6000') });
    const changed = serialise(doc).split('\n').filter((l, i) => l !== text.split('\n')[i]);
    expect(changed).toEqual(['      "cap_fen": 600000,']);
    expect(Object.keys(patchAmount(a, { scale_by: undefined }))).toEqual(['base', 'cap_fen', 'rounding', 'explanation']);
    const noScale = { base: a.base, rounding: a.rounding, explanation: a.explanation } as Amount;
    expect(Object.keys(patchAmount(noScale, { scale_by: refOf('attendance|$.completionRatio') }))).toEqual(['base', 'rounding', 'explanation', 'scale_by']);
  });

  it('yuan typed by a clerk become fen; bad amounts are refused', () => {
    expect(capFenOf('5000')).toBe(500000);
    expect(capFenOf('0.1')).toBe(10);
    expect(capFenOf(' 12.34 ')).toBe(1234);
    expect(capFenOf('')).toBeUndefined();
    expect(capFenOf('1.234')).toBeNull();
    expect(capFenOf('-5')).toBeNull();
    expect(capYuanOf(500000)).toBe('5000');
    expect(capYuanOf(1234)).toBe('12.34');
  });

  it('reads in words', () => {
    const words = amountWords({ base: refOf('catalogEntry|$.standardFen'), scale_by: refOf('attendance|$.completionRatio'), cap_fen: 500000, rounding: 'yuan', explanation: '' },
      (r) => ({ 'catalogEntry|$.standardFen': '补贴标准', 'attendance|$.completionRatio': '出勤完成率' } as Record<string, string>)[idOf(r)]);
    expect(words).toBe('补贴标准 × 出勤完成率，最高 5,000.00 元，按元取整');
  });
});
