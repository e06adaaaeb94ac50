// GB 11643 resident IDs and GB 32100 credit codes.
import { describe, expect, it } from 'vitest';
import { ageOn, checkCharacter, parseResidentId, validateWorkerId } from './resident-id.js';
import { creditCheckCharacter, creditCodeError } from './credit-code.js';

describe('resident ID (GB 11643)', () => {
  it('computes the ISO 7064 MOD 11-2 check character, X included', () => {
    // The standard's own worked example.
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(parseResidentId('11010519491231002x')).toMatchObject({ number: '11010519491231002X', birthDate: '1949-12-31', gender: 'female', regionCode: '110105' });
  });
  it('explains each way an ID can be wrong', () => {
    expect(parseResidentId('1101051949123100')).toEqual({ error: expect.stringContaining('18位') });
    expect(parseResidentId('110105194912310021')).toEqual({ error: expect.stringContaining('校验位') });
    const feb30 = '15010219850230001';
    expect(parseResidentId(feb30 + checkCharacter(feb30))).toEqual({ error: expect.stringContaining('出生日期') });
  });
  it('checks the age range on registration', () => {
    const young = '15010220150101001';
    expect(validateWorkerId(young + checkCharacter(young), '2026-11-25')).toEqual({ error: expect.stringContaining('16至80') });
    const ok = '15010219900101001';
    expect(validateWorkerId(ok + checkCharacter(ok), '2026-11-25')).toMatchObject({ birthDate: '1990-01-01' });
  });
  it('counts whole years', () => {
    expect(ageOn('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageOn('1990-06-15', '2026-06-15')).toBe(36);
  });
});

describe('unified social credit code (GB 32100)', () => {
  it('accepts a code with a correct check character and explains wrong ones', () => {
    const first17 = '91150102MA0N12345';
    const good = first17 + creditCheckCharacter(first17);
    expect(creditCodeError(good)).toBeNull();
    expect(creditCodeError(good.toLowerCase())).toBeNull();
    expect(creditCodeError(good.slice(0, 17))).toContain('18位');
    expect(creditCodeError(first17 + (good[17] === '0' ? '1' : '0'))).toContain('校验位');
    expect(creditCodeError('91150102MA0N1234I' + '0')).toContain('大写字母');
  });
});
