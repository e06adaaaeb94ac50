// Tests that registry files read right whichever encoding Excel saved them in, and that batch names give their time.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { batchTime, csvText, dataLines } from './csvText';

// 「公民身份号码,状态」 in GBK, as Excel on a Chinese Windows writes it.
const GBK_HEADER = Uint8Array.from([0xb9, 0xab, 0xc3, 0xf1, 0xc9, 0xed, 0xb7, 0xdd, 0xba, 0xc5, 0xc2, 0xeb, 0x2c, 0xd7, 0xb4, 0xcc, 0xac]);

describe('csvText', () => {
  it('reads UTF-8 with a BOM, and GBK', () => {
    expect(csvText(new TextEncoder().encode('\uFEFF公民身份号码,状态\n'))).toBe('公民身份号码,状态\n');
    expect(csvText(GBK_HEADER)).toBe('公民身份号码,状态');
  });
  it('numbers data lines as in the file, skipping the header and blank lines', () => {
    expect(dataLines('公民身份号码,状态\r\n150203199001010011,是\r\n\r\n150203199001010021,否\r\n')).toEqual([2, 4]);
    expect(dataLines('150203199001010011,是\n150203199001010021,否')).toEqual([1, 2]);
  });
  it('finds the load time in a batch name', () => {
    expect(batchTime('social_insurance-2026-07-01T02:03:04.567Z')).toBe('2026-07-01T02:03:04.567Z');
    expect(batchTime('imported-by-hand')).toBeNull();
  });
});
