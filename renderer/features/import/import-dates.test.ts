import { describe, expect, it } from 'vitest';
import { parseImportDate, parseTerm } from './import-dates';

describe('reading dates as offices type them', () => {
  it('reads the four formats of the member lists, and ISO dates from Excel date cells', () => {
    expect(['2023-05-09', '2023/5/9', '2023年5月9日', '2023.05.09', ' 2023 年 5 月 9 日 ', '２０２３－０５－０９', '2023年5月9号'].map(parseImportDate)).toEqual(
      Array(7).fill('2023-05-09'),
    );
  });

  it('refuses days that do not exist and text that is not a date', () => {
    expect(['2023-02-29', '2024-13-01', '2023/4/31', '见备注', '2023', '23-05-09', '2023-05'].map(parseImportDate)).toEqual(Array(7).fill(undefined));
    expect(parseImportDate('2024-02-29')).toBe('2024-02-29');
  });
});

describe('reading terms of appointment', () => {
  it('reads the three ways a term is written, each month as its first day', () => {
    for (const text of ['2024年6月至2027年6月', '2024.06-2027.06', '2024年6月—2027年6月', '2024-06—2027-06', '2024-06-2027-06', '2024/6 ~ 2027/6'])
      expect(parseTerm(text)).toEqual({ start: '2024-06-01', end: '2027-06-01' });
  });

  it('reads terms given as full dates, as the export writes them', () => {
    expect(parseTerm('2024-06-15至2027-06-14')).toEqual({ start: '2024-06-15', end: '2027-06-14' });
    expect(parseTerm('2024年6月15日到2027年6月14日')).toEqual({ start: '2024-06-15', end: '2027-06-14' });
  });

  it('gives nothing for text that is not a term', () => {
    expect(['三年', '2024年6月', '2024年6月至今', ''].map(parseTerm)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
