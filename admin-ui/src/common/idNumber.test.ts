// Tests of the resident ID number check used by the worker create form.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isValidIdNumber } from './idNumber';

describe('isValidIdNumber', () => {
  it('accepts a number with the right check character', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber('440524188001010014')).toBe(true);
  });
  it('rejects a wrong check character, a bad date or a bad length', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194913310028')).toBe(false);
    expect(isValidIdNumber('15010219800101')).toBe(false);
  });
});
