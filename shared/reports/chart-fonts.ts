/**
 * A chart's SVG made to carry the bundled fonts it draws with (issue 17.2), so the .docx's PNG
 * fallback, drawn from the SVG as an image, is set in the same faces as the app and the PDF. An
 * SVG drawn as an image loads nothing from outside itself: the font files are inlined as data URLs,
 * and only the unicode-range slices holding a character of the chart's text.
 */

/** One @font-face of the bundled style sheets: its file relative to the sheet, and the characters it holds. */
export interface ChartFontFace {
  family: string;
  weight: string;
  style: string;
  file: string;
  ranges: [number, number][];
}

/** The @font-face rules and @import targets of one style sheet (build/fonts.css and the sheets it imports). */
export function parseFontSheet(css: string): { imports: string[]; faces: ChartFontFace[] } {
  const imports = [...css.matchAll(/@import\s+url\(['"]?([^'")]+)['"]?\)/g)].map((match) => match[1] ?? '');
  const faces: ChartFontFace[] = [];
  for (const [block] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const value = (property: string): string | undefined => new RegExp(`${property}:\\s*([^;}]+)`).exec(block)?.[1]?.trim();
    const file = /url\(['"]?([^'")]+\.woff2?)['"]?\)/.exec(block)?.[1];
    const family = value('font-family')?.replace(/^['"]|['"]$/g, '');
    if (!file || !family) continue;
    faces.push({
      family,
      weight: value('font-weight') ?? '400',
      style: value('font-style') ?? 'normal',
      file,
      ranges: (value('unicode-range') ?? 'U+0-10ffff').split(',').map((range) => {
        const [from = '0', to = from] = range.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to, 16)];
      }),
    });
  }
  return { imports, faces };
}

/** The characters of the SVG's <text> elements, entities decoded. */
function svgText(svg: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
    .map((match) =>
      (match[1] ?? '').replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
        name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? whole),
      ),
    )
    .join('');
}

/**
 * The faces the chart's text draws with: for each character, the slices holding it of the first of
 * `families` (the chart's font stack) that has it, as the browser picks them. The fallback families'
 * slices of characters the first one holds would be megabytes inlined for nothing.
 */
export function facesForSvg(svg: string, faces: readonly ChartFontFace[], families: readonly string[]): ChartFontFace[] {
  const codes = new Set<number>();
  for (const character of svgText(svg)) codes.add(character.codePointAt(0) ?? 0);
  const holds = (face: ChartFontFace, code: number): boolean => face.ranges.some(([from, to]) => code >= from && code <= to);
  const used = new Set<ChartFontFace>();
  for (const code of codes) {
    const family = families.find((name) => faces.some((face) => face.family === name && holds(face, code)));
    for (const face of faces) if (face.family === family && holds(face, code)) used.add(face);
  }
  return faces.filter((face) => used.has(face));
}

/** The families a chart names in its font-family attributes and styles, in the order first named. */
export function svgFontFamilies(svg: string): string[] {
  const families = new Set<string>();
  for (const [, list = ''] of svg.matchAll(/font-family[:=]\s*"?([^";>]+)/g)) {
    for (const name of list.replace(/&quot;|&#39;|&apos;/g, "'").split(',')) families.add(name.trim().replace(/^['"]|['"]$/g, ''));
  }
  return [...families].filter(Boolean);
}

/** The SVG with a <style> of @font-face rules whose sources are the given data URLs. */
export function svgWithFonts(svg: string, faces: readonly { face: ChartFontFace; dataUrl: string }[]): string {
  const rules = faces
    .map(({ face, dataUrl }) => {
      const ranges = face.ranges.map(([from, to]) => (from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`)).join(',');
      return `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};src:url(${dataUrl});unicode-range:${ranges};}`;
    })
    .join('');
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('A chart without an <svg> element');
  const at = open.index + open[0].length;
  return `${svg.slice(0, at)}<style>${rules}</style>${svg.slice(at)}`;
}
