// The spreadsheets (core/excel/labels.ts) use the console's words: every label they share must be the same.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { VALUE_LABELS } from '../../../core/excel/labels';
import { enums } from './zh/enums';

describe('spreadsheet labels', () => {
  it('match the console labels of every enum both know', () => {
    const shared = Object.keys(VALUE_LABELS).filter((name) => name in enums);
    expect(shared.length).toBeGreaterThan(20);
    for (const name of shared) expect(VALUE_LABELS[name], name).toEqual((enums as Record<string, Record<string, string>>)[name]);
  });
});
