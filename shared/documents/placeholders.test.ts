import { describe, expect, it } from 'vitest';
import { chineseDate } from './chinese-date';
import { placeholderKeys, placeholderLabel, referencedPlaceholders, resolveContent } from './placeholders';

describe('placeholders', () => {
  it('fills known placeholders and keeps everything else as written', () => {
    expect(resolveContent('兹聘请{recipientName}为{ body }委员', { recipientName: '王海斌', body: '专家指导委员会' })).toEqual({ ok: true, text: '兹聘请王海斌为专家指导委员会委员' });
    expect(resolveContent('{{recipientName}} 与 {', { recipientName: 'x' })).toEqual({ ok: true, text: '{recipientName} 与 {' });
  });

  it('names an unknown placeholder and a missing value instead of printing a gap', () => {
    expect(resolveContent('{recipientNmae}，聘期{termEnd}，{termEnd}', { recipientName: '王海斌', termEnd: '  ' })).toEqual({ ok: false, unknown: ['recipientNmae'], missing: ['termEnd'] });
  });

  it('does not escape: escaping is the renderer’s job, once', () => {
    expect(resolveContent('{recipientName}', { recipientName: '<b>某</b>' })).toEqual({ ok: true, text: '<b>某</b>' });
  });

  it('lists what a text refers to, and labels every key in both languages', () => {
    expect(referencedPlaceholders('{a}{number}{a}')).toEqual(['a', 'number']);
    for (const key of placeholderKeys) {
      expect(placeholderLabel(key, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
      expect(placeholderLabel(key, 'en')).toMatch(/^[A-Z]/);
    }
  });
});

describe('Chinese dates', () => {
  it.each([
    ['2026-11-22', '二〇二六年十一月二十二日'],
    ['2030-01-01', '二〇三〇年一月一日'],
    ['2019-10-10', '二〇一九年十月十日'],
    ['2008-12-31', '二〇〇八年十二月三十一日'],
    ['2026-02-20', '二〇二六年二月二十日'],
  ])('%s is %s', (iso, chinese) => {
    expect(chineseDate(iso)).toBe(chinese);
  });

  it('leaves the day out when asked, and refuses what is not a date', () => {
    expect(chineseDate('2026-11-22', { day: false })).toBe('二〇二六年十一月');
    expect(chineseDate('2026-13-01')).toBeUndefined();
    expect(chineseDate('22.11.2026')).toBeUndefined();
  });
});
