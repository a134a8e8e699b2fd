import { describe, expect, it } from 'vitest';
import { parseFigureValue } from './own-figures';

describe('an own figure as the office types it', () => {
  it('takes whole numbers, full-width digits and thousands separators', () => {
    expect(parseFigureValue(' 120 ')).toBe(120);
    expect(parseFigureValue('１２０')).toBe(120);
    expect(parseFigureValue('1,200')).toBe(1200);
    expect(parseFigureValue('0')).toBe(0);
  });
  it('refuses what is not a count', () => {
    for (const text of ['', '-3', '1.5', '十二', '12人', '1e3']) expect(parseFigureValue(text)).toBeNull();
  });
});
