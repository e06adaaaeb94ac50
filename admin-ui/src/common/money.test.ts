// Tests of the fen ↔ yuan conversions behind MoneyField and MoneyInput.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fenToYuanText, formatFen, yuanTextToFen } from './money';

describe('money', () => {
  it('formats fen as grouped yuan', () => {
    expect(formatFen(123450)).toBe('¥1,234.50');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(100000000)).toBe('¥1,000,000.00');
    expect(formatFen(-250)).toBe('-¥2.50');
  });
  it('shows fen as yuan text for editing', () => {
    expect(fenToYuanText(123450)).toBe('1234.50');
    expect(fenToYuanText(0)).toBe('0.00');
  });
  it('parses yuan text to integer fen without float error', () => {
    expect(yuanTextToFen('1234.5')).toBe(123450);
    expect(yuanTextToFen('0.29')).toBe(29);
    expect(yuanTextToFen('1,234.56')).toBe(123456);
    expect(yuanTextToFen('12.')).toBe(1200);
    expect(yuanTextToFen('')).toBeNull();
    expect(yuanTextToFen('1.234')).toBeUndefined();
    expect(yuanTextToFen('-3')).toBeUndefined();
    expect(yuanTextToFen('abc')).toBeUndefined();
  });
  it('accepts thousands separators only where they belong', () => {
    expect(yuanTextToFen('1,600.5')).toBe(160050);
    expect(yuanTextToFen('12,345,678')).toBe(1234567800);
    expect(yuanTextToFen('¥ 1，600')).toBe(160000);
    expect(yuanTextToFen('1,60')).toBeUndefined();
    expect(yuanTextToFen('16,00.5')).toBeUndefined();
    expect(yuanTextToFen(',1600')).toBeUndefined();
  });
});
