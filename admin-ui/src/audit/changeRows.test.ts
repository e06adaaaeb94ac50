// Audit changes as before → after rows.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cellText, changeRows } from './changeRows';

describe('changeRows', () => {
  it('reads [before, after] pairs and plain created values', () => {
    expect(changeRows({ status: ['open', 'running'], name: '焊工班' })).toEqual([
      { field: 'status', before: 'open', after: 'running' },
      { field: 'name', before: undefined, after: '焊工班' },
    ]);
    expect(changeRows(null)).toEqual([]);
  });
  it('writes cells for people', () => {
    expect(cellText(true)).toBe('是');
    expect(cellText(['a', 'b'])).toBe('a、b');
    expect(cellText({ q: 1 })).toBe('{"q":1}');
    expect(cellText(null)).toBe('');
  });
});
