import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFamilies, charactersWithoutFont, codePointLabel, familyHolds } from './font-coverage';

const rare = readFileSync(new URL('../../../shared/corpus/rare-characters.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t')[0] ?? '');

describe('which characters the bundled fonts hold', () => {
  it('knows each family by its own characters', () => {
    expect(bundledFamilies).toEqual(['HanaMin', 'LXGW WenKai', 'Noto Sans SC', 'Noto Serif SC']);
    const code = (character: string): number => character.codePointAt(0) ?? 0;
    expect(familyHolds('Noto Serif SC', code('丽'))).toBe(true);
    expect(familyHolds('Noto Serif SC', code('A'))).toBe(true);
    // The Google Fonts cut of Noto leaves out Extension A and B and rare BMP ideographs; Hanazono holds them.
    for (const character of ['𠮷', '䶮', '鋹']) {
      expect(familyHolds('Noto Serif SC', code(character)), character).toBe(false);
      expect(familyHolds('HanaMin', code(character)), character).toBe(true);
    }
    expect(familyHolds('HanaMin', code('A'))).toBe(false);
    expect(familyHolds('LXGW WenKai', code('〇'))).toBe(true);
  });

  it('holds every rare character of the corpus: Extensions A, B, C and E and rare basic ones', () => {
    expect(rare.length).toBeGreaterThan(50);
    expect(charactersWithoutFont(rare)).toEqual([]);
    expect(charactersWithoutFont(['𫖯 𬘭 𬀩 𬣙', '𠮷 𡒄 𤩱', '长三角智能制造产教融合共同体（筹）·2026—2029年 No.5 ①'])).toEqual([]);
  });

  it('names, once each and in order, the characters no bundled face holds: private use, Extension G', () => {
    const texts = ['张\uE000三', '李\u{30000}四（\uE000）', '王五'];
    expect(charactersWithoutFont(texts)).toEqual(['\uE000', '\u{30000}']);
    expect(codePointLabel('\uE000')).toBe('U+E000');
    expect(codePointLabel('\u{30000}')).toBe('U+30000');
    expect(codePointLabel('𠮷')).toBe('U+20BB7');
  });

  it('takes no glyph for line breaks, zero-width spaces or variation selectors', () => {
    expect(charactersWithoutFont(['第一行\n第二行\t', '专家\u200B指导', '葛\uFE00', '\u200D'])).toEqual([]);
  });
});
