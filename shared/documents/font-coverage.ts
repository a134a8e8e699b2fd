import { bundledFamilyRanges } from './font-coverage-data';

/** A font family bundled with the app (build/fonts.css). */
export type BundledFamily = keyof typeof bundledFamilyRanges;

export const bundledFamilies = Object.keys(bundledFamilyRanges) as BundledFamily[];

interface Ranges {
  from: Uint32Array;
  to: Uint32Array;
}

const decoded = new Map<BundledFamily, Ranges>();

/** The ranges of font-coverage-data.ts, decoded on first use. */
function rangesOf(family: BundledFamily): Ranges {
  const known = decoded.get(family);
  if (known) return known;
  const tokens = bundledFamilyRanges[family].split(',');
  const ranges = { from: new Uint32Array(tokens.length), to: new Uint32Array(tokens.length) };
  let previousEnd = -1;
  tokens.forEach((token, index) => {
    const [gap = '0', length = '0'] = token.split('+');
    const from = previousEnd + 1 + parseInt(gap, 36);
    previousEnd = from + parseInt(length, 36);
    ranges.from[index] = from;
    ranges.to[index] = previousEnd;
  });
  decoded.set(family, ranges);
  return ranges;
}

/** Whether the bundled `family` holds a glyph for `codePoint` (at every weight it is bundled in). */
export function familyHolds(family: BundledFamily, codePoint: number): boolean {
  const { from, to } = rangesOf(family);
  let low = 0;
  let high = from.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((to[middle] ?? 0) < codePoint) low = middle + 1;
    else if ((from[middle] ?? 0) > codePoint) high = middle - 1;
    else return true;
  }
  return false;
}

/**
 * Characters that take no glyph: line breaks and other controls, and the default-ignorable ones (zero-width
 * spaces and joiners, variation selectors), which the layout engine draws as nothing in any font.
 */
const drawsNothing = /^[\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;

/**
 * Every distinct character of `texts` that no bundled family holds, in order of first appearance. Every family a
 * document uses falls back through all the bundled ones (render-html.ts, plan-html.ts), so a character held by
 * any of them prints from the app's own fonts; any other would come from whatever font the machine has.
 */
export function charactersWithoutFont(texts: Iterable<string>): string[] {
  const missing = new Set<string>();
  const checked = new Set<string>();
  for (const text of texts) {
    for (const character of text) {
      if (checked.has(character)) continue;
      checked.add(character);
      if (drawsNothing.test(character)) continue;
      const code = character.codePointAt(0) ?? 0;
      if (!bundledFamilies.some((family) => familyHolds(family, code))) missing.add(character);
    }
  }
  return [...missing];
}

/** The code point of a character as Unicode writes it (U+20BB7), so that a user can look it up or report it. */
export function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
