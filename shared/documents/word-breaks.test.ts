import { describe, expect, it } from 'vitest';
import { markWordBreaks, wordBreakOffsets } from './word-breaks';

/** The text cut at every place a line may break. */
const pieces = (text: string): string[] => {
  const cuts = [0, ...wordBreakOffsets(text), text.length];
  return cuts.slice(1).map((end, index) => text.slice(cuts[index], end));
};

describe('word boundaries', () => {
  it('never breaks inside 委员会 or 副主任, which the segmenter alone splits', () => {
    const parts = pieces('专家指导委员会副主任');
    expect(parts.join('')).toBe('专家指导委员会副主任');
    expect(parts).toContain('委员会');
    expect(parts).toContain('副主任');
    expect(parts).not.toContain('委员');
  });

  it('keeps the alliance naming itself whole at the end of a licence sentence', () => {
    expect(pieces('经长三角智能制造产教融合共同体审议通过，贵单位为本共同体')).toContain('本共同体');
    expect(pieces('贵单位为本联盟')).toContain('本联盟');
  });

  it('keeps closing punctuation off the start of a line and opening punctuation off its end', () => {
    const parts = pieces('美的集团智能制造与工业互联网产业学院有限公司（筹），丽水分公司');
    expect(parts.some((part) => /^[），]/.test(part))).toBe(false);
    expect(parts.some((part) => part.endsWith('（'))).toBe(false);
    expect(parts).toContain('互联网');
    expect(parts).toContain('有限公司');
  });

  it('leaves characters outside the BMP whole and marks nothing inside a surrogate pair', () => {
    const text = '𠮷祥𠮷技术研究院';
    for (const offset of wordBreakOffsets(text)) expect(text.charCodeAt(offset - 1) >= 0xd800 && text.charCodeAt(offset - 1) <= 0xdbff).toBe(false);
    expect(markWordBreaks(text).replace(/<wbr>/g, '')).toBe(text);
  });

  it('keeps numbers and Latin words whole: LSZZ-2026-A017 breaks where the browser would break it', () => {
    expect(wordBreakOffsets('编号：LSZZ-2026-A017').filter((offset) => offset > 3)).toEqual([]);
    // The browser may break after the hyphen; no mark puts the hyphen at the start of a line.
    expect(pieces('江苏太湖-FANUC智能制造').some((piece) => piece.startsWith('-'))).toBe(false);
    expect(pieces('江苏太湖-FANUC智能制造').join('|')).toContain('FANUC');
  });

  it('escapes the text between the marks', () => {
    expect(markWordBreaks('<b>职业学院</b>')).not.toContain('<b>');
    expect(markWordBreaks('<b>职业学院</b>').replace(/<wbr>/g, '')).toBe('&lt;b&gt;职业学院&lt;/b&gt;');
  });
});
