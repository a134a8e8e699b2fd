import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fontsLinkPattern } from '../../shared/documents/render-html';

/** One slice of a bundled font: the characters of `ranges`, in the woff2 or WOFF file at `file` (relative to the fonts folder). */
export interface FontSlice {
  family: string;
  weight: string;
  style: string;
  file: string;
  ranges: [number, number][];
}

/**
 * The @font-face rules of fonts.css and the style sheets it imports (build/fonts.css), read once
 * when an engine opens. The sheets are the font packages' own, in the one form they are written.
 */
export async function readFontSlices(fontsDir: string): Promise<FontSlice[]> {
  const slices: FontSlice[] = [];
  const visit = async (sheet: string): Promise<void> => {
    const css = await readFile(sheet, 'utf8');
    for (const [, target = ''] of css.matchAll(/@import\s+url\(['"]?([^'")]+)['"]?\)/g)) await visit(join(dirname(sheet), target));
    for (const [block] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
      const value = (property: string): string | undefined => new RegExp(`${property}:\\s*([^;}]+)`).exec(block)?.[1]?.trim();
      const file = /url\(['"]?([^'")]+\.woff2?)['"]?\)/.exec(block)?.[1];
      const family = value('font-family')?.replace(/^['"]|['"]$/g, '');
      if (!file || !family) throw new Error(`A @font-face in ${sheet} names no family or font file`);
      slices.push({
        family,
        weight: value('font-weight') ?? '400',
        style: value('font-style') ?? 'normal',
        file: relative(fontsDir, join(dirname(sheet), file)),
        ranges: (value('unicode-range') ?? 'U+0-10ffff').split(',').map((range) => {
          const [from = '0', to = from] = range.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(from, 16), parseInt(to, 16)];
        }),
      });
    }
  };
  await visit(join(fontsDir, 'fonts.css'));
  return slices;
}

/**
 * The document with its fonts link replaced by @font-face rules for only the slices that hold a
 * character it contains. A document naming all ~300 slices has Chromium set up a font resource
 * for each (a quarter of a second in a fresh renderer); it loads only the slices it draws either
 * way. The characters are taken from the whole HTML, markup included: a slice too many is named,
 * never one too few.
 */
export function withDocumentFonts(html: string, slices: readonly FontSlice[], fontsBaseUrl: string): string {
  const present = new Set<number>();
  for (const character of html) present.add(character.codePointAt(0) ?? 0);
  const codes = Uint32Array.from(present).sort();
  const base = fontsBaseUrl.replace(/\/?$/, '/');
  const rules = slices
    .filter((slice) => slice.ranges.some(([from, to]) => (codes[firstAtLeast(codes, from)] ?? Infinity) <= to))
    .map(
      (slice) =>
        `@font-face{font-family:'${slice.family}';font-style:${slice.style};font-weight:${slice.weight};font-display:swap;` +
        `src:url('${base}${slice.file.split('/').map(encodeURIComponent).join('/')}') format('${slice.file.endsWith('.woff2') ? 'woff2' : 'woff'}');` +
        `unicode-range:${slice.ranges.map(([from, to]) => (from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`)).join(',')}}`,
    );
  return html.replace(fontsLinkPattern, () => `<style data-fonts>${rules.join('\n')}</style>`);
}

/** The index of the first of the sorted `codes` that is at least `value` (codes.length if none). */
function firstAtLeast(codes: Uint32Array, value: number): number {
  let low = 0;
  let high = codes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((codes[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
