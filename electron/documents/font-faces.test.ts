import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontsLink } from '../../shared/documents/render-html';
import type { FontSlice } from './font-faces';
import { readFontSlices, withDocumentFonts } from './font-faces';
import { prepareFontsDir } from './fonts-dir';
import { repoRoot } from './test-support';

let fontsDir = '';
let slices: FontSlice[] = [];

beforeAll(async () => {
  fontsDir = await prepareFontsDir(repoRoot);
  slices = await readFontSlices(fontsDir);
});

const covers = (slice: FontSlice, character: string): boolean => {
  const code = character.codePointAt(0) ?? 0;
  return slice.ranges.some(([from, to]) => code >= from && code <= to);
};

describe('the bundled fonts, slice by slice', () => {
  it('reads every @font-face of the imported sheets, each with a woff2 file that exists', async () => {
    let declared = 0;
    for (const sheet of ['fonts.css', 'noto-serif-sc.css', 'lxgw-wenkai/lxgwwenkai-regular.css', 'noto-sans-sc.css', 'hanamin.css']) {
      declared += ((await readFile(join(fontsDir, sheet), 'utf8')).match(/@font-face\s*\{/g) ?? []).length;
    }
    expect(slices).toHaveLength(declared);
    expect(new Set(slices.map((slice) => `${slice.family} ${slice.weight}`))).toEqual(
      new Set(['Noto Serif SC 400', 'Noto Serif SC 700', 'LXGW WenKai 400', 'Noto Sans SC 500', 'HanaMin 400']),
    );
    await Promise.all(slices.map((slice) => access(join(fontsDir, slice.file))));
  });

  it('names only the slices holding a character of the document, for every face', () => {
    const html = `<!doctype html><head>${fontsLink('app://desk/fonts/')}</head><body>丽水职业教育集团</body>`;
    const result = withDocumentFonts(html, slices, 'file:///opt/Alliance%20Desk/fonts');
    expect(result).not.toContain('fonts.css');
    const named = [...result.matchAll(/url\('([^']+)'\)/g)].map((match) => match[1]);
    const expected = slices.filter((slice) => [...new Set(html)].some((character) => covers(slice, character)));
    expect(named).toEqual(expected.map((slice) => `file:///opt/Alliance%20Desk/fonts/${slice.file}`));
    for (const face of ['Noto Serif SC', 'LXGW WenKai']) expect(expected.some((slice) => slice.family === face && covers(slice, '丽'))).toBe(true);
    // A character the document does not hold brings no slice that holds only such characters.
    expect(expected.length).toBeLessThan(slices.length / 4);
    expect(result).toMatch(/@font-face\{font-family:'LXGW WenKai';font-style:normal;font-weight:400;font-display:swap;src:url\('[^']+'\) format\('woff2'\);unicode-range:U\+[0-9a-f]/);
  });

  it('names the Hanazono slices of a name in Extension B, C and E, and only bundled files', () => {
    const html = `<!doctype html><head>${fontsLink('app://desk/fonts/')}</head><body>𠮷野 赵孟𫖯 孙𬘭</body>`;
    const result = withDocumentFonts(html, slices, 'file:///opt/desk/fonts');
    for (const character of ['𠮷', '𫖯', '𬘭']) {
      const holding = slices.filter((slice) => slice.family === 'HanaMin' && covers(slice, character));
      expect(holding).toHaveLength(1);
      expect(result).toContain(`src:url('file:///opt/desk/fonts/${holding[0]?.file ?? ''}')`);
    }
    expect(result).not.toMatch(/local\(/);
  });
});

describe('one 〇 on a page', () => {
  it('draws 〇 in LXGW WenKai from the same file as in Noto Serif SC, the face declared last winning', () => {
    // Faces with overlapping unicode-range are tried last-declared first (CSS Fonts 4 §4.5).
    const drawing = (family: string, weight: string): string | undefined => slices.filter((slice) => slice.family === family && slice.weight === weight && covers(slice, '〇')).at(-1)?.file;
    expect(drawing('Noto Serif SC', '400')).toMatch(/^noto-serif-sc\/files\//);
    expect(drawing('LXGW WenKai', '400')).toBe(drawing('Noto Serif SC', '400'));
  });
});
